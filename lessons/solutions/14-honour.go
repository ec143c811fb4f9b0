package main

import (
	"context"
	"fmt"
	"time"
)

// lookupPrice was instant; now the price list is on a slow server.
func lookupPrice(ctx context.Context, item string) (int, error) {
	select {
	case <-time.After(2 * time.Second):
		return 4, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	price, err := lookupPrice(ctx, "latte")
	if err != nil {
		fmt.Println("lookup:", err)
		return
	}
	fmt.Println("latte costs", price)
}
