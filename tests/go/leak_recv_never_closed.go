package main

import (
	"fmt"
	"time"
)

// consume ranges over a channel nobody ever closes: after the last item
// it waits forever (the goroutine leaks when main returns).
func consume(items <-chan string) {
	for it := range items {
		fmt.Println("consumed", it)
	}
	fmt.Println("never printed")
}

func main() {
	items := make(chan string)
	go consume(items)
	items <- "latte"
	items <- "mocha"
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main returns; the consumer still waits")
}
