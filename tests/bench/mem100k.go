package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Memory: 100000 goroutines all blocked on one channel at once, then released.
// tests/bench/run.sh divides the peak-RSS difference between mem1m and
// mem100k by 900000: the cost of one blocked goroutine.
func main() {
	const n = 100000
	gate := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-gate
			wg.Done()
		}()
	}
	runtime.Gosched()
	blocked := runtime.NumGoroutine() - 1
	close(gate)
	wg.Wait()
	fmt.Println("blocked at once:", blocked >= n/2)
}
