package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var work, waiters sync.WaitGroup
	work.Add(1)
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			work.Wait()
			results[i] = fmt.Sprint("waiter ", i, " released")
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("released before Done:", results[0] != "")
	work.Done()
	waiters.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
