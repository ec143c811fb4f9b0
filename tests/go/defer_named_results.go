package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counted() (n int, err error) {
	n = 3
	if n > 2 {
		err = errors.New("too many")
		return
	}
	return n * 2, nil
}

func shadowed() (x int) {
	x = 1
	{
		x := 5
		_ = x
	}
	return
}

func main() {
	fmt.Println(double(4))
	fmt.Println(split(17))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counted())
	fmt.Println(shadowed())
}
