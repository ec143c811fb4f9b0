package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 2; i++ {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("never")
	case nilch <- 1:
		fmt.Println("never")
	default:
		fmt.Println("nil channels are never ready")
	}
}
