package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	fmt.Println("first Stop:", t.Stop())
	fmt.Println("second Stop:", t.Stop())

	t2 := time.NewTimer(100 * time.Millisecond)
	<-t2.C
	fmt.Println("Stop after it fired:", t2.Stop())

}
