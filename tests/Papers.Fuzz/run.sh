#!/usr/bin/env bash
# Bounded random fuzzing of the digest parser and the query parser. Usage: tests/Papers.Fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tests/Papers.Fuzz -- "${1:-300}" samples/Papers.Sample/digests/trending-mar11.txt "${TMPDIR:-/tmp}/papers-fuzz"
