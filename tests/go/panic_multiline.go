package main

func main() {
	panic("line1\nline2")
}
