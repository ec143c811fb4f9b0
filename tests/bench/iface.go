package main

import "fmt"

// Method calls through interfaces: dynamic dispatch on value and pointer receivers.
type Shape interface {
	Area() int
	Scale(k int)
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r *Rect) Area() int     { return r.w * r.h }
func (r *Rect) Scale(k int)   { r.w += k; r.h += k }
func (s *Square) Area() int   { return s.s * s.s }
func (s *Square) Scale(k int) { s.s += k }

func main() {
	shapes := []Shape{&Rect{1, 2}, &Square{3}, &Rect{4, 5}, &Square{1}}
	total := 0
	for i := 0; i < 3000000; i++ {
		sh := shapes[i&3]
		total += sh.Area() % 1000
		if i%1000 == 0 {
			sh.Scale(1)
		}
	}
	fmt.Println(total)
}
