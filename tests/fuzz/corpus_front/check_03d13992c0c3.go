package main

func main() {
	var y int
	y = "a"
}
