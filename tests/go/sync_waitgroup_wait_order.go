package main

import (
	"fmt"
	"sync"
	"time"
)

// Work finishes at 100ms steps; Wait returns only after the last Done.
func main() {
	var wg sync.WaitGroup
	start := time.Now()
	done := make([]time.Duration, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(3-i) * 100 * time.Millisecond)
			done[i] = time.Since(start).Truncate(100 * time.Millisecond)
		}(i)
	}
	wg.Wait()
	fmt.Println("finished at", done)
	fmt.Println("Wait returned at", time.Since(start).Truncate(100*time.Millisecond))
}
