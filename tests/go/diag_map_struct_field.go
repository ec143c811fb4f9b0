package main

import "fmt"

type Stock struct{ Qty int }

func main() {
	inv := map[string]Stock{"beans": {3}}
	inv["beans"].Qty = 4
	fmt.Println(inv)
}
