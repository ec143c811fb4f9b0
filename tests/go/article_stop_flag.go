package main

import "fmt"

// A poller that checks a stop signal at safe points: the sequential version of
// the article's pattern, where a loop only stops when it looks at the signal.

type Signal struct {
	stopped bool
	reason  string
}

func (s *Signal) Stop(reason string) {
	if !s.stopped {
		s.stopped = true
		s.reason = reason
	}
}

func (s *Signal) Done() bool { return s.stopped }

type Poller struct {
	name  string
	polls int
}

func (p *Poller) Step(sig *Signal) bool {
	if sig.Done() {
		fmt.Printf("%s: stopping after %d polls (%s)\n", p.name, p.polls, sig.reason)
		return false
	}
	p.polls++
	fmt.Printf("%s: polling... #%d\n", p.name, p.polls)
	return true
}

func main() {
	sig := &Signal{}
	p := &Poller{name: "api-poller"}
	for tick := 0; ; tick++ {
		if tick == 3 {
			sig.Stop("user clicked Cancel")
		}
		if tick == 4 {
			sig.Stop("ignored: already stopped")
		}
		if !p.Step(sig) {
			break
		}
	}
	defer fmt.Println("cleanup finished")
	fmt.Println("poller stopped cleanly:", p.polls == 3)
}
