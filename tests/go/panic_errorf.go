package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("shop closed")

func main() {
	err := fmt.Errorf("order 17: %w", ErrClosed)
	panic(err)
}
