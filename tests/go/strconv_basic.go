package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123)+"!", strconv.Itoa(-45))
	n, err := strconv.Atoi("789")
	fmt.Println(n+1, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("127", 10, 8)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("hi \"you\"\n\ttab é"), strconv.Quote(""))
	n, _ = strconv.Atoi("+12")
	fmt.Println(n)
	x, _ := strconv.ParseInt("0777", 0, 64)
	y, _ := strconv.ParseInt("1_000", 0, 64)
	fmt.Println(x, y)
}
