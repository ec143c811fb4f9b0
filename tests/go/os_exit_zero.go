package main

import (
	"fmt"
	"os"
)

func finish(ok bool) {
	defer fmt.Println("finish deferred - not printed")
	if ok {
		fmt.Println("all good")
		os.Exit(0)
	}
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main deferred - not printed")
	finish(true)
	fmt.Println("not reached either")
}
