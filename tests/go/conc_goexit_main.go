package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("last goroutine done")
	}()
	defer fmt.Println("main's defers run")
	runtime.Goexit()
}
