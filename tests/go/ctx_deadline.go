package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	_, ok := context.Background().Deadline()
	fmt.Println("Background has a deadline:", ok)

	dl := time.Now().Add(200 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), dl)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok, d.Equal(dl))

	// A child cannot extend its parent's deadline.
	child, cancel2 := context.WithTimeout(ctx, time.Hour)
	defer cancel2()
	cd, _ := child.Deadline()
	fmt.Println("child keeps the earlier deadline:", cd.Equal(dl))

	// A deadline in the past: Done is closed at once.
	past, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	fmt.Println("past deadline:", past.Err())

	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("parent:", ctx.Err())
}
