package main

import "fmt"

type Window struct {
	data       []byte
	start, end int
}

func (w *Window) View() []byte {
	return w.data[w.start:w.end]
}

func main() {
	w := &Window{data: []byte("abcdef"), start: 1, end: 4}
	fmt.Println(string(w.View()))
	w.start = 5
	fmt.Println(string(w.View()))
}
