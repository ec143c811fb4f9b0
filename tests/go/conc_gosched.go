package main

import (
	"fmt"
	"runtime"
	"sync"
)

// With one P, Gosched hands the processor over; ping and pong alternate
// because each yields after printing. (Documented GOMAXPROCS=1 order.)
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for _, name := range []string{"ping", "pong"} {
		go func(s string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Println(s, i)
				runtime.Gosched()
			}
		}(name)
	}
	wg.Wait()
}
