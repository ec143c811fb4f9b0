#!/usr/bin/env bash
# run_course_walk.sh GOCAFE - the whole course, start to end, with the keyboard
# alone, as issue 6's "done when" puts it: `gocafe` in tmux (120x40), lesson
# 01 from the menu, then at every pause the key a learner would press (Enter
# at a checkpoint, a digit for a question until "Right.", `e` for an
# exercise, whose $EDITOR here writes the lesson's reference solution, Enter
# at "lesson complete" for the next lesson) until the last lesson's end.
# Every lesson must complete and every exercise pass; progress must end with
# all 14 lessons done.  Prints failures, then `course-walk: P/N lessons done`.
# Skips when tmux is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_course_walk.sh GOCAFE}
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
if ! command -v tmux >/dev/null 2>&1; then
    echo "skipped: tmux missing"
    echo "course-walk: 0/0 lessons done"
    exit 0
fi
lessons=$(cd "$here/../lessons" && pwd)
nlessons=$(ls "$lessons"/[0-9]*.md | wc -l)
tmp=$(mktemp -d)
TMUX_SOCK=gocafe-walk-$$
. "$here/tmux_lib.sh"
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# The learner's editor: puts the reference solution of exercise NAME in place.
cat > "$tmp/editor" <<EOF
#!/bin/sh
name=\$(basename "\$1" .go)
cp "$lessons"/solutions/[0-9][0-9]-"\$name".go "\$1"
EOF
chmod +x "$tmp/editor"

tm new-session -d -s t -x 120 -y 40 "cd '$tmp' && TERM=xterm-256color LANG=C.UTF-8 \
    XDG_STATE_HOME='$tmp/state' XDG_DATA_HOME='$tmp/data' EDITOR='$tmp/editor' \
    '$gocafe' --lessons '$lessons'; echo gocafe-exit=\$?; sleep 600"
key() { tm send-keys -t t "$1" 2>/dev/null; }   # no delay: the loop waits for the screen
for _ in $(seq 50); do screen | grep -q "gocafe - the course" && break; sleep 0.1; done
key Enter

last= same=0 nstep=0 nans=0 nedit=0
for _ in $(seq 3000); do
    s=$(screen)
    if [ "$s" = "$last" ]; then   # nothing changed yet: wait, then look again
        same=$((same + 1))
        if [ $same -gt 100 ]; then echo "FAIL stuck on this screen:"; echo "$s" | sed 's/^/    | /'; break; fi
        sleep 0.05
        continue
    fi
    last=$s same=0
    case $s in
    *"gocafe-exit="*) break ;;
    *"The lesson is complete."*)
        if printf '%s' "$s" | grep -q "that was the last lesson"; then key q; else key Enter; fi ;;
    *"Your answer (number"*)   # one more than the wrong answers since the question
        wrong=$(printf '%s\n' "$s" | awk '/Question:/ { n = 0 } /Not quite/ { n++ } END { print n + 0 }')
        key $((wrong + 1)); nans=$((nans + 1)) ;;
    *"Fix the program:"*) key e; nedit=$((nedit + 1)) ;;
    *"A hint is here"*|*"Another hint?"*) key Enter ;;
    *"Step until"*) key Enter; nstep=$((nstep + 1)) ;;
    *"gocafe - the course"*) key q ;;
    *) sleep 0.05 ;;
    esac
done

done_n=$(grep -c " done$" "$tmp/state/gocafe/progress" 2>/dev/null)
if [ "${done_n:-0}" != "$nlessons" ]; then
    echo "FAIL progress says ${done_n:-0} of $nlessons lessons done:"
    sed 's/^/    | /' "$tmp/state/gocafe/progress" 2>/dev/null
fi
echo "course-walk: keys: $nstep checkpoints jumped to, $nans answers typed, $nedit exercises edited"
echo "course-walk: ${done_n:-0}/$nlessons lessons done"
[ "${done_n:-0}" = "$nlessons" ]
