package main

import (
	"context"
	"fmt"
)

func gen(ctx context.Context) <-chan int {
	dst := make(chan int)
	n := 1
	go func() {
		defer close(dst)
		for {
			select {
			case <-ctx.Done():
				return
			case dst <- n:
				n++
			}
		}
	}()
	return dst
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := gen(ctx)
	for n := range ch {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	for range ch { // values sent before the generator saw the cancel
	}
	fmt.Println("generator stopped")
}
