package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println(len(ch), cap(ch))
	close(ch)
	fmt.Println(len(ch), cap(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	un := make(chan int)
	fmt.Println(len(un), cap(un))
}
