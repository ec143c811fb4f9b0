// golden: hand-written (Go 1.21 semantics: the min, max and clear builtins)
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))
	x, y := 7, -2
	fmt.Println(min(x, y), max(x, y, 100))
	const c = max(1, 2.5)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
}
