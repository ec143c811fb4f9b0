#!/usr/bin/env bash
# run_course_check.sh GOCAFE - `gocafe lessons --check` on the built-in course
# (docs/LESSONS.md): every lesson played with nobody at the keyboard, its
# programs' exit statuses, checkpoints, output blocks, questions and
# exercises (starting code fails, reference solution passes).  Failures are
# printed as `file:line: message`; the last line is
#   lessons --check: P/N lessons ok
set -u
here=$(cd "$(dirname "$0")" && pwd)
gocafe=${1:?usage: run_course_check.sh GOCAFE}
case $gocafe in /*) ;; *) gocafe=$PWD/$gocafe ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# only the repo's lessons: no learner's lessons or progress from $HOME; the
# passing lessons' "ok" lines are left out (the suite shows failures)
set -o pipefail
cd "$tmp" && XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state \
    timeout -k 2 300 "$gocafe" lessons --check --lessons "$here/../lessons" | grep -v '^ok '
