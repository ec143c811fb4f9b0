package main

type I interface {
	M() int,
}

func main() {}
