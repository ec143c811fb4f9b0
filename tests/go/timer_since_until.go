package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(250 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 250ms:", el >= 250*time.Millisecond)
	fmt.Println("elapsed (truncated):", el.Truncate(50*time.Millisecond))
	dl := time.Now().Add(500 * time.Millisecond)
	fmt.Println("until > 0:", time.Until(dl) > 0)
	time.Sleep(time.Until(dl))
	fmt.Println("deadline passed:", !time.Now().Before(dl))
	fmt.Println(time.Now().Sub(start).Truncate(250 * time.Millisecond))
}
