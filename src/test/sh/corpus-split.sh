#!/usr/bin/env bash
# The fixed split of a corpus folder into a development and a held-out part: file NAMES only, no corpus text is
# copied. An article NAME (NAME.txt and its NAME.* companions: .ann, .gold.json) is in the development part when
# the first two hex digits of sha256("NAME.txt") are below b3 (179/256 = 70%), else in the held-out part. Rules are
# written against the development part only; the held-out part is read by `evaluate` totals, never case by case.
#   src/test/sh/corpus-split.sh CORPUS OUT   makes OUT/dev and OUT/heldout, folders of symlinks
# polnear-split.sh and conll04-split.sh call it with their corpus and output folders as defaults.
set -euo pipefail
corpus="$(cd "$1" && pwd)"
out="$2"
rm -rf "$out/dev" "$out/heldout"
mkdir -p "$out/dev" "$out/heldout"
for f in "$corpus"/*.txt; do
  name="$(basename "$f" .txt)"
  h="$(printf '%s' "$name.txt" | sha256sum | cut -c1-2)"
  if [ $((16#$h)) -lt 179 ]; then part=dev; else part=heldout; fi
  for g in "$corpus/$name".*; do
    ln -s "$g" "$out/$part/$(basename "$g")"
  done
done
echo "dev: $(ls "$out/dev" | grep -c '\.txt$') articles, heldout: $(ls "$out/heldout" | grep -c '\.txt$') articles (in $out)"
