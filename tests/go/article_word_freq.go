package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `You cannot kill a goroutine. You have to ask it to stop.
A goroutine controls its own lifecycle. It runs until it returns,
panics, or the process exits. Cooperation is not a limitation.`

func normalize(w string) string {
	w = strings.ToLower(w)
	return strings.ReplaceAll(strings.ReplaceAll(w, ".", ""), ",", "")
}

func main() {
	counts := map[string]int{}
	words := strings.Fields(text)
	for _, w := range words {
		counts[normalize(w)]++
	}
	type kv struct {
		word string
		n    int
	}
	var list []kv
	for w, n := range counts {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].word < list[j].word
	})
	fmt.Println("words:", len(words), "distinct:", len(counts))
	for _, e := range list[:6] {
		fmt.Printf("%-10s %s %d\n", e.word, strings.Repeat("#", e.n), e.n)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, starts with %q\n", i+1, len(l), strings.Fields(l)[0])
	}
}
