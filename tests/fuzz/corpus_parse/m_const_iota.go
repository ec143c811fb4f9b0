package main

const (
	A = iota
	B
	C int = 5
	D
)

func main() {}
