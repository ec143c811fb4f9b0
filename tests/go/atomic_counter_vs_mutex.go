package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a int64
	var m int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); atomic.AddInt64(&a, 1) }()
		go func() { defer wg.Done(); mu.Lock(); m++; mu.Unlock() }()
	}
	wg.Wait()
	fmt.Println(a, m)
}
