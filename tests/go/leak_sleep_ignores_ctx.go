package main

import (
	"context"
	"fmt"
	"time"
)

// brew sleeps for an hour and never looks at ctx: cancelling does nothing.
func brew(ctx context.Context) {
	fmt.Println("brewing for an hour")
	time.Sleep(time.Hour)
	fmt.Println("never printed")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go brew(ctx)
	time.Sleep(100 * time.Millisecond)
	cancel()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("cancelled; err:", ctx.Err())
}
