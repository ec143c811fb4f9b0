package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	d1 := ctx.Done()
	cancel()
	cancel()
	cancel()
	fmt.Println(ctx.Err())
	fmt.Println("same Done channel:", d1 == ctx.Done())
	_, ok := <-ctx.Done()
	fmt.Println("receive ok:", ok)
	fmt.Println(ctx.Err() == context.Canceled)
}
