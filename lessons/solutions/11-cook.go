package main

import (
	"fmt"
	"time"
)

func askKitchen(order string) string {
	result := make(chan string, 1) // the cook never waits
	go func() {
		time.Sleep(2 * time.Second) // the kitchen is slow today
		result <- order + " is ready"
	}()
	select {
	case r := <-result:
		return r
	case <-time.After(time.Second):
		return order + ": timed out"
	}
}

func main() {
	fmt.Println(askKitchen("soup"))
	time.Sleep(3 * time.Second)
	fmt.Println("main returns")
}
