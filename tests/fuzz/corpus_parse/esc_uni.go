package main

func main() {
	x := "\uD800"
	_ = x
}
