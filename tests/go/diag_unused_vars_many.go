package main

func main() {
	a, b := 1, 2
	var ch chan int
	_ = a
	for i := 0; i < 3; i++ {
		x := i
	}
	f := func() {
		inner := "unused in closure"
	}
	f()
}
