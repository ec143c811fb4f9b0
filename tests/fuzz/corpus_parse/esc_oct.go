package main

func main() {
	x := "\400"
	_ = x
}
