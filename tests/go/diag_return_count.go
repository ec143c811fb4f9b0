package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return 0
	}
	if s == "x" {
		return 1, errors.New("x"), nil
	}
	return len(s), nil
}

func main() {
	fmt.Println(parse("a"))
}
