package main

import (
	"fmt"
	"sync"
	"time"
)

// A buffered channel of capacity 2 lets at most two tasks run at once.
func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var wg sync.WaitGroup
	running, peak := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			time.Sleep(100 * time.Millisecond)
			mu.Lock()
			running--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak concurrency:", peak, "running now:", running)
}
