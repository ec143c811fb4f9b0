package main

import "fmt"

func main() {
	s := "go"
	fmt.Printf("[%s] [%6s] [%-6s] [%.1s] [%6.1s]\n", s, s, s, s, s)
	fmt.Printf("[%q] [%q] [%+q] [%#q]\n", "hi \"there\"\n", "tab\t", "héllo", "raw")
	fmt.Printf("[%x] [% x] [%X] [%.2s]\n", "hello", "hi!", "go", "hello")
	fmt.Printf("[%v] [%s] [%q]\n", []string{"a b", "c"}, []string{"x"}, []string{"a b", "c"})
	fmt.Printf("[%s] [%v] [%q]\n", []byte("bytes"), []byte("hi"), []byte("q"))
	fmt.Printf("[%10v] [%-10v]|\n", "right", "left")
	fmt.Printf("[%c%c%c]\n", 'c', 'a', 't')
	fmt.Printf("[%s]\n", "unicode: 日本")
	fmt.Printf("[%5s] [%-5s]|\n", "日本", "日本")
	fmt.Printf("%s and %s\n", "one", "two")
	fmt.Printf("%v %v\n", "", "end")
}
