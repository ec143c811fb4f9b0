package main

import (
	"errors"
	"fmt"
)

type T struct{ X int }
type MyInt int

func f(int) (string, error) { return "", nil }

func main() {
	var e error = errors.New("x")
	values := []interface{}{
		1, "s", 2.5, true, 'x', byte(1), MyInt(3), uint16(2), float32(1),
		[]int{}, [3]string{}, map[string][]int{}, []interface{}{}, &T{}, T{},
		struct{ X int }{}, struct{}{}, func() {}, f, e, nil, new(int), []*T{},
		map[MyInt]bool{}, fmt.Errorf("w: %w", e), fmt.Errorf("plain"), [0]int{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	var np *T
	fmt.Printf("%T %v %p\n", np, np, np)
}
