package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "late answer"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case t := <-time.After(100 * time.Millisecond):
		fmt.Printf("timeout fired, value is a %T\n", t)
	}
	fmt.Println(<-slow)
}
