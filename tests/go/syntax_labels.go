package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
	}

next:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue next
			}
			fmt.Print(i*10+j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue loop
		case i > 4:
			break loop
		}
		fmt.Print("i", i, " ")
	}
	fmt.Println()
}
