package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("woken before close:", woken)
	close(start)
	wg.Wait()
	fmt.Println("woken after close:", woken)
	_, ok := <-start
	fmt.Println("receive from closed:", ok)
}
