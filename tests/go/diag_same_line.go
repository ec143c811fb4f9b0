package main

import "fmt"

func main() {
	total := price + price*tax
	fmt.Println(total, discount+bonus)
}
