package main

import (
	"context"
	"fmt"
	"time"
)

// pollService runs a loop until the context is cancelled.
func pollService(ctx context.Context, done chan struct{}) {
	defer close(done) // Signal the caller when cleanup finishes.
	for {
		select {
		case <-ctx.Done():
			// Exit immediately when the context is cancelled.
			// ctx.Err() holds the reason, usually context.Canceled.
			return
		case <-time.After(500 * time.Millisecond):
			// Simulate periodic work without blocking the loop.
			// time.After returns a channel that fires once after the duration.
			fmt.Println("Polling...")
		}
		// The select statement unblocks as soon as one case is ready.
		// If multiple are ready, Go picks one at random.
	}
}
func main() {
	// Create a cancellable context derived from the background root.
	ctx, cancel := context.WithCancel(context.Background())
	// Channel to signal when the goroutine has finished.
	done := make(chan struct{})
	// Start the background task.
	go pollService(ctx, done)
	// Let it run briefly.
	time.Sleep(1200 * time.Millisecond)
	// Signal the goroutine to stop.
	cancel()
	// Wait for the goroutine to exit before main returns.
	// This prevents the program from exiting while the goroutine is cleaning up.
	<-done
	fmt.Println("Goroutine stopped cleanly")
}
