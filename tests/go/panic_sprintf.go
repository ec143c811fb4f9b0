package main

func main() {
	panic(fmtValue(7, "seven"))
}

func fmtValue(n int, s string) string {
	return "bad value " + string(rune('0'+n)) + ": \"" + s + "\""
}
