package main

import "fmt"

// Select fan-in: four producers, one consumer selecting over their channels.
func main() {
	const per = 250000
	chs := make([]chan int, 4)
	for i := range chs {
		chs[i] = make(chan int)
		go func(c chan int, base int) {
			for j := 0; j < per; j++ {
				c <- base
			}
			close(c)
		}(chs[i], i+1)
	}
	a, b, c, d := chs[0], chs[1], chs[2], chs[3]
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
