package main

import "fmt"

// Setting a closed channel's variable to nil disables its select case.
func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 30; i += 10 {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("received", n, "values, sum", sum)
}
