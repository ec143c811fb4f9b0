// A switch whose tag is concrete and a case an interface (and the mirror):
// Go compares tag == case, converting the concrete side to the interface.
package main

import "fmt"

type S struct{ a, b int }
type T struct{ f []int }

func kind(t int, i any) string {
	switch t {
	case i:
		return "eq"
	default:
		return "default"
	}
}

func mirror(i any, t int) string {
	switch i {
	case t:
		return "eq"
	case "x":
		return "str"
	case nil:
		return "nil"
	}
	return "none"
}

func main() {
	var i any = 3
	fmt.Println(kind(3, i), kind(4, i), kind(3, nil), kind(3, int64(3)), kind(3, "3"))
	fmt.Println(mirror(3, 3), mirror(3, 4), mirror("x", 1), mirror(nil, 0), mirror(int8(3), 3))
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	s := S{1, 2}
	switch s {
	case any(S{1, 2}):
		fmt.Println("struct eq")
	}
	var st fmt.Stringer
	switch any(st) {
	case nil:
		fmt.Println("nil stringer")
	}
	str := "hi"
	switch str {
	case any("hi"), any(1):
		fmt.Println("str eq")
	}
	switch 7 {
	case any(7):
		fmt.Println("const tag eq")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var u any = []int{1}
	switch u {
	case 1:
		fmt.Println("no")
	case u:
		fmt.Println("unreachable")
	}
}
