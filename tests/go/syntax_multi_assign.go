package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func three() (string, int, bool) { return "x", 1, true }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)

	s, n, ok := three()
	fmt.Println(s, n, ok)

	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 2, 9 // index evaluated before assignment
	fmt.Println(i, xs)

	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	m := map[string]int{}
	m["a"], m["b"] = divmod(7, 2)
	fmt.Println(m)
	var u, v int = divmod(8, 3)
	fmt.Println(u, v)
}
