package main

import "fmt"

// The worker forgot its ctx parameter: the classic "undefined: ctx".
func worker(jobs <-chan int, done chan struct{}) {
	for {
		select {
		case <-ctx.Done():
			fmt.Println("stopped")
			close(done)
			return
		case j := <-jobs:
			fmt.Println("job", j)
		}
	}
}

func main() {
	fmt.Println("start")
}
