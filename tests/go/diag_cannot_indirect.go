package main

import "fmt"

func main() {
	total := 3 +* 4
	fmt.Println(total)
}
