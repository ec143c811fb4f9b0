package main

import "fmt"

// Three always-ready cases (two closed channels and a buffered one): each
// wins about a third of 3000 rounds; every count lies in [850, 1150].
func main() {
	c1 := make(chan int)
	close(c1)
	c2 := make(chan int)
	close(c2)
	c3 := make(chan int, 1)
	counts := [3]int{}
	for i := 0; i < 3000; i++ {
		c3 <- 0
		select {
		case <-c1:
			counts[0]++
			<-c3
		case <-c2:
			counts[1]++
			<-c3
		case <-c3:
			counts[2]++
		}
	}
	for i, n := range counts {
		fmt.Println("case", i+1, "in band:", n >= 850 && n <= 1150)
	}
}
