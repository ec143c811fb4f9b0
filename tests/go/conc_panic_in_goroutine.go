package main

import (
	"fmt"
	"time"
)

func barista(order string) {
	if order == "" {
		panic("empty order")
	}
	fmt.Println("made", order)
}

func main() {
	go barista("latte")
	time.Sleep(100 * time.Millisecond)
	go barista("")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("never printed")
}
