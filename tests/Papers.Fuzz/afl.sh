#!/usr/bin/env bash
# Coverage-guided fuzzing with afl-fuzz (Debian's afl++) through SharpFuzz: instruments a Release build of
# Papers.dll, runs each target for a bounded time from the committed corpus, prints what each run reached, and adds
# the new interesting inputs (at most 40 per target, each at most 4 KB) to tests/Papers.Fuzz/corpus/<target>/, which
# the tests replay. Crashes are left in $out/<target>/default/crashes for a test to be written from them.
# Usage: tests/Papers.Fuzz/afl.sh [seconds per target] [targets…]   (needs: apt-get install afl++)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-120}"
shift || true
targets=("${@:-digest query bibtex csljson tex}")
out="${TMPDIR:-/tmp}/papers-afl"
rm -rf "$out" && mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet build -c Release tests/Papers.Fuzz -o "$out/bin" -p:TreatWarningsAsErrors=false >/dev/null
dotnet sharpfuzz "$out/bin/Papers.dll" >/dev/null

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
for target in ${targets[*]}; do
  afl-fuzz -V "$seconds" -t 5000 -m none -i "tests/Papers.Fuzz/corpus/$target" -o "$out/$target" \
    -- dotnet "$out/bin/Papers.Fuzz.dll" afl "$target" >"$out/$target.log" 2>&1 || true
  stats="$out/$target/default/fuzzer_stats"
  if [[ ! -f "$stats" ]]; then
    echo "$target: afl-fuzz did not start (see $out/$target.log)"; tail -5 "$out/$target.log"; continue
  fi
  value() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
  added=0
  for file in $(ls -S -r "$out/$target/default/queue"/id:* 2>/dev/null); do
    [[ $added -lt 40 && $(stat -c %s "$file") -le 4096 ]] || continue
    name="afl-$(sha1sum "$file" | cut -c1-12)"
    if [[ ! -e "tests/Papers.Fuzz/corpus/$target/$name" ]]; then cp "$file" "tests/Papers.Fuzz/corpus/$target/$name"; added=$((added + 1)); fi
  done
  echo "$target: $(value execs_done) inputs in $(value run_time) s, $(value corpus_count) interesting, coverage $(value bitmap_cvg), $(value saved_crashes) crashes, $(value saved_hangs) hangs; $added added to the corpus"
done
