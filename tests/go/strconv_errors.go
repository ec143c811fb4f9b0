package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("abc")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("12a", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("7", 1, 64)
	fmt.Println(err)
	_, err = strconv.Atoi(" 1")
	fmt.Printf("%v\n", err)
	if _, err := strconv.Atoi("x1"); err != nil {
		fmt.Println("error is non-nil:", err.Error())
	}
}
