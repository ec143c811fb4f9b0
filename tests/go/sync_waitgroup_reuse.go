package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		wg.Add(round)
		for i := 0; i < round; i++ {
			go func() {
				defer wg.Done()
				mu.Lock()
				total++
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
}
