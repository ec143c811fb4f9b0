package main

import (
	"fmt"
	"time"
)

// Two baristas announce drinks at different paces; fanIn merges them.
func barista(name string, every time.Duration, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s #%d", name, i)
		}
	}()
	return out
}

func fanIn(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range fanIn(barista("ann", 100*time.Millisecond, 3), barista("bob", 250*time.Millisecond, 2)) {
		fmt.Println(v)
	}
}
