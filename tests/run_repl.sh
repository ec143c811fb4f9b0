#!/usr/bin/env bash
# run_repl.sh GOCAFE - end-to-end test of `gocafe repl`, first through a pipe
# (the engine: values and types, a deadlock survived, help, :goroutines at
# the current point, one error per mistake), then inside tmux (readline: tab
# completion, :view opening the TUI and q coming back, the history file
# written and read back).  Prints failures, then `repl: P/N checks ok`; exit
# status non-zero on a failure.  Without tmux the tmux half is skipped with a
# message.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_repl.sh GOCAFE}
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
pass=0 total=0
tmp=$(mktemp -d)
TMUX_SOCK=gocafe-repl-$$
. "$here/tmux_lib.sh"
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
finish() {
    echo "repl: $pass/$total checks ok"
    [ "$pass" = "$total" ]
    exit
}
if [ ! -x "$gocafe" ]; then
    echo "FAIL $gocafe is missing"
    total=1
    finish
fi

# ---- through a pipe ----
# has NAME TEXT: the pipe's output contains TEXT as a whole line
has() {
    total=$((total + 1))
    if grep -qxF -- "$2" "$tmp/out"; then pass=$((pass + 1)); else
        echo "FAIL $1: no line \"$2\" in:"; sed 's/^/    | /' "$tmp/out"; fi
}
timeout 60 "$gocafe" repl >"$tmp/out" 2>&1 <<'EOF'
ch := make(chan string)
go func() { ch <- "latte" }()
:goroutines
v := <-ch
v
<-ch
fmt.Println("still here")
help
:goroutines
if true { y := 1 }
EOF
rc=$?
total=$((total + 1))
if [ "$rc" = 0 ]; then pass=$((pass + 1)); else echo "FAIL pipe: gocafe repl exited with $rc"; fi
has before-receive "  G2 main.main.func1 [runnable] line 7"
has main-waited "  (main waited at line 8 [chan receive]; G2 ran)"
has value-and-type "v = latte (string)"
has deadlock "fatal error: all goroutines are asleep - deadlock!"
has deadlock-where "  G1 main.main [chan receive] line 13"
has deadlock-dropped "input dropped (the session goes on without it)"
has survives "still here"
has help "  :goroutines      every goroutine: id, function, Go's state, line"
has current-point "  G1 main.main [running] at your prompt"
has after-receive "  G2 main.main.func1 [exited]"
has one-error "1:11: declared and not used: y"
# the REPL's own "_ = y" line must not add a second error
total=$((total + 1))
errs=$(sed -n '/^1:11: declared and not used: y$/,$p' "$tmp/out" | wc -l)
if [ "$errs" = 1 ]; then pass=$((pass + 1)); else
    echo "FAIL one-error: $errs lines from the error on (want exactly 1)"; fi

# ---- inside tmux ----
if ! command -v tmux >/dev/null 2>&1; then
    echo "repl: skipped the tmux half: tmux missing"
    finish
fi
line() { tm send-keys -t t -l "$1"; tm send-keys -t t Enter; sleep 0.3; }
start() {
    tm new-session -d -s t -x 100 -y 40 \
        "XDG_STATE_HOME='$tmp/state' TERM=xterm-256color LANG=C.UTF-8 '$gocafe' repl; echo gocafe-exit=\$?; sleep 60"
    expect "start$1" "gocafe repl - Go typed live"
}

start ""
line 'ch := make(chan string)'
line 'go func() { ch <- "latte" }()'
line 'v := <-ch'
line 'v'
expect value "v = latte (string)"
keys 'fmt.Pr' Tab
expect tab-common-prefix "go> fmt.Print"
keys Tab
expect tab-list "fmt.Print    fmt.Printf   fmt.Println"
keys C-u
keys ':goroutine G' Tab
keys Tab
expect tab-goroutines "G1  G2"
keys C-u
line ':view'
expect view-opens "Café · 2 baristas"
expect view-current-point "making the order: _ = 0 [running]"
keys q
expect view-left "gocafe: left repl.go at step"
total=$((total + 1))
if [ "$(tm display -p -t t '#{alternate_on}')" = 0 ]; then pass=$((pass + 1)); else
    echo "FAIL view-restore: still in the alternate screen"; fi
line 'fmt.Println("back at the counter")'
expect back-to-repl "back at the counter"
# a block continues over lines; Ctrl-C drops it and never ends the REPL
line 'for i := 0; i < 2; i++ {'
expect_line continuation "..."
keys 'fmt.Println(i)' C-c
line 'fmt.Println("after ctrl-c")'
expect ctrl-c "after ctrl-c"
keys C-d
expect quit "gocafe-exit=0"
total=$((total + 1))
hist=$tmp/state/gocafe/history
if grep -qxF 'v := <-ch' "$hist" 2>/dev/null && ! grep -qF 'Println(i)' "$hist"; then
    pass=$((pass + 1)); else
    echo "FAIL history-written: want 'v := <-ch' and no cancelled block in $hist:"
    sed 's/^/    | /' "$hist" 2>/dev/null; fi
tm kill-session -t t

# the history comes back in a new session
start "-again"
keys Up
expect history-read 'go> fmt.Println("after ctrl-c")'
keys C-u C-d
expect quit-again "gocafe-exit=0"
finish
