package main

import (
	"fmt"
	"sync"
	"time"
)

// Readers share the lock; a writer waits for them and excludes them.
func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	start := time.Now()
	at := func() time.Duration { return time.Since(start).Truncate(100 * time.Millisecond) }
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.RLock()
			time.Sleep(200 * time.Millisecond)
			mu.RUnlock()
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("TryLock with readers:", mu.TryLock())
	fmt.Println("TryRLock with readers:", mu.TryRLock())
	mu.RUnlock()
	mu.Lock()
	fmt.Println("writer got the lock at", at())
	time.Sleep(100 * time.Millisecond)
	mu.Unlock()
	wg.Wait()
	fmt.Println("done at", at())
}
