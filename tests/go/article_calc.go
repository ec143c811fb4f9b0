package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny calculator: tokenizer, recursive-descent parser, evaluator, and
// error handling with custom error types and recover.

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/", rune(c)):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		r := p.term()
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		r := p.factor()
		if t.Text == "*" {
			v *= r
		} else {
			if r == 0 {
				panic(ErrDivZero)
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.peek()
	if t == nil {
		panic(&SyntaxError{p.pos, "unexpected end"})
	}
	p.pos++
	switch t.Kind {
	case NUM:
		n, err := strconv.Atoi(t.Text)
		if err != nil {
			panic(err)
		}
		return n
	case LPAREN:
		v := p.expr()
		if c := p.peek(); c == nil || c.Kind != RPAREN {
			panic(&SyntaxError{p.pos, "missing )"})
		}
		p.pos++
		return v
	case OP:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic(&SyntaxError{p.pos - 1, "unexpected " + t.Text})
}

func eval(s string) (result int, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("eval %q: %w", s, e)
				return
			}
			panic(r)
		}
	}()
	p := &parser{toks: toks}
	result = p.expr()
	if p.pos != len(toks) {
		return 0, &SyntaxError{p.pos, "trailing input"}
	}
	return result, nil
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 3", "2 * (3 + 4) * 5 - 1",
		"8 / (4 - 4)", "3 +", "7 $ 2", "(1 + 2", "1 2", "99999999999999999999"}
	for _, in := range inputs {
		v, err := eval(in)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-22s = %d\n", in, v)
		case errors.As(err, &se):
			fmt.Printf("%-22s ! %v (at %d)\n", in, err, se.Pos)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-22s ! %v\n", in, err)
		default:
			fmt.Printf("%-22s ? %v\n", in, err)
		}
	}
}
