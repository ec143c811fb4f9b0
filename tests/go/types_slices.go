package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 1, 2)
	fmt.Println(s, len(s), cap(s))
	t := s[1:4]
	fmt.Println(t, len(t), cap(t))
	u := s[2:3:4]
	fmt.Println(u, len(u), cap(u))
	var nilS []string
	fmt.Println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, "a")
	fmt.Println(nilS, nilS == nil)
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	n = copy(s, s[2:])
	fmt.Println(n, s)
	bs := make([]byte, 3)
	n = copy(bs, "hey!")
	fmt.Println(n, string(bs))
	more := []int{4, 5}
	all := append([]int{1, 2, 3}, more...)
	fmt.Println(all, all[len(all)-1], all[:0], all[5:])
	matrix := make([][]int, 2)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
	}
	matrix[1][1] = 7
	fmt.Println(matrix)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	str := "hello"[1:3]
	fmt.Println(str)
}
