package main

import (
	"context"
	"fmt"
	"time"
)

func printTickets(ctx context.Context, done chan struct{}) {
	defer close(done)
	for i := 1; ; i++ {
		fmt.Println("ticket", i)
		select {
		case <-ctx.Done():
			fmt.Println("printer stopped")
			return
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go printTickets(ctx, done)
	time.Sleep(1000 * time.Millisecond)
	cancel()
	<-done
	fmt.Println("café closed")
}
