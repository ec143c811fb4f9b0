package main

import (
	"fmt"
	"sync"
)

// Go's scheduler puts a new goroutine in the P's runnext slot: with one P
// the LAST goroutine started runs first, then the others in FIFO order.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("goroutine", n)
		}(i)
	}
	wg.Wait()
}
