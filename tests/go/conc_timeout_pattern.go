package main

import (
	"fmt"
	"time"
)

func order(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("ready after ", d)
	}()
	return ch
}

func main() {
	for _, d := range []time.Duration{100 * time.Millisecond, 300 * time.Millisecond} {
		select {
		case s := <-order(d):
			fmt.Println(s)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("timed out waiting", d)
		}
	}
	time.Sleep(300 * time.Millisecond)
	fmt.Println("the late order went into its buffer; nobody is left waiting")
}
