package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	type Celsius float64
	type pair struct {
		key string
		val int
	}
	const limit = 3
	var temps []Celsius
	for i := 0; i < limit; i++ {
		temps = append(temps, Celsius(i)*1.5)
	}
	fmt.Println(temps)
	ps := []pair{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", ps, ps[1])
	{
		type Point struct{ Z int } // shadows the package-level Point
		fmt.Printf("%+v\n", Point{Z: 9})
	}
	fmt.Printf("%+v\n", Point{1, 2})
	var anon struct {
		Name string
		Age  int
	}
	anon.Name = "ana"
	anon.Age = 30
	fmt.Println(anon)
}
