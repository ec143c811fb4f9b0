package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "abc", "café", "日本語", "🙂!", "a\xffz"} {
		fmt.Printf("%q bytes=%d runes=%d\n", s, len(s), utf8.RuneCountInString(s))
	}
}
