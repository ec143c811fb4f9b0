package main

import "fmt"

// The default case is taken only when nothing else is ready: with a ready
// case it never wins, however many rounds.
func main() {
	ch := make(chan int, 1)
	defaults := 0
	for i := 0; i < 500; i++ {
		ch <- i
		select {
		case <-ch:
		default:
			defaults++
			<-ch
		}
	}
	fmt.Println("default taken:", defaults)
}
