package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			atomic.AddInt64(&total, v)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total))
	atomic.StoreInt64(&total, 100)
	fmt.Println(atomic.CompareAndSwapInt64(&total, 100, 1), atomic.CompareAndSwapInt64(&total, 100, 2), total)
	fmt.Println(atomic.SwapInt64(&total, 7), total)

	var c32 int32
	fmt.Println(atomic.AddInt32(&c32, 5), atomic.AddInt32(&c32, -8), atomic.LoadInt32(&c32))
	atomic.StoreInt32(&c32, 3)
	fmt.Println(atomic.CompareAndSwapInt32(&c32, 3, 4), c32)
	var u uint32
	fmt.Println(atomic.AddUint32(&u, 1), atomic.AddUint32(&u, ^uint32(0)))
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.LoadUint64(&u64), atomic.AddUint64(&u64, 1))
}
