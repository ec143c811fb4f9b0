package main

func main() {
	const (
		A = iota
		B
	)
	println(A, B
}
