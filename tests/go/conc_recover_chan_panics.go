package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v | %T\n", name, r, r)
		if err, ok := r.(error); ok {
			fmt.Println("  is an error:", err.Error())
		}
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close nil", func() {
		var ch chan int
		close(ch)
	})
	try("no panic", func() {})
}
