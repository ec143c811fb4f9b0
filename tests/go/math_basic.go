package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.5, -2))
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Sqrt(-1))
	fmt.Println(math.MaxInt64, -math.MaxInt64-1)
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(1) > 1e308)
	fmt.Println(math.Max(math.Inf(-1), 0), math.Min(math.NaN(), 1))
	var x int64 = math.MaxInt64
	fmt.Println(x, x+1 < 0)
	fmt.Printf("%.4f\n", math.Pi)
	hyp := math.Sqrt(3*3 + 4*4)
	fmt.Println(hyp)
}
