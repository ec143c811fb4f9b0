package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty order")

func validate(items []string) error {
	if len(items) == 0 {
		return ErrEmpty
	}
	if len(items) > 3 {
		return fmt.Errorf("too many items: %d", len(items))
	}
	return nil
}

func main() {
	for _, order := range [][]string{nil, {"a"}, {"a", "b", "c", "d"}} {
		if err := validate(order); err != nil {
			fmt.Println("error:", err, err == ErrEmpty)
			continue
		}
		fmt.Println("ok", order)
	}
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error())
	var err error
	fmt.Println(err == nil, errors.Unwrap(ErrEmpty) == nil)
}
