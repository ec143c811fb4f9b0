package main

import "fmt"

func main() {
	s := "gocafe"
	fmt.Println(len(s), s[0], s[1:3], s[:2]+s[4:])
	fmt.Println(s == "gocafe", s < "gopher", "a" < "b", "ab" > "a")
	t := "café"
	fmt.Println(len(t), t[3], t[3:])
	bs := []byte(t)
	bs[0] = 'C'
	fmt.Println(string(bs), t, len(bs))
	rs := []rune(t)
	fmt.Println(len(rs), string(rs[3]), string(rs[1:]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	multi := `raw\n
string`
	fmt.Println(multi)
	fmt.Println("tab\tquote\"backslash\\ \u00e9 \x41")
	var sb string
	for i := 0; i < 3; i++ {
		sb += fmt.Sprint(i)
	}
	fmt.Println(sb)
	var empty string
	fmt.Println(empty == "", len(empty))
}
