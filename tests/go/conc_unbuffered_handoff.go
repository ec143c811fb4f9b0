package main

import "fmt"

// An unbuffered send completes only when the receiver takes the value:
// the two goroutines alternate strictly.
func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("pong got", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 3; i++ {
		fmt.Println("ping sends", v)
		ping <- v
		v = <-pong
		fmt.Println("ping got", v)
		v++
	}
	close(ping)
	<-done
}
