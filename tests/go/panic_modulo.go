package main

import "fmt"

func main() {
	for i := 3; i >= 0; i-- {
		fmt.Println(100 % i)
	}
}
