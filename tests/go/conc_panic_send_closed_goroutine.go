package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		ch <- 1 // main closed it meanwhile
	}()
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	time.Sleep(200 * time.Millisecond)
	fmt.Println("never printed")
}
