package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("before:", ctx.Err())
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println("after:", err)
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(errors.Is(err, context.Canceled))
	cancel()
	fmt.Println("cancel after the deadline keeps:", ctx.Err())
}
