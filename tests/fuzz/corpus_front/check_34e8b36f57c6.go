package main

import "context"

func run(ctx context.Context, n int) {}

func main() {
	run(5, 5)
}
