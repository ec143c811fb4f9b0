package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a,b,", ","))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.TrimSpace("\t\n x \r\n"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.Contains("", ""))
	fmt.Println(len(strings.Split("1 2 3", " ")))
}
