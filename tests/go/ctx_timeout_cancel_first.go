package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	time.Sleep(100 * time.Millisecond)
	fmt.Println(ctx.Err())
}
