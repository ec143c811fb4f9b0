package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls++
				fmt.Println("setup runs once")
			})
		}()
	}
	wg.Wait()
	once.Do(func() { calls++ })
	fmt.Println("calls:", calls)

	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("setup failed") })
	}()
	o2.Do(func() { fmt.Println("never: a panicking Do still counts") })
	fmt.Println("end")
}
