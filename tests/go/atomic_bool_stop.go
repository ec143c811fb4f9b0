package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// An atomic.Bool as a light on/off switch (the article's alternative).
func main() {
	var stop atomic.Bool
	done := make(chan int)
	go func() {
		n := 0
		for !stop.Load() {
			n++
			time.Sleep(100 * time.Millisecond)
		}
		done <- n
	}()
	time.Sleep(350 * time.Millisecond)
	stop.Store(true)
	fmt.Println("rounds before stop:", <-done)
	fmt.Println(stop.Load(), stop.Swap(false), stop.Load())
	fmt.Println(stop.CompareAndSwap(false, true), stop.CompareAndSwap(false, true), stop.Load())
}
