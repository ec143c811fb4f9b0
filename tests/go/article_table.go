package main

import (
	"fmt"
	"strings"
)

// A price table: fixed-width columns with Printf widths and padding.

type Item struct {
	Name  string
	Price float64
	Stock int
}

func main() {
	items := []Item{
		{"espresso", 2.0, 120},
		{"flat white", 3.25, 48},
		{"cortado", 2.8, 7},
		{"matcha latte", 4.1, 0},
	}
	header := fmt.Sprintf("%-14s|%8s|%6s|%s", "item", "price", "stock", " status")
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))
	value := 0.0
	for i, it := range items {
		status := "ok"
		switch {
		case it.Stock == 0:
			status = "SOLD OUT"
		case it.Stock < 10:
			status = "low"
		}
		fmt.Printf("%-14s|%8.2f|%6d| %s\n", it.Name, it.Price, it.Stock, status)
		value += it.Price * float64(it.Stock)
		if i%2 == 1 {
			fmt.Println(strings.Repeat("-", len(header)))
		}
	}
	fmt.Printf("%-14s|%8.2f|%6s|\n", "stock value", value, "")
	for n := 1; n <= 9; n++ {
		var row strings.Builder
		for m := 1; m <= 9; m++ {
			row.WriteString(fmt.Sprintf("%3d", n*m))
		}
		fmt.Println(row.String())
	}
}
