package main

import (
	"context"
	"fmt"
	"time"
)

// processJobs pulls jobs from a channel until the context is cancelled.
func processJobs(ctx context.Context, jobs <-chan string) {
	for {
		select {
		case <-ctx.Done():
			// Stop accepting new work when cancelled.
			fmt.Println("Worker shutting down")
			return
		case job, ok := <-jobs:
			if !ok {
				// Channel closed. No more jobs will arrive.
				fmt.Println("Job channel closed")
				return
			}
			// Process the job.
			// In real code, pass ctx to downstream calls.
			fmt.Println("Processing:", job)
			time.Sleep(200 * time.Millisecond)
		}
	}
}
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan string, 10)
	// Start the worker.
	go processJobs(ctx, jobs)
	// Send some jobs.
	for i := 0; i < 5; i++ {
		jobs <- fmt.Sprintf("job-%d", i)
	}
	// Simulate server shutdown.
	time.Sleep(800 * time.Millisecond)
	cancel()
	// Close the job channel to unblock the worker if it is waiting.
	close(jobs)
	// Wait for worker to finish.
	time.Sleep(100 * time.Millisecond)
}
