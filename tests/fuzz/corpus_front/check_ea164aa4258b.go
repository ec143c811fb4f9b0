package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

const (
	A = iota * 10
	B
	C
)

func divmod(a, b int) (q, r int) {
	q, r = a/b, a%b
	return
}

func main() {
	var s Shape = Rect{2, 3}
	c := Counter{}
	c.Inc()
	m := map[string][]int{"a": {1, 2}}
	v, ok := m["b"]
	q, _ := divmod(7, 2)
	f := func(x int) int { return x + c.n }
	ch := make(chan int, 1)
	ch <- 1
	select {
	case x := <-ch:
		fmt.Println(x)
	default:
	}
	switch t := s.(type) {
	case Rect:
		fmt.Println(t.W)
	}
	for i := range 3 {
		fmt.Println(i, min(i, 2), max(1.5, 2))
	}
	var arr [3]int
	sl := append(arr[:], 4)
	bs := append([]byte("ab"), "cd"...)
	err := errors.New("x")
	fmt.Println(s.Area(), A, B, C, v, ok, q, f(1), sl, bs, string(rune(65)), err)
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
}
