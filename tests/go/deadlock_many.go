package main

import (
	"fmt"
	"time"
)

func sender(ch chan<- int) {
	ch <- 42
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
	}()
	go sender(b)
	go func() {
		select {}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main waits too")
	c := make(chan int)
	<-c
}
