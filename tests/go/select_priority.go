package main

import "fmt"

// Go's select has no priorities; a nested select with default gives one.
func main() {
	high := make(chan string, 5)
	low := make(chan string, 5)
	for i := 1; i <= 3; i++ {
		high <- fmt.Sprint("high ", i)
		low <- fmt.Sprint("low ", i)
	}
	for i := 0; i < 6; i++ {
		select {
		case s := <-high:
			fmt.Println(s)
		default:
			select {
			case s := <-high:
				fmt.Println(s)
			case s := <-low:
				fmt.Println(s)
			}
		}
	}
}
