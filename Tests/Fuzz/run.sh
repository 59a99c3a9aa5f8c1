#!/usr/bin/env bash
# Builds one libFuzzer harness and runs it for a number of executions.
#
# usage: Tests/Fuzz/run.sh HARNESS [RUNS]
#
# HARNESS is a folder of Tests/Fuzz/ (or a path to one) holding:
#   *.swift   the harness: a `@_cdecl("LLVMFuzzerTestOneInput")` function;
#   modules   the project's source modules it imports, one per line, in
#             dependency order (each is compiled from Sources/NAME);
#   seeds     optional: seed inputs, one pattern per line, relative to the
#             repository: files to copy (globs), or Swift test files whose
#             string literals become inputs (markers like 1️⃣ removed);
#   make_seeds.py  optional: writes more seeds, called as
#             `make_seeds.py SEEDDIR ROOT` (the whole-project bundles).
# A single file Tests/Fuzz/NAME.swift works too; it names its modules on a
# line `// fuzz-modules: A B` and its seeds on `// fuzz-seeds: PATTERN ...`.
#
# Everything is built with `swiftc -sanitize=fuzzer,address` under
# .build/fuzz/HARNESS/, where the corpus is kept between runs. The run uses
# -timeout=1 (an input slower than a second is a failure), runs under `nice`,
# and ends with a summary: executions, corpus size, crashes and slow inputs
# (their reproducers are in .build/fuzz/HARNESS/artifacts/). Inputs are at
# most FUZZ_MAX_LEN bytes (16384 unless set). Not part of `swift test` or CI.
# The default is 100,000 runs; FUZZ_SECONDS=N in the environment also stops
# the run after N seconds, and FUZZ_TIMEOUT=N makes an input slower than N
# seconds the failure (1 unless set; raise it on a loaded machine, and run a
# slow input's reproducer alone before calling it slow).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
fuzz="$root/Tests/Fuzz"
harness="$1"
runs="${2:-100000}"
[[ -e "$harness" ]] || harness="$fuzz/$harness"
[[ -e "$harness" ]] || harness="$harness.swift"
if [[ ! -e "$harness" ]]; then
    echo "run.sh: no harness '$1' in $fuzz" >&2
    exit 66
fi
name="$(basename "$harness" .swift)"

if [[ -d "$harness" ]]; then
    sources=("$harness"/*.swift)
    mapfile -t modules < <(grep -v '^\s*\(#\|$\)' "$harness/modules")
    seeds=()
    [[ -f "$harness/seeds" ]] && mapfile -t seeds < <(grep -v '^\s*\(#\|$\)' "$harness/seeds")
else
    sources=("$harness")
    read -r -a modules <<< "$(sed -n 's|^// fuzz-modules:||p' "$harness")"
    read -r -a seeds <<< "$(sed -n 's|^// fuzz-seeds:||p' "$harness")"
fi

build="$root/.build/fuzz/$name"
mkdir -p "$build/modules" "$build/corpus" "$build/artifacts"
flags=(-swift-version 6 -sanitize=fuzzer,address -parse-as-library -O -g)

# The modules, each once its sources change (the linker's warnings about
# sanitizer symbols are noise).
objects=()
for module in "${modules[@]}"; do
    object="$build/modules/$module.o"
    mapfile -t files < <(find "$root/Sources/$module" -name '*.swift' | sort)
    if [[ ! -f "$object" ]] || [[ -n "$(find "$root/Sources/$module" -name '*.swift' -newer "$object")" ]] \
        || [[ ${#objects[@]} -gt 0 && -n "$(find "$build/modules" -name '*.o' -newer "$object")" ]]; then
        echo "building $module (${#files[@]} files)"
        swiftc "${flags[@]}" -wmo -module-name "$module" -I "$build/modules" \
            -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
            -c "${files[@]}" -o "$object" 2>&1 | grep -v 'Cannot export local symbol' || true
        [[ -f "$object" ]] || { echo "run.sh: $module did not build" >&2; exit 70; }
    fi
    objects+=("$object")
done
echo "building harness $name"
swiftc "${flags[@]}" -I "$build/modules" "${sources[@]}" "${objects[@]}" -o "$build/fuzz-$name" 2>&1 \
    | grep -v 'Cannot export local symbol' || true
[[ -x "$build/fuzz-$name" ]] || { echo "run.sh: the harness did not build" >&2; exit 70; }

# Seeds, made afresh each run.
rm -rf "$build/seeds"
mkdir -p "$build/seeds"
shopt -s nullglob
for pattern in "${seeds[@]}"; do
    for path in $root/$pattern; do
        if [[ "$path" == *.swift ]]; then
            python3 "$fuzz/extract_strings.py" "$build/seeds" "$path" > /dev/null
        else
            cp "$path" "$build/seeds/$(echo "$path" | sed "s|$root/||; s|/|_|g")"
        fi
    done
done
shopt -u nullglob
if [[ -d "$harness" && -f "$harness/make_seeds.py" ]]; then
    python3 "$harness/make_seeds.py" "$build/seeds" "$root"
fi
seedCount=$(find "$build/seeds" -type f | wc -l)
before=$(find "$build/artifacts" -type f | wc -l)

echo "running $name: $runs executions, $seedCount seeds, corpus in ${build#$root/}/corpus"
log="$build/last-run.log"
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" nice "$build/fuzz-$name" "$build/corpus" "$build/seeds" \
    -runs="$runs" ${FUZZ_SECONDS:+-max_total_time="$FUZZ_SECONDS"} -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=4096 \
    -max_len="${FUZZ_MAX_LEN:-16384}" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" > "$log" 2>&1 || status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
corpusFiles=$(find "$build/corpus" -type f | wc -l)
corpusBytes=$(du -sb "$build/corpus" | cut -f1)
after=$(find "$build/artifacts" -type f | wc -l)
echo "harness:    $name"
echo "executions: ${executions:-unknown}"
echo "corpus:     $corpusFiles inputs, $corpusBytes bytes in ${build#$root/}/corpus"
echo "libFuzzer:  $(grep -E '^#[0-9]+\s+DONE' "$log" | tail -1 | sed 's/^#[0-9]*[[:space:]]*DONE[[:space:]]*//')"
echo "failures:   $((after - before)) new reproducers (crashes, sanitizer reports, slow inputs); exit status $status"
if [[ $status -ne 0 || $after -gt $before ]]; then
    grep -E 'ERROR|Fatal error|ALARM|SUMMARY|Test unit written' "$log" | head -20
    echo "log: ${log#$root/}"
    exit 1
fi
