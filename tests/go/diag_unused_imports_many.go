package main

import (
	"errors"
	"fmt"
	str "strings"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(1))
}
