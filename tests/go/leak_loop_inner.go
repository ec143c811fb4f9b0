package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// dispatch respects ctx itself, but the tasks it spawns in its loop never
// see the signal: each waits for a job on its own channel forever.
func dispatch(ctx context.Context) {
	for i := 1; i <= 3; i++ {
		jobs := make(chan int)
		go func(id int) {
			for j := range jobs {
				fmt.Println("task", id, "job", j)
			}
		}(i)
	}
	<-ctx.Done()
	fmt.Println("dispatch stopped:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go dispatch(ctx)
	time.Sleep(100 * time.Millisecond)
	cancel()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines still alive:", runtime.NumGoroutine())
}
