package main

func main() {
	x := 0128
	_ = x
}
