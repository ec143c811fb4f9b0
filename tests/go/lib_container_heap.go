package main

import (
	"container/heap"
	"fmt"
	"os"
)

// orders is a min-heap of order numbers: the café serves the lowest first.
type orders []int

func (h orders) Len() int           { return len(h) }
func (h orders) Less(i, j int) bool { return h[i] < h[j] }
func (h orders) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *orders) Push(x any)        { *h = append(*h, x.(int)) }
func (h *orders) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &orders{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	(*h)[0] = 9
	heap.Fix(h, 0)
	fmt.Println("removed", heap.Remove(h, 1))
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	fmt.Println(len(os.Args) >= 1)
}
