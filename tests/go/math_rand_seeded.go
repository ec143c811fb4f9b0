package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Int63(), r.Float64(), r.Int31n(1000), r.Perm(6), r.Uint64(), r.Int63n(1<<40), r.Float32())
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r.Seed(-7)
	fmt.Println(r.Intn(10), r.Int())
	r2 := rand.New(rand.NewSource(0))
	fmt.Println(r2.Intn(1 << 40))
}
