package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, done chan<- bool) {
	for r := range reqs {
		r.reply <- r.n * 10
	}
	done <- true
}

func main() {
	reqs := make(chan request)
	done := make(chan bool)
	go server(reqs, done)
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)
	fmt.Println("server stopped:", <-done)
}
