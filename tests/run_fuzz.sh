#!/usr/bin/env bash
# run_fuzz.sh SECONDS WORKDIR FUZZ_BIN ... - run each libFuzzer binary for SECONDS.
# Corpus per target: WORKDIR/corpus/NAME, seeded with tests/go/*.go and the
# regression inputs of tests/fuzz/corpus/ and tests/fuzz/corpus_X/ for target
# fuzz_X (every crash found is added there).
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
    for seeds in "$here/fuzz/corpus" "$here/fuzz/corpus_${name#fuzz_}"; do
        [ -d "$seeds" ] && cp "$seeds"/* "$corpus"/ 2>/dev/null
    done
    echo "fuzz: $name for ${secs}s (corpus $corpus)"
    if ! "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$work/artifacts/$name-" -print_final_stats=1 "$corpus" \
            >"$work/$name.log" 2>&1; then
        status=1
        echo "fuzz: $name FOUND A PROBLEM (log: $work/$name.log):"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$work/$name.log" | head -n 10 | sed 's/^/  /'
        echo "  reproduce: $bin <artifact>; then add the input to tests/fuzz/corpus_${name#fuzz_}/ and a corpus test"
    else
        grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$work/$name.log" | sed 's/^/  /'
    fi
done
[ "$status" = 0 ] && echo "fuzz: clean"
exit $status
