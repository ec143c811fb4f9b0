package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())
	n.Store(-5)
	fmt.Println(n.Swap(9), n.Load())
	fmt.Println(n.CompareAndSwap(9, 10), n.CompareAndSwap(9, 11), n.Load())
	var i32 atomic.Int32
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	i32.Add(-3)
	u32.Add(7)
	u64.Add(1 << 40)
	fmt.Println(i32.Load(), u32.Load(), u64.Load())
}
