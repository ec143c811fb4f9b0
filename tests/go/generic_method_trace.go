// A panic inside methods of generic types: Go names their frames
// main.(*Box[...]).At and main.Pair[...].Boom, whatever the type arguments.
package main

type Box[T any] struct{ v []T }

func (b *Box[T]) At(i int) T { return b.v[i] }
func (b Box[T]) Get(i int) T { return b.v[i] }

type Pair[K comparable, V any] struct{}

func (p Pair[K, V]) Boom() { panic("boom") }

func main() {
	defer func() {
		Pair[string, int]{}.Boom()
	}()
	b := &Box[int]{v: []int{1}}
	println(b.Get(0))
	println(b.At(2))
}
