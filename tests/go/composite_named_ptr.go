// Composite literals may elide &T for elements of a named pointer type
// PS *S too (Go 1.18+; test/typeparam/issue50833.go).
package main

import "fmt"

type (
	S  struct{ f int }
	PS *S
)

func b() []PS { return []PS{{f: 1}, {f: 2}} }

func d[P PS]() []P { return []P{{f: 3}} }

func main() {
	x := b()
	fmt.Println(x[0].f, x[1].f, len(x))
	y := d[PS]()
	fmt.Println(y[0].f)
	m := map[string]PS{"a": {f: 4}}
	fmt.Println(m["a"].f)
	arr := [...]PS{{5}}
	fmt.Println(arr[0].f)
}
