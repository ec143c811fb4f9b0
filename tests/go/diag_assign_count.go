package main

import "strconv"

func pair() (int, int) { return 1, 2 }

func main() {
	n := strconv.Atoi("5")
	a, b, c := pair()
	_, _, _, _ = n, a, b, c
}
