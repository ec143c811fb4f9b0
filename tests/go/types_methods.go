package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }

func (a *Account) Deposit(n int) { a.Balance += n }

func (a Account) TryDeposit(n int) { a.Balance += n } // value receiver: no effect

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int { return len(s.items) }

func main() {
	acc := Account{"ann", 10}
	acc.Deposit(5) // auto &acc
	acc.TryDeposit(100)
	fmt.Println(acc.Describe())
	p := &acc
	p.Deposit(1)
	fmt.Println(p.Describe()) // auto *p
	dep := acc.Deposit // method value bound to &acc
	dep(4)
	fmt.Println(acc.Balance)
	desc := acc.Describe // receiver copied now
	acc.Balance = 0
	fmt.Println(desc())
	f := (*Account).Deposit // method expression
	f(&acc, 3)
	g := Account.Describe
	fmt.Println(g(acc))
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Len(), s.Pop(), s.Len())
	accounts := []Account{{"a", 1}, {"b", 2}}
	for i := range accounts {
		accounts[i].Deposit(10)
	}
	fmt.Println(accounts)
}
