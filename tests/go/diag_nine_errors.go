package main

func main() {
	c1 = 1
	c2 = 2
	c3 = 3
	c4 = 4
	c5 = 5
	c6 = 6
	c7 = 7
	c8 = 8
	c9 = 9
}
