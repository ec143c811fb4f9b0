package main

import (
	"errors"
	"fmt"
)

type Account interface {
	Deposit(amount int) error
	Withdraw(amount int) error
	Balance() int
	fmt.Stringer
}

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrInvalidAmount = errors.New("invalid amount")

type Checking struct {
	owner   string
	balance int
	history []string
}

func (c *Checking) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d: %w", n, ErrInvalidAmount)
	}
	c.balance += n
	c.history = append(c.history, fmt.Sprintf("+%d", n))
	return nil
}

func (c *Checking) Withdraw(n int) error {
	if n <= 0 {
		return fmt.Errorf("withdraw %d: %w", n, ErrInvalidAmount)
	}
	if n > c.balance {
		return &InsufficientFunds{n, c.balance}
	}
	c.balance -= n
	c.history = append(c.history, fmt.Sprintf("-%d", n))
	return nil
}

func (c *Checking) Balance() int { return c.balance }

func (c *Checking) String() string {
	return fmt.Sprintf("%s: %d %v", c.owner, c.balance, c.history)
}

type Savings struct {
	Checking
	rate int // percent
}

func (s *Savings) AddInterest() { s.Deposit(s.balance * s.rate / 100) }

func main() {
	accts := []Account{&Checking{owner: "ann"}, &Savings{Checking{owner: "bob"}, 10}}
	ops := []struct {
		acct   int
		kind   string
		amount int
	}{{0, "dep", 100}, {1, "dep", 250}, {0, "wd", 30}, {0, "wd", 500}, {1, "dep", -5}, {1, "wd", 50}}
	for _, op := range ops {
		a := accts[op.acct]
		var err error
		if op.kind == "dep" {
			err = a.Deposit(op.amount)
		} else {
			err = a.Withdraw(op.amount)
		}
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok     ", a)
		case errors.As(err, &insuf):
			fmt.Println("refused", err, "short by", insuf.Need-insuf.Have)
		case errors.Is(err, ErrInvalidAmount):
			fmt.Println("invalid", err)
		}
	}
	if s, ok := accts[1].(*Savings); ok {
		s.AddInterest()
		fmt.Println("after interest:", s)
	}
	sum := 0
	for _, a := range accts {
		sum += a.Balance()
	}
	fmt.Println("total", sum)
}
