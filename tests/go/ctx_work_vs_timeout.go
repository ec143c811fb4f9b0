package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done in " + d.String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, d := range []time.Duration{100 * time.Millisecond, 400 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 250*time.Millisecond)
		r, err := work(ctx, d)
		fmt.Printf("%v: %q %v\n", d, r, err)
		cancel()
	}
}
