#!/usr/bin/env bash
# run_lessons_plain.sh GOCAFE [LESSON.md ...] - plays every lesson with
# `gocafe lesson FILE --plain` and scripted answers (wrong answers first: the
# player shows the answer after 3 tries; every exercise skipped), in a scratch
# directory with its own XDG dirs.  A lesson fails when the player crashes,
# does not reach "lesson complete", or reports a checkpoint that does not hold.
# Prints failures, then `lessons-plain: P/N passed`.
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_lessons_plain.sh GOCAFE [LESSON.md ...]}
shift
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
[ $# -gt 0 ] || set -- "$here"/../lessons/[0-9]*.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
answers=$(for i in $(seq 80); do printf '1\n1\n1\nskip\n'; done)
pass=0 total=0
for f in "$@"; do
    case $f in /*) ;; *) f=$PWD/$f ;; esac
    total=$((total + 1))
    name=$(basename "$f" .md)
    out=$tmp/$name.txt
    (cd "$tmp" && printf '%s\n' "$answers" | XDG_STATE_HOME=$tmp/state XDG_DATA_HOME=$tmp/data \
        timeout -k 2 120 "$gocafe" lesson "$f" --plain >"$out" 2>&1)
    code=$?
    bad=$(grep -E 'checkpoint does NOT hold|the run ended first|the simulator printed instead|is not such a choice' "$out")
    if [ $code != 0 ] || ! grep -q '^lesson complete: ' "$out" || [ -n "$bad" ]; then
        echo "FAIL $name (exit $code)"
        { [ -n "$bad" ] && echo "$bad"; [ -z "$bad" ] && tail -n 5 "$out"; } | sed 's/^/  /'
    else
        pass=$((pass + 1))
    fi
done
echo "lessons-plain: $pass/$total passed"
[ $pass = $total ]
