package main

import "fmt"

// A generator that stops when the consumer closes quit: no leak.
func counter(quit <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("generator exits")
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-quit:
				return
			}
		}
	}()
	return out
}

func main() {
	quit := make(chan struct{})
	c := counter(quit)
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	close(quit)
	for range c {
	}
	fmt.Println("drained")
}
