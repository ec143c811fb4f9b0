package main

import "fmt"

func producer(out chan<- int) {
	out <- 7
	close(out)
}

func consumer(in <-chan int) int {
	return <-in
}

func main() {
	ch := make(chan int, 1)
	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	fmt.Printf("%T\n", make(chan struct{}))
	fmt.Printf("%T\n", make(chan chan<- string))
	fmt.Printf("%T\n", make(<-chan error))
	producer(ch)
	fmt.Println(consumer(ch))
	var nilch chan int
	fmt.Println(nilch)
}
