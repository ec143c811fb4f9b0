// A panic in a method called through the method expression I.M: Go hides the
// wrapper main.I.M from the traceback (it shows only when it panics itself).
package main

type I interface{ M() }
type T struct{}

func (T) M() { panic("in M") }

func main() {
	f := I.M
	f(T{})
}
