package main

import (
	"context"
	"fmt"
	"time"
)

// The fix: wait for the hour OR the cancellation, whichever comes first.
func brew(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	fmt.Println("brewing for an hour")
	select {
	case <-time.After(time.Hour):
		fmt.Println("never printed")
	case <-ctx.Done():
		fmt.Println("brew stopped:", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go brew(ctx, done)
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-done
	fmt.Println("main returns, nothing leaked")
}
