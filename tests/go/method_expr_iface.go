// Method expressions: I.M on interface types (named, embedded, literal, error,
// fmt.Stringer; a nil interface panics inside the wrapper) and T.M / (*T).M
// for methods promoted through embedded values, pointers and interfaces.
package main

import (
	"fmt"
	"strings"
)

type I interface{ M(int) string }
type J interface {
	I
	N() int
}

type T int

func (t T) M(k int) string { return fmt.Sprint("T.M ", int(t)+k) }
func (t T) N() int         { return int(t) * 10 }

type P struct{ s string }

func (p *P) M(k int) string { return strings.Repeat(p.s, k) }

func promoted() {
	v := ByVal{"v", Inner{1}}
	fmt.Println(ByVal.Val(v), (*ByVal).Val(&v))
	(*ByVal).Inc(&v, 5)
	fmt.Println(v.n)
	p := ByPtr{"p", &Inner{10}}
	fmt.Println(ByPtr.Val(p), (*ByPtr).Val(&p))
	ByPtr.Inc(p, 2)
	(*ByPtr).Inc(&p, 3)
	fmt.Println(p.n)
	w := WithIface{named("x")}
	fmt.Println(WithIface.Name(w), (*WithIface).Name(&w))
	f := ByVal.Val
	fmt.Printf("%T %T\n", f, (*ByPtr).Inc)
}

type Inner struct{ n int }

func (i Inner) Val() int   { return i.n }
func (i *Inner) Inc(k int) { i.n += k }

type ByVal struct {
	tag string
	Inner
}

type ByPtr struct {
	tag string
	*Inner
}

type Namer interface{ Name() string }
type named string

func (n named) Name() string { return string(n) }

type WithIface struct {
	Namer
}

func main() {
	promoted()
	f := I.M
	fmt.Println(f(T(1), 2), I.M(&P{"ab"}, 3))
	g := J.M
	h := J.N
	fmt.Println(g(T(5), 1), h(T(4)))
	fmt.Printf("%T %T\n", f, h)
	s := fmt.Stringer.String
	fmt.Println(s(T(3)))
	k := interface{ N() int }.N
	fmt.Println(k(T(7)))
	var e error = fmt.Errorf("bad %d", 1)
	fmt.Println(error.Error(e))
	var nilI I
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(I.M(nilI, 1))
}

func (t T) String() string { return "T!" }
