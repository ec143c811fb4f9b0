package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	time.AfterFunc(200*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		done <- true
	})
	t := time.AfterFunc(100*time.Millisecond, func() {
		fmt.Println("never printed")
	})
	fmt.Println("stopped:", t.Stop())
	fmt.Println("C of an AfterFunc timer is nil:", t.C == nil)
	<-done
	t2 := time.AfterFunc(100*time.Millisecond, func() { done <- true })
	t2.Reset(300 * time.Millisecond)
	start := time.Now()
	<-done
	fmt.Println("reset AfterFunc ran after", time.Since(start).Truncate(100*time.Millisecond))
}
