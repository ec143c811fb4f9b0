package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var a [3]int
	b := [3]int{1, 2, 3}
	c := [...]string{"x", "y"}
	d := [5]int{1: 10, 3: 30}
	fmt.Println(a, b, c, d, len(c), len(d))
	e := b
	e[0] = 100
	fmt.Println(b, e, b == e, b == [3]int{1, 2, 3})
	fmt.Println(double(b), b)
	var grid [2][3]int
	grid[1][2] = 5
	fmt.Println(grid, len(grid[0]))
	p := &b
	p[1] = 20
	fmt.Println(b, p[1], len(p))
	s := b[:]
	s[0] = -1
	fmt.Println(b, s)
	type Cell struct{ V int }
	cells := [2]Cell{{1}, {2}}
	cells2 := cells
	cells2[0].V = 99
	fmt.Println(cells, cells2)
}
