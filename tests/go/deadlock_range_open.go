package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	for v := range ch { // nobody closes ch
		fmt.Println(v)
	}
}
