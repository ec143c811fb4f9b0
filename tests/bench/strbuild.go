package main

import (
	"fmt"
	"strings"
)

// String building: strings.Builder, byte and string appends, conversions.
func main() {
	total := 0
	for round := 0; round < 1000; round++ {
		var sb strings.Builder
		for i := 0; i < 2000; i++ {
			sb.WriteString("cup")
			sb.WriteByte(byte('a' + i%26))
			if i%100 == 0 {
				sb.WriteString(fmt.Sprint(i))
			}
		}
		s := sb.String()
		total += len(s)
		if round == 0 {
			fmt.Println(s[:20])
		}
	}
	fmt.Println(total)
}
