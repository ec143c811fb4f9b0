package main

import (
	"fmt"
	"time"
)

// Each worker takes 100ms per job; with 3 workers and 7 jobs the results
// arrive in rounds. Results are stored by job, so the print is ordered.
func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		time.Sleep(100 * time.Millisecond)
		results <- [2]int{j, id}
	}
}

func main() {
	jobs := make(chan int, 7)
	results := make(chan [2]int, 7)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 0; j < 7; j++ {
		jobs <- j
	}
	close(jobs)
	start := time.Now()
	done := make([]bool, 7)
	for i := 0; i < 7; i++ {
		r := <-results
		done[r[0]] = true
	}
	fmt.Println("all done:", done)
	fmt.Println("rounds:", time.Since(start).Truncate(100*time.Millisecond))
}
