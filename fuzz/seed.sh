#!/usr/bin/env bash
# Builds the seed corpora fuzz/corpus/<target>/ from the repository's own
# files (articles, numeral phrases, the sample review file and mutated copies
# of it). Safe to re-run: it only adds files. Needs bash, awk and jq.
set -euo pipefail

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$fuzz_dir")"
corpus="$fuzz_dir/corpus"
mkdir -p "$corpus/extract" "$corpus/numbers" "$corpus/review"

# Articles: whole texts for the extractor and the number parser.
for file in "$repo"/benches/corpus/id/*.txt "$repo"/benches/corpus/en/*.txt \
    "$repo"/tests/fixtures/seed/*.txt "$repo"/claims/*.txt; do
    name="$(basename "$(dirname "$file")")-$(basename "$file")"
    cp "$file" "$corpus/extract/$name"
    cp "$file" "$corpus/numbers/$name"
done

# Numeral phrases: first column of each TSV (header skipped), one per file,
# so libFuzzer starts from small inputs that reach every number grammar.
for tsv in "$repo"/tests/fixtures/numerals/*.tsv; do
    stem="$(basename "$tsv" .tsv)"
    awk -F'\t' -v dir="$corpus/numbers" -v stem="$stem" '
        NR > 1 && $1 != "" {
            out = sprintf("%s/%s-%04d.txt", dir, stem, NR - 1)
            printf "%s", $1 > out
            close(out)
        }' "$tsv"
done
# A few phrases as one-line articles for the extractor too.
for tsv in "$repo"/tests/fixtures/numerals/duckling-id.tsv "$repo"/tests/fixtures/numerals/duckling-en.tsv; do
    stem="$(basename "$tsv" .tsv)"
    awk -F'\t' -v dir="$corpus/extract" -v stem="$stem" '
        NR > 1 && NR % 10 == 0 && $1 != "" {
            out = sprintf("%s/%s-%04d.txt", dir, stem, NR - 1)
            printf "Menteri itu mengatakan ada %s korban.", $1 > out
            close(out)
        }' "$tsv"
done

# Review files: the sample, a one-claim copy, and copies mutated towards
# every branch of the loader (reviewed, merged, orphaned, bad offsets,
# duplicate ids, wrong version, BOM, truncated, not a review file).
sample="$repo/claims/kerry-london-coalition.json"
out="$corpus/review"
cp "$sample" "$out/sample.json"
jq '.claims |= .[:1]' "$sample" > "$out/one-claim.json"
jq '.claims |= .[:2] | .claims[0] += {
      verdict: {value: "accurate", reviewer: "ana", at: "2024-05-01T10:00:00+07:00"},
      note: "Cek data BPS.", sources: [{reference: "https://example.org/bps", archived: "https://web.archive.org/x", description: "tabel 3"}],
      summary: "Kerry: 50% pemimpin ISIS tewas", rewording: "ISIS lost half its leaders",
      history: [{at: "2024-05-01T10:00:00+07:00", reviewer: "ana", action: "marked", verdict: "accurate", note: "ok", sources: [{reference: "x"}], detail: "d"}]}
    | .claims[1] += {origin: "manual", status: "dismissed", conflict: true,
      reviews: [{reviewer: "ana", value: "inaccurate", at: "2024-05-02T01:02:03Z", note: "n"}, {reviewer: "budi", value: null}]}' \
    "$sample" > "$out/reviewed.json"
jq '.claims |= .[:1] | .claims[0].status = "orphaned" | .claims[0].start = 999999 | .claims[0].end = 1000000' "$sample" > "$out/orphaned.json"
jq '.claims |= .[:1] | .claims[0].start += 1' "$sample" > "$out/shifted-start.json"
jq '.claims |= .[:1] | .claims[0].end = .claims[0].start - 1' "$sample" > "$out/end-before-start.json"
jq '.claims |= .[:2] | .claims[1].id = .claims[0].id' "$sample" > "$out/duplicate-id.json"
jq '.schema_version = 2' "$sample" > "$out/version-2.json"
jq '.claims |= .[:1] | .article.title = "Judul" | .article.url = "https://example.org/a"' "$sample" > "$out/with-title.json"
jq '.claims |= .[:1] | .claims[0].quantities[0].start = 3' "$sample" > "$out/bad-quantity.json"
printf '\xEF\xBB\xBF' | cat - "$out/one-claim.json" > "$out/bom.json"
head -c 700 "$out/one-claim.json" > "$out/truncated.json"
printf '{"schema_version": 1, "claims": {}}' > "$out/not-a-review.json"
printf '[1, 2, 3]' > "$out/array.json"

for target in extract numbers review; do
    echo "$target: $(find "$corpus/$target" -type f | wc -l) seed files"
done
