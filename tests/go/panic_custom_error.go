package main

import "fmt"

type OrderError struct {
	ID     int
	Reason string
}

func (e *OrderError) Error() string {
	return fmt.Sprintf("order %d failed: %s", e.ID, e.Reason)
}

func process(id int) {
	panic(&OrderError{id, "no milk"})
}

func main() {
	process(42)
}
