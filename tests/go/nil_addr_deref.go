// &*p evaluates *p, so a nil p panics there (Go nil-checks it), also for
// (*p).M() with a pointer method, while p.M() itself does not dereference.
package main

import "fmt"

type T struct{ n int }

func (t *T) M() string { return fmt.Sprint("M on ", t == nil) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var ip *int
	var tp *T
	var ap *[3]int
	try("&*ip", func() { fmt.Println(&*ip) })
	try("&*tp", func() { fmt.Println(&*tp) })
	try("&*ap", func() { fmt.Println(&*ap) })
	try("tp.M()", func() { fmt.Println(tp.M()) })
	try("(*tp).M()", func() { fmt.Println((*tp).M()) })
	try("&tp.n", func() { fmt.Println(&tp.n) })
	x := 5
	p := &x
	q := &*p
	*q = 6
	fmt.Println(x, p == q)
}
