package main

import (
	"context"
	"fmt"
	"time"
)

func brew(ctx context.Context, done chan<- struct{}) {
	c, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	<-c.Done()
	fmt.Println("brew:", c.Err())
	close(done)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go brew(ctx, done)
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(time.Second):
		fmt.Println("the brew never stopped")
	}
}
