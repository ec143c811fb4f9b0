package main

import "fmt"

func main() {
	result := doWork(3)
	fmt.Println(result)
	fmt.Prinltn("typo")
}
