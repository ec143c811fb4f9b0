package main

import "fmt"

// A buffered three-stage pipeline: generate -> square -> add, 2000000 values.
func main() {
	const n = 2000000
	src := make(chan int, 100)
	sq := make(chan int, 100)
	go func() {
		for i := 0; i < n; i++ {
			src <- i % 1000
		}
		close(src)
	}()
	go func() {
		for v := range src {
			sq <- v * v
		}
		close(sq)
	}()
	total := 0
	for v := range sq {
		total += v
	}
	fmt.Println("total:", total)
}
