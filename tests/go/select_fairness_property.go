package main

import "fmt"

// Property, not timing: when two cases are always ready, select picks
// uniformly at random. Over 1000 rounds each count lands well inside
// [400, 600] (a 6-sigma band), whatever the seed.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	var na, nb int
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("total:", na+nb)
	fmt.Println("a within [400,600]:", na >= 400 && na <= 600)
	fmt.Println("b within [400,600]:", nb >= 400 && nb <= 600)
}
