package main

import "fmt"

func describe(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	for _, d := range []string{"mon", "sat", "sun", "wed"} {
		switch d {
		case "sat", "sun":
			fmt.Println(d, "weekend")
		case "mon":
			fmt.Println(d, "start")
			fallthrough
		case "tue":
			fmt.Println(d, "early week")
		default:
			fmt.Println(d, "midweek")
		}
	}
	fmt.Println(describe(-1), describe(3), describe(42))

	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
		if x > 2 {
			break
		}
		fmt.Println("not reached")
	}

	switch n := 3; {
	case n > 2:
		fmt.Println("first true case wins")
		fallthrough
	case n > 100:
		fmt.Println("fallthrough ignores the condition")
	case n > 1:
		fmt.Println("not reached")
	}
	switch {
	}
	fmt.Println("done")
}
