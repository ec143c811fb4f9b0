// println(f()) and print(f()) with a multi-value f print every result
// (println space-separated), on stderr, also under go and defer.
package main

import "time"

func two() (int, string)          { return 7, "x" }
func three() (bool, float64, any) { return true, 1.5, nil }
func one() int                    { return 1 }
func ptwo() (*int, []int)         { return nil, nil }

func id[T any](x T) T       { return x }
func dup[T any](x T) (T, T) { return x, x }

func main() {
	defer println(two())
	go println(three())
	time.Sleep(time.Millisecond)
	println(two())
	print(two())
	print("\n")
	println(three())
	print(three())
	println()
	println(one())
	println(ptwo())
	f := func() (error, bool) { return nil, false }
	println(f())
	println(id[int](5))
	println(dup[string]("d"))
	println(dup(2.5))
}
