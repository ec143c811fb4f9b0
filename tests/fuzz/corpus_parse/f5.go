package main

func main() {
	var c chan<- <-chan<- int
	_ = c
	x := <-chan<- int(nil)
}
