package main

import (
	"context"
	"fmt"
	"time"
)

// fetchPrice stands for a slow network service: today it takes an hour.
func fetchPrice(ctx context.Context, item string) (int, error) {
	select {
	case <-time.After(time.Hour):
		return 3, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func checkPrice(item string, done chan<- struct{}) {
	defer close(done)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	price, err := fetchPrice(ctx, item)
	if err != nil {
		fmt.Println("price check failed:", err)
		return
	}
	fmt.Println(item, "costs", price)
}

func main() {
	done := make(chan struct{})
	go checkPrice("beans", done)
	<-done
	fmt.Println("closing the till")
}
