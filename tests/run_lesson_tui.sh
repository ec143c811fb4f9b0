#!/usr/bin/env bash
# run_lesson_tui.sh GOCAFE - the course as a learner meets it: `gocafe` with no
# arguments in tmux (120x40), keyboard only, with its own XDG directories.
#  - the menu opens; lesson 07 (a leak) is chosen;
#  - the narrative pane sits beside the Source and Café panes; ? lists the
#    lesson's keys; v shows the café alone and brings the lesson back;
#  - a checkpoint waits while the learner steps (s), then holds;
#  - the leak shows in the Café pane ("stuck forever: leaked");
#  - a wrong answer gets its feedback, the right one "Right.";
#  - the exercise: Enter checks the starting code (fails), `e` runs $EDITOR
#    (here: a command that writes the reference solution), the save is
#    checked, the Café pane shows the fixed program (0 leaked);
#  - "lesson complete" offers the next lesson; Enter opens it; q leaves it,
#    back at the menu, which shows 07 done and 08 started; q quits;
#  - run again, lesson 08 resumes at the step where it was left;
#  - reset asks first; the reference solution opens after 3 failed checks;
#  - the watch mode: a save made from outside (another window) is checked
#    without a key.
# Prints failures (FAIL NAME ... and the screen), then `lesson-tui: P/N passed`.  Skips when tmux is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_lesson_tui.sh GOCAFE}
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
if ! command -v tmux >/dev/null 2>&1; then
    echo "skipped: tmux missing"
    echo "lesson-tui: 0/0 passed"
    exit 0
fi
if [ ! -x "$gocafe" ]; then
    echo "lesson-tui: $gocafe is missing"
    echo "lesson-tui: 0/1 passed"
    exit 1
fi
lessons=$here/../lessons
tmp=$(mktemp -d)
run=0   # each start gets its own tmux server: no race with the last one's exit
TMUX_SOCK=gocafe-ltui-$$-$run
pass=0 total=0
. "$here/tmux_lib.sh"
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

step_of() { screen | sed -n 's/.* step \([0-9]*\)\/.*/\1/p' | head -n 1; }

start() {   # start EDITOR: gocafe's menu in a fresh tmux session
    tm kill-server 2>/dev/null
    run=$((run + 1))
    TMUX_SOCK=gocafe-ltui-$$-$run
    tm new-session -d -s t -x 120 -y 40 "cd '$tmp' && TERM=xterm-256color LANG=C.UTF-8 \
        XDG_STATE_HOME='$tmp/state' XDG_DATA_HOME='$tmp/data' EDITOR='$1' \
        '$gocafe' --lessons '$lessons'; echo gocafe-exit=\$?; sleep 60"
}

start "cp $lessons/solutions/07-close-it.go"
expect menu "gocafe - the course"
keys j j j j j j                      # down to lesson 07
keys Enter
expect narrative "A goroutine leak is a goroutine that waits"
expect source-beside "func logger(lines <-chan string) {"
expect checkpoint-prompt "Step until G1 blocks in sleep"
keys '?'
expect lesson-keys "exercise     e edit in \$EDITOR"
keys Escape
keys v
expect cafe-alone "the café alone: v brings the lesson back"
check cafe-alone-no-text sh -c "! tmux -L $TMUX_SOCK capture-pane -t t -p | grep -q 'A goroutine leak is'"
keys v
expect lesson-back "A goroutine leak is a goroutine that waits"
s1=$(step_of)
keys s s
s2=$(step_of)
check stepping-moves [ -n "$s1" ] && [ -n "$s2" ] && [ "$s2" -gt "$s1" ]
keys Enter                            # jump to the checkpoint
expect next-checkpoint "Step until G2 blocks in chan receive"
keys s s s s s s s s s s
expect reached-by-stepping "checkpoint holds: G2 chan receive"
keys c                                # until the end
expect leak-in-cafe "stuck forever: leaked"
expect question "Question: Who should close lines?"
keys 2
expect feedback "Not quite. The receiver cannot know"
keys 1
expect right "Right."
expect exercise "Exercise close-it: the starting code is in"
keys Enter                            # check the starting code
expect start-fails "FAIL check no-leaks"
keys e                                # $EDITOR writes the fix
expect fixed "Every check passes. Well done."
expect fixed-cafe "0 leaked"
expect complete "Next: 08"
keys Enter
expect next-lesson "time.Sleep cannot be interrupted"
keys Enter                            # past the first checkpoint
expect later-checkpoint "Step until t=100ms"
keys q
expect menu-again "gocafe - the course"
expect menu-done "done     07 · Leak"
expect menu-started "started  08 · Leak"
keys q
expect quit "gocafe-exit=0"
check progress grep -q "^07-leak-never-closed done" "$tmp/state/gocafe/progress"

# resume: 08 opens at its second checkpoint, the narrative before it shown
start true
expect menu-resume "gocafe - the course"
keys Enter                            # the menu starts at the first lesson not done
expect resumed "Step until t=100ms"
expect resumed-narrative "time.Sleep cannot be interrupted"
keys q q
expect quit-again "gocafe-exit=0"

# watch mode: lesson 07's exercise, saved from outside without a key
rm -f "$tmp/state/gocafe/progress"
start true
keys j j j j j j Enter Enter Enter c 1
expect watch-exercise "Exercise close-it: your file"
keys x
expect reset-asks "Overwrite your file with the starting code?"
keys y
expect reset-done "Reset."
keys w
expect solution-not-yet "The solution opens after 3 failed"
keys Enter Enter Enter
expect solution-after-3 "The reference solution (solutions/07-close-it.go"
expect solution-code-indented "    fmt.Println(\"log:\", line)"
cp "$lessons/solutions/07-close-it.go" "$tmp/state/gocafe/exercises/close-it.go.new"
echo >> "$tmp/state/gocafe/exercises/close-it.go.new"
mv "$tmp/state/gocafe/exercises/close-it.go.new" "$tmp/state/gocafe/exercises/close-it.go"
expect watch-checked "Every check passes. Well done."

echo "lesson-tui: $pass/$total passed"
[ "$pass" = "$total" ]
