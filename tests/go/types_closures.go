package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	addX := func(y int) int { return x + y }
	x = 10
	fmt.Println(addX(1))
	total := 0
	add := func(v int) { total += v }
	for _, v := range []int{1, 2, 3} {
		add(v)
	}
	fmt.Println(total)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	funcs := make([]func() string, 0)
	for _, w := range []string{"x", "y"} {
		w := w
		funcs = append(funcs, func() string { return w + w })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(v int) int { sum += v; return sum }
	}()
	acc(5)
	fmt.Println(acc(7))
}
