package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() { <-stop }()
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("with 5 waiting:", runtime.NumGoroutine())
	close(stop)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("after close:", runtime.NumGoroutine())
}
