package main

import "fmt"

// The fix: the sender closes the channel, so range ends, and main waits
// for the consumer to say it is done.
func consume(items <-chan string, done chan<- struct{}) {
	defer close(done)
	for it := range items {
		fmt.Println("consumed", it)
	}
	fmt.Println("channel closed, consumer exits")
}

func main() {
	items := make(chan string)
	done := make(chan struct{})
	go consume(items, done)
	items <- "latte"
	items <- "mocha"
	close(items)
	<-done
	fmt.Println("main returns, nothing leaked")
}
