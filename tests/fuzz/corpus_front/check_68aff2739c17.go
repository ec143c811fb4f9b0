package main

import "strconv"

func main() {
	n := strconv.Atoi("1")
	a, b := 1
	_, _, _ = n, a, b
}
