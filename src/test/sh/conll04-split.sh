#!/usr/bin/env bash
# The fixed split of conll04-train (issue 11, posts and memberships): file NAMES only, no corpus text is copied.
# A pseudo-article NAME (NAME.txt, NAME.gold.json, as ../shared/tools/conll04gold.py writes them) is in the
# development part when the first two hex digits of sha256("NAME.txt") are below b3 (179/256 = 70%), else in the
# held-out part. Rules are written against the development part only; the held-out part is read by `evaluate`
# totals, never case by case.
#   src/test/sh/conll04-split.sh [CORPUS [OUT]]   makes OUT/dev and OUT/heldout, folders of symlinks
#   (defaults: ../shared/corpora/conll04-train beside the project, /tmp/c04)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
corpus="$(cd "${1:-$here/../shared/corpora/conll04-train}" && pwd)"
out="${2:-/tmp/c04}"
rm -rf "$out/dev" "$out/heldout"
mkdir -p "$out/dev" "$out/heldout"
for f in "$corpus"/*.txt; do
  name="$(basename "$f" .txt)"
  h="$(printf '%s' "$name.txt" | sha256sum | cut -c1-2)"
  if [ $((16#$h)) -lt 179 ]; then part=dev; else part=heldout; fi
  for ext in txt gold.json; do
    [ -e "$corpus/$name.$ext" ] && ln -s "$corpus/$name.$ext" "$out/$part/$name.$ext"
  done
done
echo "dev: $(ls "$out/dev" | grep -c '\.txt$') articles, heldout: $(ls "$out/heldout" | grep -c '\.txt$') articles (in $out)"
