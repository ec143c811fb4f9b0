package main

import "context"

func main() {
	n, s := 1, "a"
	_ = n + s
	ctx := context.Background()
	ctx.Done() <- struct{}{}
	if n {
	}
	_ = 5 / 0
	_ = "a" * 2
}
