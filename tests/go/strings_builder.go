package main

import (
	"fmt"
	"strings"
)

func render(rows [][]string) string {
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, cell := range row {
			if j > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(cell)
		}
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(render([][]string{{"name", "qty"}, {"latte", "2"}, {"tea", "1"}}))
	var line strings.Builder
	for i := 0; i < 5; i++ {
		line.WriteString(strings.Repeat("*", i))
		line.WriteString("/")
	}
	fmt.Println(line.String())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String())
}
