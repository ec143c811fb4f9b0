package main

import (
	"context"
	"fmt"
)

type key string
type otherKey string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	ctx = context.WithValue(ctx, key("order"), 42)
	child := context.WithValue(ctx, key("user"), "bob") // shadows
	cctx, cancel := context.WithCancel(child)
	defer cancel()

	fmt.Println(ctx.Value(key("user")), ctx.Value(key("order")))
	fmt.Println(child.Value(key("user")), child.Value(key("order")))
	fmt.Println(cctx.Value(key("user")), "(through a cancel context)")
	fmt.Println(ctx.Value(otherKey("user")), "(same text, other type)")
	fmt.Println(ctx.Value("user"), "(plain string key)")
	fmt.Println(context.Background().Value(key("user")))
	if n, ok := cctx.Value(key("order")).(int); ok {
		fmt.Println("order is an int:", n+1)
	}
}
