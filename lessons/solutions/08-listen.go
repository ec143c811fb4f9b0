package main

import (
	"context"
	"fmt"
	"time"
)

func reminder(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	select {
	case <-ctx.Done():
		fmt.Println("reminder cancelled:", ctx.Err())
		return
	case <-time.After(time.Hour):
	}
	fmt.Println("reminder: restock the beans")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go reminder(ctx, done)
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-done
	fmt.Println("shop closed")
}
