package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	for t := range time.Tick(100 * time.Millisecond) {
		n++
		fmt.Printf("tick %d (%T)\n", n, t)
		if n == 3 {
			break
		}
	}
	fmt.Println(time.Tick(-1) == nil)
}
