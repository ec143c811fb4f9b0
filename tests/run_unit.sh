#!/usr/bin/env bash
# run_unit.sh BIN ... - run each cmocka unit-test binary; print the output of
# failing ones and, last, one line "unit: P/N passed" counting individual tests
# (a binary that crashes or prints no cmocka summary counts as one failed test).
# Exit status 0 iff every test passed.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 total=0 failed_bins=""
for bin in "$@"; do
    [ -e "$bin" ] || { echo "FAIL $bin: not built"; total=$((total + 1)); failed_bins="$failed_bins $bin"; continue; }
    timeout -k 2 "${UNIT_TIMEOUT:-60}" "$bin" >"$tmp/log" 2>&1
    code=$?
    # cmocka: "[==========] N test(s) run." and "[  PASSED  ] M test(s)."
    run=$(sed -n 's/^\[==========\] \([0-9][0-9]*\) test(s) run\..*/\1/p' "$tmp/log" | awk '{s+=$1} END {print s+0}')
    ok=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test(s)\..*/\1/p' "$tmp/log" | awk '{s+=$1} END {print s+0}')
    if [ "$run" = 0 ]; then run=1; ok=0; fi
    if [ "$code" != 0 ] && [ "$ok" = "$run" ]; then ok=$((run - 1)); fi
    total=$((total + run))
    pass=$((pass + ok))
    if [ "$code" != 0 ]; then
        failed_bins="$failed_bins $bin"
        echo "FAIL $bin (exit $code):"
        grep -v -e '^\[ RUN      \]' -e '^\[       OK \]' "$tmp/log" | tail -n 40 | sed 's/^/  /'
    fi
done
echo "unit: $pass/$total passed"
[ -z "$failed_bins" ]
