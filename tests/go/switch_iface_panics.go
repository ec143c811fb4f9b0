// Switch and map operations on interfaces holding uncomparable values: which
// panic Go raises (comparing uncomparable type / hash of unhashable type).
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var u any = []int{1}
	try(func() {
		switch u {
		case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10:
			fmt.Println("int")
		case "a", "b", "c", "d", "e", "f", "g", "h":
			fmt.Println("str")
		default:
			fmt.Println("default")
		}
	})
	try(func() {
		switch u {
		case u:
			fmt.Println("same")
		}
	})
	var m any = map[int]int{}
	try(func() {
		switch m {
		case 1:
		case m:
			fmt.Println("same")
		}
	})
	var fn any = func() {}
	try(func() {
		switch fn {
		case fn:
		}
	})
	var st any = struct{ s []int }{}
	try(func() {
		switch st {
		case st:
		}
	})
	var ar any = [1][]int{}
	try(func() {
		switch ar {
		case ar:
		}
	})
	try(func() {
		mm := map[any]int{}
		mm[u] = 1
	})
	try(func() {
		mm := map[any]int{}
		_ = mm[st]
	})
}
