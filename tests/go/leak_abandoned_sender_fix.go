package main

import (
	"fmt"
	"runtime"
	"time"
)

// The fix: a result channel with room for the one answer, so the sender
// never waits for a receiver that has gone.
func slowQuery(result chan<- string) {
	time.Sleep(200 * time.Millisecond)
	result <- "rows"
	fmt.Println("sent without a receiver")
}

func main() {
	result := make(chan string, 1)
	go slowQuery(result)
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout")
	}
	time.Sleep(300 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
