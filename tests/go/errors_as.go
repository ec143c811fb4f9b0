package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string { return "invalid field " + v.Field }

type TimeoutError struct{ Secs int }

func (t TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", t.Secs) }

type IsTemp interface{ Temporary() bool }

func (t TimeoutError) Temporary() bool { return true }

func check(n int) error {
	switch n {
	case 1:
		return &ValidationError{"name"}
	case 2:
		return fmt.Errorf("request: %w", TimeoutError{5})
	case 3:
		return fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", &ValidationError{"age"}))
	}
	return errors.New("other")
}

func main() {
	for n := 1; n <= 4; n++ {
		err := check(n)
		var ve *ValidationError
		var te TimeoutError
		var tmp IsTemp
		switch {
		case errors.As(err, &ve):
			fmt.Println(n, "validation:", ve.Field, "|", err)
		case errors.As(err, &te):
			fmt.Println(n, "timeout:", te.Secs, "|", err)
		default:
			fmt.Println(n, "unknown:", err)
		}
		if errors.As(err, &tmp) {
			fmt.Println(n, "temporary:", tmp.Temporary())
		}
	}
}
