package main

import (
	"fmt"
	"sync/atomic"
)

type menu struct{ items []string }

func main() {
	var p atomic.Pointer[menu]
	fmt.Println(p.Load() == nil)
	m1 := &menu{[]string{"espresso"}}
	p.Store(m1)
	m2 := &menu{[]string{"espresso", "latte"}}
	fmt.Println(p.CompareAndSwap(m1, m2), p.Load().items)
	fmt.Println(p.Swap(m1).items, p.Load().items)
}
