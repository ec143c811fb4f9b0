package main

import "fmt"

func logger(lines <-chan string, done chan<- struct{}) {
	defer close(done)
	for line := range lines {
		fmt.Println("log:", line)
	}
	fmt.Println("logger done")
}

func main() {
	lines := make(chan string)
	done := make(chan struct{})
	go logger(lines, done)
	lines <- "open"
	lines <- "sold a latte"
	close(lines)
	<-done
	fmt.Println("main returns")
}
