package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// The fix: the signal reaches every inner task (it selects on ctx.Done()),
// and dispatch waits for them before it returns.
func dispatch(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	var inner sync.WaitGroup
	for i := 1; i <= 3; i++ {
		jobs := make(chan int)
		inner.Add(1)
		go func(id int) {
			defer inner.Done()
			for {
				select {
				case j := <-jobs:
					fmt.Println("task", id, "job", j)
				case <-ctx.Done():
					return
				}
			}
		}(i)
	}
	<-ctx.Done()
	inner.Wait()
	fmt.Println("dispatch stopped:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go dispatch(ctx, &wg)
	time.Sleep(100 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("goroutines still alive:", runtime.NumGoroutine())
}
