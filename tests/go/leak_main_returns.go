package main

import (
	"fmt"
	"time"
)

// main returning ends the program: Go prints nothing about the goroutines
// still blocked (a nil channel, a select with no cases, an unbuffered send).
func main() {
	var nilch chan int
	ch := make(chan int)
	go func() { <-nilch }()
	go func() { select {} }()
	go func() { ch <- 1 }()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main returns")
}
