package main

func main() {
	var ch chan string
	ch <- "x"
}
