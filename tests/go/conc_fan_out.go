package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan string)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- fmt.Sprintf("job %02d squared %3d", j, j*j)
			}
		}(w)
	}
	go func() {
		for j := 1; j <= 9; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	for _, r := range all {
		fmt.Println(r)
	}
}
