#!/usr/bin/env bash
# The figures of docs/QUALITY.md "Totals" on one jar: every `evaluate` run the table quotes, each report in OUT.
#   src/test/sh/quality-totals.sh [JAR [OUT]]   (defaults: target/newsgraph.jar, /tmp/fin/totals)
# Makes the polnear-train and conll04-train splits (/tmp/fin/pn, /tmp/fin/c04) when they are not there yet.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
jar="${1:-$here/target/newsgraph.jar}"
out="${2:-/tmp/fin/totals}"
shared="$here/../shared"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$out"
[ -d /tmp/fin/pn/dev ] || "$here/src/test/sh/polnear-split.sh" "$shared/corpora/polnear-train" /tmp/fin/pn
[ -d /tmp/fin/c04/dev ] || "$here/src/test/sh/conll04-split.sh" "$shared/corpora/conll04-train" /tmp/fin/c04
run() {
  local name="$1"; shift
  (cd "$here" && "$java" -Xmx3g -Dnewsgraph.home="$here" -jar "$jar" evaluate "$@") > "$out/$name.txt" 2>&1
  echo "$name: $out/$name.txt"
}
run seeds
run devset src/test/resources/devset/dev src/test/resources/devset/heldout
run conll --conll "$shared/corpora/conll2003/valid.txt"
run c04dev /tmp/fin/c04/dev
run c04held /tmp/fin/c04/heldout
run pndev /tmp/fin/pn/dev
run pnheld /tmp/fin/pn/heldout
