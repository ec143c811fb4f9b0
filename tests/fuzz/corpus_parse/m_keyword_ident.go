package main

func main() {
	var type int
}
