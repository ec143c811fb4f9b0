#!/usr/bin/env bash
# run_fuzz.sh SECONDS WORKDIR FUZZ_BIN ... - run each libFuzzer binary for SECONDS.
# Corpus per target: WORKDIR/corpus/NAME, seeded with tests/go/*.go, the
# regression programs of tests/fuzz/regress/ (every crash found is added
# there, with a check in tests/unit/test_fuzz_regress.c) and the seeds of
# tests/fuzz/corpus/ and every tests/fuzz/corpus_*/; Go's tokens come from
# tests/fuzz/go.dict.
# Crashing inputs are written to WORKDIR/artifacts/; exit status 1 if any.
set -u
here=$(cd "$(dirname "$0")" && pwd)
secs=${1:?usage: run_fuzz.sh SECONDS WORKDIR FUZZ_BIN ...}
work=${2:?usage: run_fuzz.sh SECONDS WORKDIR FUZZ_BIN ...}
shift 2
status=0
mkdir -p "$work/artifacts"
for bin in "$@"; do
    name=$(basename "$bin")
    corpus="$work/corpus/$name"
    mkdir -p "$corpus"
    cp "$here"/go/*.go "$corpus"/ 2>/dev/null
    cp "$here"/../lessons/*.md "$corpus"/ 2>/dev/null   # the lesson parser's seeds
    for seeds in "$here/fuzz/corpus" "$here"/fuzz/corpus_* "$here/fuzz/regress"; do
        [ -d "$seeds" ] && cp "$seeds"/* "$corpus"/ 2>/dev/null
    done
    echo "fuzz: $name for ${secs}s (corpus $corpus)"
    if ! "$bin" -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -max_len=16384 \
            -dict="$here/fuzz/go.dict" \
            -artifact_prefix="$work/artifacts/$name-" -print_final_stats=1 "$corpus" \
            >"$work/$name.log" 2>&1; then
        status=1
        echo "fuzz: $name FOUND A PROBLEM (log: $work/$name.log):"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$work/$name.log" | head -n 10 | sed 's/^/  /'
        echo "  reproduce: $bin <artifact>; then add it as tests/fuzz/regress/NAME.go (see tests/unit/test_fuzz_regress.c)"
    else
        grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$work/$name.log" | sed 's/^/  /'
    fi
done
[ "$status" = 0 ] && echo "fuzz: clean"
exit $status
