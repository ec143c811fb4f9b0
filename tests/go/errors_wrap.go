package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key != "ok" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func handler(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	err := handler("missing")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	u := errors.Unwrap(err)
	fmt.Println(u)
	fmt.Println(errors.Unwrap(u) == ErrNotFound, errors.Unwrap(errors.Unwrap(u)))
	fmt.Println(handler("ok"), errors.Is(nil, ErrNotFound))
	noWrap := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap) == nil)
	fmt.Printf("%T %T\n", err, noWrap)
	fmt.Println(errors.Is(ErrNotFound, ErrNotFound))
}
