package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}
