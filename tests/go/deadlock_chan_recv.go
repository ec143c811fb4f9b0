package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for an order nobody places")
	<-ch
}
