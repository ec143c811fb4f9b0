package main

import "fmt"

func main() {
	fmt.Println("a", 1, true, nil, 2.5)
	fmt.Print("a", 1, 2, "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", "y", "\n")
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, true)
	fmt.Println(s)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint())
	ln := fmt.Sprintln("x", 1, "y")
	fmt.Print(ln)
	fmt.Printf("%d items\n", 3)
	fmt.Println()
	fmt.Println(int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Print()
	fmt.Println("end")
}
