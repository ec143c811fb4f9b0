package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel // never called
	fmt.Println("waiting for a cancel that never comes")
	<-ctx.Done()
}
