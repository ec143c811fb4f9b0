// golden: hand-written (WithCancelCause and Cause are Go 1.20; Go 1.19 lacks them)
package main

import (
	"context"
	"errors"
	"fmt"
)

var errClosed = errors.New("shop closed")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	cancel(errClosed)
	fmt.Println("after:", ctx.Err(), "|", context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), errClosed))
	cancel(errors.New("second cause is ignored"))
	fmt.Println("still:", context.Cause(ctx))

	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("child of a cancelled parent:", child.Err(), "|", context.Cause(child))

	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(c2))

	c3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	fmt.Println("plain cancel:", context.Cause(c3))
	fmt.Println("Background:", context.Cause(context.Background()))
}
