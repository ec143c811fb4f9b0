package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred - not printed")
	fmt.Println("exiting 3")
	os.Exit(3)
}
