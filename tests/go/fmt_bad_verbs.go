package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "s")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%!\n")
	fmt.Printf("%\n")
	fmt.Printf("no verbs\n", "extra", 4)
	fmt.Printf("%.2d %x\n", 3.5, true)
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
}
