package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "Grüße, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%d %c %U\n", i, r, r)
	}
	fmt.Println(reverse(s))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r, r == 0xFFFD)
	}
	fmt.Println(utf8.RuneCountInString(bad))
	var r rune = 'ü'
	fmt.Println(r, string(r), len(string(r)))
}
