package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("handing over with nobody to take it")
	ch <- 1
}
