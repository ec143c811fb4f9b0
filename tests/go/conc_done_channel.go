package main

import (
	"fmt"
	"time"
)

// A chan struct{} as a plain stop signal: closing it stops the loop.
func ticker(stop <-chan struct{}, done chan<- int) {
	n := 0
	for {
		select {
		case <-stop:
			done <- n
			return
		case <-time.After(100 * time.Millisecond):
			n++
			fmt.Println("tick", n)
		}
	}
}

func main() {
	stop := make(chan struct{})
	done := make(chan int)
	go ticker(stop, done)
	time.Sleep(350 * time.Millisecond)
	close(stop)
	fmt.Println("ticks counted:", <-done)
	fmt.Println("size of struct{}{}:", len(make([]struct{}, 3)))
}
