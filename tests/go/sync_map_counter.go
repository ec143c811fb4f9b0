package main

import (
	"fmt"
	"sync"
)

// Each goroutine owns its slot, and a WaitGroup makes the results visible.
func main() {
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
