package main

import "fmt"

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(ctx)
}
