package main

import "fmt"

// Unbuffered ping-pong: every round trip is two channel handoffs between
// two goroutines.
func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	<-pong
	fmt.Println("round trips:", sum)
}
