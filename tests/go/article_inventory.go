package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category string

type Product struct {
	SKU      string
	Name     string
	Category Category
	Price    int // cents
	Qty      int
}

func (p Product) String() string {
	return fmt.Sprintf("%s %-12s %6.2f x%d", p.SKU, p.Name, float64(p.Price)/100, p.Qty)
}

type Inventory struct {
	items map[string]*Product
	log   []string
}

type StockError struct {
	SKU       string
	Want, Has int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Has)
}

var ErrUnknownSKU = errors.New("unknown sku")

func NewInventory() *Inventory { return &Inventory{items: map[string]*Product{}} }

func (inv *Inventory) Add(p Product) {
	if old, ok := inv.items[p.SKU]; ok {
		old.Qty += p.Qty
		inv.log = append(inv.log, "restock "+p.SKU)
		return
	}
	cp := p
	inv.items[p.SKU] = &cp
	inv.log = append(inv.log, "add "+p.SKU)
}

func (inv *Inventory) Take(sku string, n int) error {
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %d of %s: %w", n, sku, ErrUnknownSKU)
	}
	if p.Qty < n {
		return StockError{sku, n, p.Qty}
	}
	p.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("take %s %d", sku, n))
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Product) bool) []*Product {
	out := make([]*Product, 0, len(inv.items))
	for _, p := range inv.items {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"B-01", "beans", "coffee", 1299, 10})
	inv.Add(Product{"M-01", "oat milk", "dairy", 349, 4})
	inv.Add(Product{"C-02", "paper cups", "supplies", 599, 100})
	inv.Add(Product{"B-02", "decaf", "coffee", 1399, 2})
	inv.Add(Product{"M-01", "oat milk", "dairy", 349, 6})

	for _, req := range []struct {
		sku string
		n   int
	}{{"B-01", 3}, {"B-02", 5}, {"X-99", 1}, {"C-02", 100}} {
		err := inv.Take(req.sku, req.n)
		var se StockError
		switch {
		case err == nil:
			fmt.Println("took", req.n, req.sku)
		case errors.As(err, &se):
			fmt.Println("short:", se.SKU, se.Want-se.Has, "|", err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("unknown:", err)
		}
	}

	byCatPrice := inv.Sorted(func(a, b *Product) bool {
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.Price > b.Price
	})
	for _, p := range byCatPrice {
		fmt.Printf("%-9s %v\n", p.Category, *p)
	}
	totals := map[Category]int{}
	for _, p := range inv.items {
		totals[p.Category] += p.Price * p.Qty
	}
	fmt.Println(totals)
	fmt.Println(strings.Join(inv.log, "; "))
	empty := inv.Sorted(func(a, b *Product) bool { return a.Qty < b.Qty })[0]
	fmt.Println("lowest stock:", empty.Name, empty.Qty)
}
