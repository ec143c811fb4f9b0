package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.2f] [%08.3f] [%+.1f]\n", x, x, x, x, x, x)
	fmt.Printf("[%08.3f] [%.0f] [%.0f] [%.2f] [%.1f]\n", -x, 2.5, 3.5, 2.675, 0.05)
	fmt.Printf("[%e] [%E] [%.2e] [%g] [%g] [%G]\n", 123456.789, 0.000123, 1e10, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1e6, 1e5, 0.000001, 100.0)
	fmt.Printf("[%6.2f%%] [%5.1f] [%.3g] [%10.4g]\n", 12.345, -0.04, math.Pi, 1234.5678)
	fmt.Printf("[%f] [%v] [%v] [%.2f]\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("[%v] [%.1f] [%g]\n", float32(2.5), float32(0.15), float32(1)/3)
	fmt.Println(math.Sqrt(2), math.MaxInt64, math.Pi)
	fmt.Printf("[%5.2v]\n", 3.14159)
	fmt.Println(fmt.Sprintf("%.2f", 1.005), fmt.Sprintf("%.3f", -0.0005))
}
