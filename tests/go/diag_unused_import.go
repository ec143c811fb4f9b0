package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("os is imported but not used")
}
