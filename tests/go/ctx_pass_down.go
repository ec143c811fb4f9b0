package main

import (
	"context"
	"fmt"
	"time"
)

// The context flows down the call tree: handler -> query -> network.
func network(ctx context.Context) error {
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("network: %w", ctx.Err())
	}
}

func query(ctx context.Context) error {
	if err := network(ctx); err != nil {
		return fmt.Errorf("query: %w", err)
	}
	return nil
}

func handler(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 150*time.Millisecond)
	defer cancel()
	return query(ctx)
}

func main() {
	err := handler(context.Background())
	fmt.Println(err)
	fmt.Println(err == context.DeadlineExceeded)
	for e := err; e != nil; {
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			fmt.Printf("innermost: %T\n", e)
			break
		}
		e = u.Unwrap()
	}
}
