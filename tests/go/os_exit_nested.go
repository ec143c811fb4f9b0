package main

import (
	"fmt"
	"os"
)

func validate(args []string) {
	defer func() {
		fmt.Println("validate deferred - not printed")
	}()
	if len(args) < 2 {
		fmt.Println("usage: prog FILE")
		os.Exit(64)
	}
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	fmt.Println("checking")
	validate([]string{"prog"})
}
