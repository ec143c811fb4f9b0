package main

import (
	"fmt"
	str "strings"
)

const (
	A = iota
	B
	C, D = 5, 6
	E, F
)

var x, y int = 1, 2
var z = []string{"a"}

type (
	T struct {
		a, b int
		*T2
		tag string `json:"tag"`
	}
	T2    = T
	I     interface{ M(int) (string, error); fmt.Stringer }
	Arr   [...]int
	F     func(...int) int
	Ch    <-chan chan<- int
	M     map[string]*T
)

func (t *T) Method(a, b int, s ...string) (n int, err error) {
	return a + b*2, nil
}

func stub(int) bool

func main() {
	var v int
	v += 2
	v++
	v--
	p := &T{a: 1}
	_ = *p
	ch := make(chan int, 1)
	ch <- 1
	<-ch
	go func() {}()
	defer fmt.Println("x")
	if a := v; a > 0 {
	} else if a < 0 {
	} else {
	}
	for {
		break
	}
	for i := 0; i < 3; i++ {
		continue
	}
	for v < 10 {
		v++
	}
	for range ch {
	}
	for k, val := range z {
		_, _ = k, val
	}
	for k = range z {
	}
L:
	switch w := v; w {
	case 1, 2:
		fallthrough
	default:
		break L
	}
	switch {
	}
	var e interface{} = v
	switch t := e.(type) {
	case int, nil:
		_ = t
	}
	switch e.(type) {
	}
	select {
	case ch <- 1:
	case r, ok := <-ch:
		_, _ = r, ok
	case <-ch:
	default:
	}
	goto L2
L2:
	_ = str.ToUpper(fmt.Sprint(z[0][1:2], z[:], z[0:1:1], e.(int), struct{}{}, [2]int{1, 2}, -v, !true, ^v, x<<1&^y))
	_ = func(xs ...int) int { return len(xs) }(z...)
	{
		const c = 'x'
		type local int
	}
	;
}
