#!/usr/bin/env bash
# run_all.sh GOCAFE [UNIT_BIN ...] - the whole suite for `make test`: the cmocka
# unit tests, the Go corpus tests/go, the TUI smoke test tests/run_tui.sh, the
# lesson programs (tests/lessons_check.sh) and the lesson player
# (tests/run_lessons_plain.sh).  Prints failures as they come and, last, one line
#   tests: unit U/U, corpus P/N, tui T/T, course-tui C/C, walk W/W, repl R/R, lessons L/L, player P/P, course C/C
# Exit status non-zero if anything failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_all.sh GOCAFE [UNIT_BIN ...]}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# part LABEL KEY SCRIPT ARGS...: runs one part of the suite, shows its
# failures, and adds "LABEL P/N" (from the part's own "KEY: P/N ..." line)
# to the summary.
part() {
    local label=$1 key=$2
    shift 2
    bash "$@" | tee "$tmp/$key" | grep -v "^$key: "
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    local count
    count=$(sed -n "s/^$key: \([0-9]*\/[0-9]*\) .*/\1/p" "$tmp/$key" | tail -n 1)
    summary="${summary:+$summary, }$label ${count:-0/0}"
}

# real Go is compared to the lesson programs only when asked: CI has no Go
export LESSONS_GO=${LESSONS_GO:-0}
summary=
part unit unit "$here/run_unit.sh" "$@"
part corpus corpus "$here/run_corpus.sh" "$gocafe" "$here/go"
[ -f "$here/run_tui.sh" ] && part tui tui "$here/run_tui.sh" "$gocafe"
# the course on the full screen, keyboard only, in tmux
[ -f "$here/run_lesson_tui.sh" ] && part course-tui lesson-tui "$here/run_lesson_tui.sh" "$gocafe"
# ... and the whole course, start to end, every exercise fixed in $EDITOR
[ -f "$here/run_course_walk.sh" ] && part walk course-walk "$here/run_course_walk.sh" "$gocafe"
[ -f "$here/run_repl.sh" ] && part repl repl "$here/run_repl.sh" "$gocafe"
# every lesson program runs as its lesson says, and every lesson plays to
# "lesson complete" in the text player
[ -f "$here/lessons_check.sh" ] && part lessons lessons "$here/lessons_check.sh" "$gocafe"
[ -f "$here/run_lessons_plain.sh" ] && part player lessons-plain "$here/run_lessons_plain.sh" "$gocafe"
# `gocafe lessons --check`: the course checked by gocafe itself
[ -f "$here/run_course_check.sh" ] && part course "lessons --check" "$here/run_course_check.sh" "$gocafe"
echo "tests: $summary"
exit $status
