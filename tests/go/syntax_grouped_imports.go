package main

import "fmt"
import (
	"strings"

	"strconv"
)

func main() {
	fmt.Println(strings.ToUpper("grouped"), strconv.Itoa(42))
}
