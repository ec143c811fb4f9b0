package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer deferred - not printed")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(5)
	}()
	panic("fatal config")
}
