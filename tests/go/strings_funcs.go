package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Contains(t, "quick"), strings.Contains(t, "slow"), strings.Contains(t, ""))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "fox"), strings.HasSuffix(t, "dog"))
	fmt.Println(strings.Index(t, "quick"), strings.Index(t, "z"), strings.Index("héllo", "l"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("aaa", "a", "b", -1))
	fmt.Println(strings.ReplaceAll("banana", "na", "NA"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ"))
	words := strings.Fields(" one\ttwo\nthree   four ")
	fmt.Println(len(words), strings.Join(words, "|"))
}
