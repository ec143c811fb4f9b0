// Switch on an interface: a case of the same uncomparable dynamic type panics
// (one of a different dynamic type just does not match).
package main

import "fmt"

type T struct{ f []int }

func main() {
	t := T{}
	var x any = 5
	switch x {
	case 5:
		fmt.Println("five")
	}
	switch any(t) {
	case x:
		fmt.Println("no")
	case any(t):
		fmt.Println("unreachable")
	}
}
