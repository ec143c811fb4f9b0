// More tag/case conversions: untyped constant tags (bool, rune, float), a
// struct tag against an error case, typed nil pointers, nil interfaces.
package main

import "fmt"

type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	x := 3
	var t any = true
	switch x > 1 {
	case t:
		fmt.Println("bool eq")
	}
	switch 'a' {
	case any('a'):
		fmt.Println("rune eq")
	}
	switch 1.5 {
	case any(1.5):
		fmt.Println("float eq")
	}
	var err error = E{"x"}
	switch (E{"x"}) {
	case err:
		fmt.Println("struct vs error eq")
	}
	var p *int
	var ip any = p
	switch p {
	case ip:
		fmt.Println("nil ptr eq")
	case nil:
		fmt.Println("nil")
	}
	var s fmt.Stringer
	switch any(nil) {
	case s:
		fmt.Println("nil ifaces eq")
	}
}
