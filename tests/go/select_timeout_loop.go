package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, d := range []int{100, 100, 400} {
			time.Sleep(time.Duration(d) * time.Millisecond)
			events <- fmt.Sprint("event after ", d, "ms")
		}
	}()
	for {
		select {
		case e := <-events:
			fmt.Println(e)
		case <-time.After(250 * time.Millisecond):
			fmt.Println("quiet for 250ms, stopping")
			<-done
			fmt.Println("producer finished; its last event sits in the buffer:", len(events))
			return
		}
	}
}
