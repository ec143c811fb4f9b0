package main

import "fmt"

func sum(
	a int,
	b int,
) int {
	return a +
		b
}

func main() {
	xs := []string{
		"one",
		"two",
	}
	total := sum(
		1,
		2,
	)
	fmt.Println(xs, total); fmt.Println("two statements on one line")
	m := map[string]int{"k": 1,
		"j": 2}
	fmt.Println(len(m))
	x := 3
	x++
	fmt.Println(x)
	if x > 2 { fmt.Println("compact if") }
	f := func() int { return 7 }
	fmt.Println(f())
}
