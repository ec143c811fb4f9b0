package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(name string) {
	r.entries[name]++
}

func main() {
	r := &Registry{}
	fmt.Println("lookup on nil map is fine:", r.entries["x"])
	r.Add("first")
}
