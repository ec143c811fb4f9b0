package main

import "fmt"

func main() {
	orders := make(chan string, 3)
	orders <- "latte"
	orders <- "mocha"
	orders <- "tea"
	close(orders)
	for o := range orders {
		fmt.Println("serving", o)
	}
	v, ok := <-orders
	fmt.Printf("%q %v %d %d\n", v, ok, len(orders), cap(orders))

	nums := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		nums <- i * i
	}
	close(nums)
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum of squares:", sum)
}
