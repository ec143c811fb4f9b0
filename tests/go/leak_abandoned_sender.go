package main

import (
	"fmt"
	"runtime"
	"time"
)

// slowQuery answers after 200ms on an UNBUFFERED channel. The caller stops
// listening after 100ms, so the send blocks forever.
func slowQuery(result chan<- string) {
	time.Sleep(200 * time.Millisecond)
	result <- "rows"
	fmt.Println("never printed")
}

func main() {
	result := make(chan string)
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
