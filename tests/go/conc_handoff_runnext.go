package main

import (
	"fmt"
	"sync"
)

// Who runs when, with one P (documented GOMAXPROCS=1 order, which gocafe
// models): main blocks in the send, so the newest goroutine (in the runnext
// slot) runs first, then the receiver; the receiver takes the value from the
// blocked sender, which makes main runnable, but keeps running itself until
// it exits, so "receiver got" comes before "main after send".
func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		v := <-ch
		fmt.Println("receiver got", v)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("second goroutine ran")
	}()
	fmt.Println("main before send")
	ch <- 1 // main blocks here: nobody is receiving yet
	fmt.Println("main after send")
	wg.Wait()
}
