package main

import (
	"context"
	"fmt"
	"time"
)

// The fix: the request takes a context with a timeout and gives up when it
// expires, so the goroutine making it always ends.
func fetch(ctx context.Context, server chan string) (string, error) {
	select {
	case r := <-server:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	server := make(chan string) // nobody ever answers
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, err := fetch(ctx, server)
		fmt.Println("fetch:", err)
	}()
	<-done
	fmt.Println("main returns, nothing leaked")
}
