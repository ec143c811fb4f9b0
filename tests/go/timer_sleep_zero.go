package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once")
	select {
	case <-time.After(0):
		fmt.Println("After(0) fires")
	case <-time.After(time.Hour):
		fmt.Println("never")
	}
}
