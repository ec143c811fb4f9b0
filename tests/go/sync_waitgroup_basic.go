package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * 100 * time.Millisecond)
			fmt.Println("worker", id, "done")
		}(i)
	}
	wg.Wait()
	fmt.Println("all workers done")
	wg.Wait() // a zero counter returns at once
	fmt.Println("second Wait returns at once")
}
