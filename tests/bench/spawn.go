package main

import (
	"fmt"
	"sync"
)

// Spawning goroutines: 200000 short-lived goroutines in batches of 1000.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for batch := 0; batch < 200; batch++ {
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			go func() {
				mu.Lock()
				count++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
	}
	fmt.Println("goroutines run:", count)
}
