package main

import "fmt"

type Meters float64
type Label string

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	m := Meters(f)
	fmt.Println(m, float64(m)+1)
	l := Label("tag")
	fmt.Println(string(l)+"!", l)
	b := []byte("hi")
	fmt.Println(b, string(b))
	rs := []rune("hé")
	fmt.Println(rs, string(rs))
	fmt.Println(string(rune(0x1F600)), string(rune(-1)))
	var big int64 = 1<<33 + 5
	fmt.Println(int32(big), uint16(big), int8(big))
	fl := 1e10
	fmt.Println(int64(fl), int32(int64(fl)))
	var by byte = 200
	fmt.Println(int8(by), int(by)*2, by*2)
	var ui uint = 3
	fmt.Println(int(ui) - 5)
}
