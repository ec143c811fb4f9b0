// (*T).M for a value method M called with a nil *T: the wrapper main.(*T).M
// panics with runtime.panicwrap's words and shows in the traceback.
package main

type T struct{ a int }

func (t T) M() int { return t.a }

func main() {
	f := (*T).M
	var p *T
	println(f(p))
}
