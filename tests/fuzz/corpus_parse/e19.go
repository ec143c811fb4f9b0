package main

type I interface {
	M()
	N(x int
}

func main() {}
