package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println("Background().Done() is nil:", ctx.Done() == nil)
	<-ctx.Done()
}
