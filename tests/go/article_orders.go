package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A café takes orders, validates them and prints a receipt: the sequential
// warm-up before the same shop gets baristas running as goroutines.

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return [...]string{"small", "medium", "large"}[s] }

type Order struct {
	ID    int
	Drink string
	Size  Size
	Shots int
}

var ErrUnknownDrink = errors.New("unknown drink")

var prices = map[string]int{"espresso": 200, "latte": 350, "mocha": 400}

func price(o Order) (int, error) {
	base, ok := prices[o.Drink]
	if !ok {
		return 0, fmt.Errorf("order %d: %w: %q", o.ID, ErrUnknownDrink, o.Drink)
	}
	return base + int(o.Size)*50 + o.Shots*75, nil
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	orders := []Order{
		{1, "latte", Medium, 1},
		{2, "tea", Small, 0},
		{3, "espresso", Small, 2},
		{4, "mocha", Large, 0},
	}
	total := 0
	var failed []error
	perDrink := map[string]int{}
	for _, o := range orders {
		p, err := price(o)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		total += p
		perDrink[o.Drink]++
		fmt.Printf("#%d %-8s %-6v %d shot(s) %7s\n", o.ID, o.Drink, o.Size, o.Shots, cents(p))
	}
	fmt.Println(strings.Repeat("-", 34))
	fmt.Printf("%-26s %7s\n", "total", cents(total))
	drinks := make([]string, 0, len(perDrink))
	for d := range perDrink {
		drinks = append(drinks, d)
	}
	sort.Strings(drinks)
	fmt.Println("served:", strings.Join(drinks, ", "))
	for _, err := range failed {
		fmt.Println("rejected:", err, "| unknown drink?", errors.Is(err, ErrUnknownDrink))
	}
}
