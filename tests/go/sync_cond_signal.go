package main

import (
	"fmt"
	"sync"
	"time"
)

// Waiters start 100ms apart, so they queue in order; each Signal wakes the
// longest waiting one (the Cond's wait list is FIFO).
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := 0
	order := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			mu.Lock()
			for queue == 0 {
				cond.Wait()
			}
			queue--
			mu.Unlock()
			order <- id
		}(i)
		time.Sleep(100 * time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		mu.Lock()
		queue++
		cond.Signal()
		mu.Unlock()
		fmt.Println("woken:", <-order)
	}
}
