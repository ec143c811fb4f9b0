package main

import (
	"fmt"
	"time"
)

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		got := <-out
		time.Sleep(100 * time.Millisecond)
		in <- got + 5
	}()
	for i := 0; i < 2; i++ {
		select {
		case out <- 42:
			fmt.Println("send case won")
		case v := <-in:
			fmt.Println("receive case won:", v)
		}
	}
}
