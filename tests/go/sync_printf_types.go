package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	wg := new(sync.WaitGroup)
	var once sync.Once
	var b atomic.Bool
	var n atomic.Int64
	fmt.Printf("%T %T %T %T\n", &mu, &rw, wg, &once)
	fmt.Printf("%T %T\n", &b, &n)
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()
	l = rw.RLocker()
	l.Lock()
	l.Unlock()
	fmt.Println("Locker interface ok")
}
