package main

import (
	"context"
	"fmt"
	"time"
)

func watchMachine(ctx context.Context, id int, stopped chan<- int) {
	for {
		select {
		case <-ctx.Done():
			stopped <- id
			return
		case <-time.After(300 * time.Millisecond): // check the machine's pressure
		}
	}
}

func supervisor(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	stopped := make(chan int)
	for id := 1; id <= 3; id++ {
		go watchMachine(ctx, id, stopped)
	}
	<-ctx.Done()
	for i := 0; i < 3; i++ {
		<-stopped
	}
	fmt.Println("supervisor stopped:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go supervisor(ctx, done)
	time.Sleep(time.Second)
	cancel()
	<-done
	fmt.Println("café closed")
}
