package main

import "fmt"

type T struct{ X int }

func main() {
	var t T
	t.Foo()
	t.x = 1
	fmt.println()
}
