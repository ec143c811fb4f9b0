package main

func main() {
	x := "\xg0"
	_ = x
}
