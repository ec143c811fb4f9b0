package main

import (
	"fmt"
	"sync"
)

type cup struct{ name string }

func (c cup) fill(wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("filling", c.name)
}

func show(label string, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(label, n)
}

// The arguments of a go statement (and the receiver of a method value)
// are evaluated when the go statement runs, not when the goroutine does.
func main() {
	var wg sync.WaitGroup
	n := 1
	wg.Add(1)
	go show("n was", n, &wg)
	n = 2
	wg.Wait()

	c := cup{"small"}
	f := c.fill
	c.name = "large"
	wg.Add(2)
	go f(&wg)
	go c.fill(&wg)
	wg.Wait()
	fmt.Println("n is", n)
}
