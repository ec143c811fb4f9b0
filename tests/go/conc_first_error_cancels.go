package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// The first failing task cancels the others (what errgroup does).
func task(ctx context.Context, id int, d time.Duration, fail bool) error {
	select {
	case <-time.After(d):
		if fail {
			return fmt.Errorf("task %d failed", id)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	results := make([]error, 4)
	specs := []struct {
		d    time.Duration
		fail bool
	}{{100 * time.Millisecond, false}, {200 * time.Millisecond, true}, {500 * time.Millisecond, false}, {600 * time.Millisecond, false}}
	for i, s := range specs {
		wg.Add(1)
		go func(id int, d time.Duration, fail bool) {
			defer wg.Done()
			err := task(ctx, id, d, fail)
			results[id-1] = err
			if err != nil {
				once.Do(func() { first = err; cancel() })
			}
		}(i+1, s.d, s.fail)
	}
	wg.Wait()
	for i, err := range results {
		fmt.Println("task", i+1, "->", err)
	}
	fmt.Println("first error:", first)
	fmt.Println("is Canceled:", errors.Is(first, context.Canceled))
}
