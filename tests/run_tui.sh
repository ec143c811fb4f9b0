#!/usr/bin/env bash
# run_tui.sh GOCAFE - smoke test of the full-screen `gocafe view` driven in
# tmux (120x40) on the article's pollService program: start, step, run until
# G2 parks in its select and read the Café and Select panes, go back, continue
# to the end, quit and check the terminal was restored; then a crash signal
# must restore the terminal too.  Prints failures, then `tui: P/N passed`.
# Skips (exit 0) when tmux is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_tui.sh GOCAFE}
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
if ! command -v tmux >/dev/null 2>&1; then
    echo "skipped: tmux missing"
    echo "tui: 0/0 passed"
    exit 0
fi
if [ ! -x "$gocafe" ]; then
    echo "tui: $gocafe is missing"
    echo "tui: 0/1 passed"
    exit 1
fi
prog=$here/go/article_poll.go
TMUX_SOCK=gocafe-tui-$$
pass=0 total=0
. "$here/tmux_lib.sh"
KEY_DELAY=0.15
trap 'tm kill-server 2>/dev/null' EXIT

step_of() { screen | sed -n 's/.* step \([0-9]*\)\/.*/\1/p' | head -n 1; }

tm new-session -d -s t -x 120 -y 40 "TERM=xterm-256color LANG=C.UTF-8 '$gocafe' view '$prog'; echo gocafe-exit=\$?; sleep 60"
expect start "Café · 1 barista"
expect status-line "seed 0  step 1/"
keys s; keys s; keys s; keys s; keys s
expect cafe-g2 "G2 pollService  (started by G1 at line 33)"
keys : ; tm send-keys -t t "until block G2" Enter; sleep 0.3
expect select-pane "Select · G2 at line 13"
expect wait-reason "watching 2 things: ctx.Done(), time.After [select]"
expect sleeping "[sleep]"
s1=$(step_of)
keys b
# wait (up to 5s) for the redraw rather than trusting a fixed delay
for _ in $(seq 50); do
    s2=$(step_of)
    [ -n "$s2" ] && [ "$s2" != "$s1" ] && break
    sleep 0.1
done
total=$((total + 1))
if [ -n "$s1" ] && [ -n "$s2" ] && [ "$s2" -lt "$s1" ]; then pass=$((pass + 1)); else
    echo "FAIL back: step $s1 -> $s2"; fi
keys c
expect the-end "the end: main returned"
keys 6; keys PPage    # the Log pane, scrolled back ten events
expect log-scrolled "scrolled back 10"
expect log-cancel "cancel() closes ctx.Done(): wakes G2"
keys q
expect restored "gocafe-exit=0"
total=$((total + 1))
if [ "$(tm display -p -t t '#{alternate_on}')" = 0 ] && ! screen | grep -qF "┌ Café"; then
    pass=$((pass + 1)); else echo "FAIL restore: the café is still on screen"; fi
tm kill-session -t t

# a crash signal restores the terminal, then kills gocafe with that signal
tm new-session -d -s t -x 80 -y 24 "TERM=xterm LANG=C.UTF-8 '$gocafe' view '$prog'; echo gocafe-exit=\$?; sleep 60"
expect start-80x24 "┌ Café"
shell=$(tm display -p -t t '#{pane_pid}')
pid=$(pgrep -P "$shell" | head -n 1)
[ -n "$pid" ] && kill -SEGV "$pid"
expect crash-exit "gocafe-exit=139"
total=$((total + 1))
if [ "$(tm display -p -t t '#{alternate_on}')" = 0 ]; then pass=$((pass + 1)); else
    echo "FAIL crash: terminal left in the alternate screen"; fi

echo "tui: $pass/$total passed"
[ "$pass" = "$total" ]
