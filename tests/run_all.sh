#!/usr/bin/env bash
# run_all.sh GOCAFE [UNIT_BIN ...] - the whole suite for `make test`: the cmocka
# unit tests, the Go corpus tests/go and (once it exists) the TUI smoke test
# tests/run_tui.sh, and the lesson programs (tests/lessons_check.sh).  Prints failures as they come and, last, one summary line
#   tests: unit U/U, corpus P/N[, tui T/T]
# Exit status non-zero if anything failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_all.sh GOCAFE [UNIT_BIN ...]}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

bash "$here/run_unit.sh" "$@" | tee "$tmp/unit" | grep -v '^unit: '
[ "${PIPESTATUS[0]}" = 0 ] || status=1
unit=$(sed -n 's/^unit: \([0-9]*\/[0-9]*\) passed$/\1/p' "$tmp/unit" | tail -n 1)

bash "$here/run_corpus.sh" "$gocafe" "$here/go" | tee "$tmp/corpus" | grep -v '^corpus: '
[ "${PIPESTATUS[0]}" = 0 ] || status=1
corpus=$(sed -n 's/^corpus: \([0-9]*\/[0-9]*\) passed$/\1/p' "$tmp/corpus" | tail -n 1)

summary="tests: unit ${unit:-0/0}, corpus ${corpus:-0/0}"
if [ -f "$here/run_tui.sh" ]; then
    bash "$here/run_tui.sh" "$gocafe" | tee "$tmp/tui" | grep -v '^tui: '
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    tui=$(sed -n 's/^tui: \([0-9]*\/[0-9]*\) passed$/\1/p' "$tmp/tui" | tail -n 1)
    summary="$summary, tui ${tui:-0/0}"
fi
# every lesson program runs in gocafe as the lesson says (real Go is compared
# too when installed; LESSONS_GO=0 skips it, as CI has no Go)
if [ -f "$here/lessons_check.sh" ]; then
    LESSONS_GO=${LESSONS_GO:-0} bash "$here/lessons_check.sh" "$gocafe" | tee "$tmp/lessons" | grep -v '^lessons: '
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    lessons=$(sed -n 's/^lessons: \([0-9]*\/[0-9]*\) programs ok$/\1/p' "$tmp/lessons" | tail -n 1)
    summary="$summary, lessons ${lessons:-0/0}"
fi
# and every lesson plays to "lesson complete" in the text player
if [ -f "$here/run_lessons_plain.sh" ]; then
    bash "$here/run_lessons_plain.sh" "$gocafe" | tee "$tmp/plain" | grep -v '^lessons-plain: '
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    plain=$(sed -n 's/^lessons-plain: \([0-9]*\/[0-9]*\) passed$/\1/p' "$tmp/plain" | tail -n 1)
    summary="$summary, player ${plain:-0/0}"
fi
echo "$summary"
exit $status
