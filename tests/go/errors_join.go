// golden: hand-written (Go 1.20 API: errors.Join; Go 1.19 has no errors.Join)
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

func main() {
	err := errors.Join(ErrA, nil, ErrB)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB))
	fmt.Printf("%q\n", err.Error())
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("batch: %w", err)
	fmt.Println(errors.Is(wrapped, ErrB))
	fmt.Println(errors.Unwrap(err) == nil)
	single := errors.Join(ErrA)
	fmt.Println(single, single == ErrA)
}
