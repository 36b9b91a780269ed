#!/usr/bin/env bash
# The fixed split of conll04-train (issues 11 and 14: posts, memberships, the relation classifier's training part),
# as corpus-split.sh makes it.
#   src/test/sh/conll04-split.sh [CORPUS [OUT]]   (defaults: ../shared/corpora/conll04-train beside the project, /tmp/c04)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
exec "$here/src/test/sh/corpus-split.sh" "${1:-$here/../shared/corpora/conll04-train}" "${2:-/tmp/c04}"
