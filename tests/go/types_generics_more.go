package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Lener interface{ Len() int }

type Queue[T any] struct {
	mu    sync.Mutex
	items []T
}

func NewQueue[T any](xs ...T) *Queue[T] { return &Queue[T]{items: xs} }

func (q *Queue[T]) Put(x T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, x)
}

func (q *Queue[T]) Len() int { return len(q.items) }

type Named[T fmt.Stringer] struct{ v T }

func (n Named[T]) String() string { return "<" + n.v.String() + ">" }

type ID int

func (i ID) String() string { return "id" + strconv.Itoa(int(i)) }

func Join[T fmt.Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Cache[K comparable, V any] struct {
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{data: map[K]V{}} }

func (c *Cache[K, V]) Get(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

var cache = NewCache[string, int]()

var ErrBad = errors.New("bad key")

type Wrapper[T any] struct {
	*Queue[T]
	name string
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	ch := make(chan struct{}, 2)
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			ch <- struct{}{}
			out[i] = f(x)
			<-ch
		}(i, x)
	}
	wg.Wait()
	return out
}

func First[T any, S ~[]T](s S) (T, bool) {
	if len(s) == 0 {
		var z T
		return z, false
	}
	return s[0], true
}

type IDs []ID

func main() {
	q := NewQueue(1, 2)
	q.Put(3)
	var l Lener = q
	fmt.Println(l.Len(), q.items)
	put := q.Put
	put(4)
	fmt.Printf("%d %T\n", q.Len(), l)

	n := Named[ID]{7}
	fmt.Println(n, Join([]ID{1, 2, 3}, ","), Join([]Named[ID]{n}, ";"))
	fmt.Printf("%v %+v %T\n", n, n, n)

	load := func(k string) (int, error) {
		if k == "" {
			return 0, ErrBad
		}
		return len(k), nil
	}
	for _, k := range []string{"go", "go", "", "gopher"} {
		v, err := cache.Get(k, load)
		fmt.Println(v, err, errors.Is(err, ErrBad))
	}
	fmt.Println("hits", cache.hits)

	w := Wrapper[string]{NewQueue("a"), "w"}
	w.Put("b")
	fmt.Println(w.Len(), w.items, w.name)

	sq := ParallelMap([]int{1, 2, 3, 4, 5}, func(x int) string { return strconv.Itoa(x * x) })
	fmt.Println(sq, len(sq))

	f, ok := First(IDs{5, 6})
	fmt.Println(f, ok)
	_, ok = First([]string{})
	fmt.Println(ok)
	ch := make(chan Queue[int], 1)
	ch <- Queue[int]{items: []int{9}}
	got := <-ch
	fmt.Println(got.items)
}
