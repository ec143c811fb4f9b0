package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred call runs on Goexit")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("never printed")
	}()
	<-done
	fmt.Println("recover sees nothing after Goexit; main goes on")
}
