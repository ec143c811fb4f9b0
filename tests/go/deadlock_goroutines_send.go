package main

import "fmt"

func worker(id int, out chan<- int) {
	out <- id
}

func main() {
	out := make(chan int)
	for i := 1; i <= 3; i++ {
		go worker(i, out)
	}
	fmt.Println("first:", <-out != 0)
	var wait chan bool
	<-wait
}
