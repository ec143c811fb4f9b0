package main

type T struct {
	(A)
	*(B)
}

func main() {}
