package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	j := 3
	fmt.Println(s[1:j])
	j = 5
	fmt.Println(s[1:j])
}
