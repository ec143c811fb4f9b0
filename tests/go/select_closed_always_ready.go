package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case <-done:
			n++
		default:
		}
	}
	fmt.Println("closed channel ready", n, "times out of 5")
	v, ok := <-done
	fmt.Println(v, ok)
}
