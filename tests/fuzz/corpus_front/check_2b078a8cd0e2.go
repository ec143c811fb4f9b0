package main

func f(s string) {}

func g() string {
	x := 1
	return x
}

func main() {
	x := 1
	var s string
	s = x
	f(x)
	var n int = "hello"
	ch := make(chan int)
	ch <- "s"
	_, _ = s, n
}
