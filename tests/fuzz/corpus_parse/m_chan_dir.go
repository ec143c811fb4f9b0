package main

func main() {
	var c chan<- <-chan int
	_ = c
	var d <-chan <-chan int
	_ = d
}
