#!/usr/bin/env bash
# The fixed split of polnear-train (issue 11), as corpus-split.sh makes it.
#   src/test/sh/polnear-split.sh [CORPUS [OUT]]   (defaults: ../shared/corpora/polnear-train beside the project, /tmp/pn)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
exec "$here/src/test/sh/corpus-split.sh" "${1:-$here/../shared/corpora/polnear-train}" "${2:-/tmp/pn}"
