package main

func main() {
L:
	x := 1
	_ = x
	goto
}
