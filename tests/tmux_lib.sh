# tmux_lib.sh - sourced by the tests that drive gocafe inside tmux
# (run_tui.sh, run_lesson_tui.sh, run_repl.sh, run_course_walk.sh).
# The sourcing script sets TMUX_SOCK (its own tmux server, so tests never
# meet a user's tmux or each other) and pass=0 total=0; the session is "t".
# Checks count into pass/total.  A failure prints "FAIL NAME ..." and the
# screen: not prefixed with the part's key, which run_all.sh filters out.
tm() { tmux -L "$TMUX_SOCK" "$@"; }
screen() { tm capture-pane -t t -p 2>/dev/null; }
# key K...: sends keys, then lets the program draw.
keys() { for k in "$@"; do tm send-keys -t t "$k" 2>/dev/null; sleep "${KEY_DELAY:-0.2}"; done; }

# _wait_for NAME GREP-FLAGS TEXT WHAT: up to 5s for TEXT on the screen.
_wait_for() {
    total=$((total + 1))
    for _ in $(seq 50); do
        if screen | grep -q"$2" -- "$3"; then pass=$((pass + 1)); return 0; fi
        sleep 0.1
    done
    echo "FAIL $1: no $4\"$3\" on the screen:"
    screen | sed 's/^/    | /'
    return 1
}
# expect NAME TEXT: TEXT somewhere on the screen (within 5s).
expect() { _wait_for "$1" F "$2" ""; }
# expect_line NAME TEXT: TEXT as a whole line of the screen (within 5s).
expect_line() { _wait_for "$1" xF "$2" "line "; }
# check NAME COMMAND...: a condition outside the screen.
check() {
    total=$((total + 1))
    local name=$1
    shift
    if "$@"; then pass=$((pass + 1)); else echo "FAIL $name"; fi
}
