#!/usr/bin/env bash
# Peak memory and batch scaling of `factdesk extract` (issue 6).
#
#   scripts/measure-memory.sh [INPUTS_DIR]      (default: target/bench-inputs)
#
# 1. Writes the benchmark inputs deterministically (examples/gen_inputs.rs):
#    a 20 MB Indonesian article and a folder of 2,000 articles.
# 2. Builds the release binary.
# 3. `factdesk extract` of the 20 MB article under `/usr/bin/time -v`: peak
#    resident size against the target, at most 4x the article plus 2 KB per
#    claim (the claim count read from the review file it wrote).
# 4. Batch extraction of the 2,000-article folder with -j1 and -j2: wall
#    time, CPU time and peak resident size; the speed-up is wall(-j1) /
#    wall(-j2).
#
# Every run works on a fresh copy of the inputs (extraction merges with an
# existing review file, which would change what is measured); the batch
# copies are all made before the first timed run. RUNS (default
# 3) runs of each; the median is reported. Honors CARGO_TARGET_DIR.
#
#   FACTDESK_BIN=path   measure this binary instead of building one (to
#                       compare an older build against the current one)
#   ONLY=memory|batch   run only the one-article or only the batch part
#   SEED_REVIEWS=1      batch part: extract the folder once before the timed
#                       runs, so every timed run replaces existing review
#                       files (with backups) instead of writing new ones
#   BATCH_DIR=dir       batch part: put the run copies there (/dev/shm:
#                       tmpfs, to tell the program's scaling from the disk's)
#   SETTLE=seconds      batch part: pause after copying, before timing (5)
set -euo pipefail

cd "$(dirname "$0")/.."
inputs=${1:-target/bench-inputs}
runs=${RUNS:-3}
only=${ONLY:-}
target_dir=${CARGO_TARGET_DIR:-target}
bin=${FACTDESK_BIN:-"$target_dir/release/factdesk"}
case $only in
    "" | memory | batch) ;;
    *)
        echo "error: ONLY must be memory or batch, not $only" >&2
        exit 2
        ;;
esac

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time (GNU time) is needed for peak memory: apt-get install time" >&2
    exit 2
fi
if ! command -v jq >/dev/null; then
    echo "error: jq is needed to count the claims in the review file: apt-get install jq" >&2
    exit 2
fi

cargo run --quiet --release --example gen_inputs -- "$inputs"
if [[ -z ${FACTDESK_BIN:-} ]]; then
    cargo build --quiet --release --bin factdesk
fi
echo "binary: $bin"

work=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-measure.XXXXXX")
trap 'rm -rf "$work"' EXIT
export FACTDESK_REVIEWER="Measure Script"
export FACTDESK_DATA_DIR="$work/data"

# Runs `factdesk ARGS` under /usr/bin/time -v; prints "wall_s user_s sys_s max_rss_kb".
timed() {
    local log="$work/time.log"
    if ! /usr/bin/time -v -o "$log" "$bin" "$@" >"$work/stdout.log" 2>"$work/stderr.log"; then
        echo "error: factdesk $* failed:" >&2
        cat "$work/stderr.log" >&2
        exit 1
    fi
    awk -F': ' '
        /Elapsed \(wall clock\)/ {
            n = split($2, p, ":"); wall = 0
            for (i = 1; i <= n; i++) wall = wall * 60 + p[i]
        }
        /User time \(seconds\)/ { user = $2 }
        /System time \(seconds\)/ { sys = $2 }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%.2f %.2f %.2f %d\n", wall, user, sys, rss }
    ' "$log"
}

# Median of the numbers on stdin.
median() {
    sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- one 20 MB article --------------------------------------------------
if [[ $only != batch ]]; then
article_bytes=$(stat -c %s "$inputs/article-20mb.txt")
: >"$work/single.txt"
for _ in $(seq "$runs"); do
    rm -rf "$work/single" && mkdir -p "$work/single"
    cp "$inputs/article-20mb.txt" "$work/single/article.txt"
    timed extract "$work/single/article.txt" >>"$work/single.txt"
done
claims=$(jq '.claims | length' "$work/single/article.json")
rss_kb=$(awk '{ print $4 }' "$work/single.txt" | median)
wall=$(awk '{ print $1 }' "$work/single.txt" | median)
limit_kb=$(((4 * article_bytes + 2048 * claims) / 1024))
verdict=$([[ $rss_kb -le $limit_kb ]] && echo met || echo MISSED)
echo "extract of one article: $article_bytes bytes, $claims claims"
echo "  peak RSS (median of $runs): $rss_kb KB"
echo "  target: 4 x $article_bytes + 2048 x $claims bytes = $limit_kb KB -> $verdict"
echo "  wall time (median): ${wall} s; whole-command throughput $(awk -v b="$article_bytes" -v w="$wall" 'BEGIN { printf "%.1f", b / 1e6 / w }') MB/s"
echo "  every run's figures (wall user sys rss_kb):"
sed "s/^/    /" "$work/single.txt"
echo
fi
[[ $only == memory ]] && exit 0

# --- 2,000 articles, one and two workers --------------------------------
files=$(find "$inputs/batch" -name '*.txt' | wc -l)
batch_bytes=$(cat "$inputs"/batch/*.txt | wc -c)
for jobs in 1 2; do
    : >"$work/batch-j$jobs.txt"
done
# BATCH_DIR: where the batch copies go (default: beside the other work
# files). BATCH_DIR=/dev/shm measures on tmpfs, without the disk.
batch_work=$(mktemp -d "${BATCH_DIR:-$work}/factdesk-batch.XXXXXX")
trap 'rm -rf "$work" "$batch_work"' EXIT
# Every run gets its own copy, all made before the first timed run and
# deleted only at the end: deleting a folder of thousands of files just
# before a run makes ext4 skip its recently freed inodes when the run
# creates files, and that search (kernel time in `recently_deleted`,
# measured up to 0.45 ms per file on this 87% full disk) was being charged
# to the batch.
if [[ ${SEED_REVIEWS:-} == 1 ]]; then
    # Built once, copied per run: every timed run then replaces existing
    # review files (and keeps backups of them).
    cp -r "$inputs/batch" "$work/seeded"
    "$bin" extract -j 2 "$work/seeded" >/dev/null
    find "$work/seeded" -name '*.bak' -delete
    source_folder=$work/seeded
else
    source_folder=$inputs/batch
fi
for run in $(seq "$runs"); do
    for jobs in 1 2; do
        cp -r "$source_folder" "$batch_work/run$run-j$jobs"
    done
done
sync
sleep "${SETTLE:-5}"
for run in $(seq "$runs"); do
    for jobs in 1 2; do
        timed extract -j "$jobs" "$batch_work/run$run-j$jobs" >>"$work/batch-j$jobs.txt"
    done
done
last=$batch_work/run$runs-j2
reviews=$(find "$last" -name '*.json' | wc -l)
backups=$(find "$last" -name '*.bak' | wc -l)
echo "batch extract of $files articles ($batch_bytes bytes, in $(df --output=fstype "$batch_work" | tail -1) at $batch_work; $reviews review files written, $backups backups)$([[ ${SEED_REVIEWS:-} == 1 ]] && echo ", replacing existing review files")"
for jobs in 1 2; do
    wall=$(awk '{ print $1 }' "$work/batch-j$jobs.txt" | median)
    cpu=$(awk '{ print $2 + $3 }' "$work/batch-j$jobs.txt" | median)
    rss=$(awk '{ print $4 }' "$work/batch-j$jobs.txt" | median)
    echo "  -j$jobs: wall ${wall} s (median of $runs), CPU ${cpu} s, peak RSS $rss KB"
    eval "wall_j$jobs=$wall"
done
# shellcheck disable=SC2154 # set by the eval above
echo "  speed-up -j2 over -j1: $(awk -v a="$wall_j1" -v b="$wall_j2" 'BEGIN { printf "%.2fx", a / b }') (2.00x is linear on 2 cores)"
echo "  every run's figures (wall user sys rss_kb):"
for jobs in 1 2; do
    sed "s/^/    -j$jobs: /" "$work/batch-j$jobs.txt"
done
