package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type Tally struct{ n int }

func (t *Tally) Inc()    { t.n++ }
func (t Tally) Get() int { return t.n }

type Wrapper struct {
	*Tally // embedding a pointer promotes the pointer methods to Wrapper values
	label  string
}

type ByValue struct {
	Tally // embedding a value: only *ByValue has Inc
}

func use(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Get()
}

func main() {
	t := &Tally{}
	fmt.Println(use(t, 3), t.n)
	w := Wrapper{&Tally{10}, "w"}
	fmt.Println(use(w, 2), w.n, w.Get())
	bv := &ByValue{}
	fmt.Println(use(bv, 4), bv.Get())
	var c Counter = t
	if _, ok := c.(interface{ Get() int }); ok {
		fmt.Println("has Get")
	}
	v := Tally{7}
	v.Inc() // addressable: (&v).Inc()
	fmt.Println(v.Get())
	get := v.Get
	v.Inc()
	fmt.Println(get(), v.Get())
}
