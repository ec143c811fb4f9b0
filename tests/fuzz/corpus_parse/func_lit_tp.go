package main

func main() {
	_ = func[T any]() {}
}
