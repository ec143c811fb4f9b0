package main
func f() (int, string) { return f() }
func main() { a, b, c := f(); _, _, _ = a, b, c }
