package main

import "fmt"

type order struct {
	drink string
	size  int
}

func main() {
	ch := make(chan order, 1)
	ch <- order{"latte", 2}
	close(ch)
	for i := 0; i < 3; i++ {
		o, ok := <-ch
		fmt.Printf("%+v %v\n", o, ok)
	}
	p := make(chan *order)
	close(p)
	fmt.Println(<-p)
	e := make(chan error)
	close(e)
	fmt.Println(<-e)
}
