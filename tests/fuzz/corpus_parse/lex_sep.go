package main

func main() {
	x := 1__2
	_ = x
}
