package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func inc(p *int) { *p++ }

type Counter struct{ n int }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	*q = 42
	fmt.Println(*q)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	c := Counter{}
	f := &c.n
	*f = 5
	fmt.Println(c)
	pp := &p
	**pp = 100
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil)
	s := []int{1, 2, 3}
	sp := &s[0]
	s[0] = 9
	fmt.Println(*sp)
	cp := new(Counter)
	cp.n = 3
	fmt.Println(*cp, cp.n)
	ps := &struct{ a, b string }{"x", "y"}
	fmt.Println(ps.a + ps.b)
}
