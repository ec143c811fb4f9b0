package main

import (
	"fmt"
	"time"
)

// fetch stands for a network request made without a timeout: the server
// never answers, so the call blocks forever.
func fetch(server chan string) string {
	return <-server
}

func main() {
	server := make(chan string) // nobody ever answers
	result := make(chan string, 1)
	go func() {
		result <- fetch(server)
	}()
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("gave up waiting; the fetching goroutine is stuck for good")
	}
}
