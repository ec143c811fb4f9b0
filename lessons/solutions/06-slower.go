package main

import (
	"context"
	"fmt"
	"time"
)

func processJobs(ctx context.Context, jobs <-chan string, done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case <-ctx.Done():
			fmt.Println("Worker shutting down")
			return
		case job, ok := <-jobs:
			if !ok {
				fmt.Println("Job channel closed")
				return
			}
			fmt.Println("Processing:", job)
			time.Sleep(250 * time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan string, 10)
	done := make(chan struct{})
	go processJobs(ctx, jobs, done)
	for i := 0; i < 5; i++ {
		jobs <- fmt.Sprintf("job-%d", i)
	}
	time.Sleep(800 * time.Millisecond)
	cancel()
	close(jobs)
	<-done
}
