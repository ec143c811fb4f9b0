package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type list []string

func (l *list) String() string     { return fmt.Sprint(*l) }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `workers`")
	d := fs.Duration("timeout", 250*time.Millisecond, "per-job timeout")
	v := fs.Bool("v", false, "verbose")
	name := fs.String("name", "gopher", "who to greet")
	var tags list
	fs.Var(&tags, "tag", "add a tag")
	err := fs.Parse([]string{"-n", "5", "-v", "-tag=a", "--tag", "b", "-timeout=1s", "rest", "-x"})
	fmt.Println(err, *n, *d, *v, *name, tags, fs.Args(), fs.NArg(), fs.NFlag())
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	fs.PrintDefaults()
	err = fs.Parse([]string{"-bogus"})
	fmt.Println("err:", err)
	err = fs.Parse([]string{"-n", "x"})
	fmt.Println("err:", err)
	fmt.Println(flag.Parsed(), flag.NArg())
}
