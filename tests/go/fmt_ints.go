package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	fmt.Printf("[%05d] [%+05d] [%-05d] [%5d]\n", -42, 42, 42, 1234567)
	fmt.Printf("[%x] [%X] [%#x] [%#X] [%x] [%08x]\n", 255, 255, 255, 255, -255, 3054)
	fmt.Printf("[%o] [%#o] [%b] [%08b]\n", 8, 8, 5, 5)
	fmt.Printf("[%c] [%c] [%q] [%q] [%U] [%#U]\n", 65, 0x4e16, 'x', 65, 0x1F600, 'é')
	fmt.Printf("[%v] [%v] [%d]\n", 'a', byte('b'), uint64(1<<63))
	fmt.Printf("[%*d] [%-*d] [%.3d] [%6.3d]\n", 4, 7, 4, 7, 5, 5)
	fmt.Printf("[%d%%] [%t] [%v]\n", 50, true, false)
	var u8 uint8 = 200
	var i16 int16 = -300
	fmt.Printf("%d %x %v %T %T\n", u8, u8, i16, u8, i16)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []byte{1, 171}, "hi")
}
