package main

func main() {
	fallthrough
	goto M
	switch {
	case true:
		fallthrough
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	default:
	}
L:
	if true {
		break L
	}
	for {
		continue L
		break Q
		continue Q
	}
}
