package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			fmt.Println("woke after", ms, "ms")
		}(ms)
	}
	wg.Wait()
}
