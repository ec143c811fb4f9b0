package main

import (
	"fmt"
	"time"
)

// A sleeping goroutine is not deadlocked: the detector fires only after
// the sleeper has finished.
func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	<-ch
}
