package main

import (
	"fmt"
	"sync"
	"time"
)

func bake(name string, n int, trays chan<- string) {
	for i := 1; i <= n; i++ {
		trays <- fmt.Sprintf("%s %d", name, i)
	}
}

func main() {
	trays := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		bake("croissant", 2, trays)
	}()
	go func() {
		defer wg.Done()
		bake("muffin", 2, trays)
	}()
	go func() {
		wg.Wait()
		close(trays) // once, after every sender is done
	}()
	count := 0
	for range trays {
		count++
	}
	fmt.Println("baked", count)
	time.Sleep(100 * time.Millisecond) // let the bakers tidy up
}
