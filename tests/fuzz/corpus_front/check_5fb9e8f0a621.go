package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g() int {
	for {
	}
}

func main() {
	x := 1
	x := 2
	ch := make(chan int)
	select {
	case ch:
	}
	_ = x
}
