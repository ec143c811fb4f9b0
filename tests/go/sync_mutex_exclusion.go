package main

import (
	"fmt"
	"sync"
	"time"
)

// The second goroutine blocks in Lock until the first unlocks (100ms later).
func main() {
	var mu sync.Mutex
	start := time.Now()
	done := make(chan string)
	mu.Lock()
	go func() {
		mu.Lock()
		defer mu.Unlock()
		done <- fmt.Sprint("got the lock after ", time.Since(start).Truncate(100*time.Millisecond))
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
	fmt.Println(<-done)
	fmt.Println("TryLock when free:", mu.TryLock())
	mu.Unlock()
}
