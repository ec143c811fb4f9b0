package main

func main() {
	var i any
	switch v := i.(type) {
	case int:
	}
}
