package main

func main() {
	select {
	default:
		break
	}
	switch {
	case true:
		fallthrough
	case false:
		println()
		fallthrough
		println()
	}
}
