#!/usr/bin/env bash
# Draws the precision sample of docs/QUALITY.md ("Precision of graph entities on polnear-train"):
#   src/test/sh/precision-sample.sh [CORPUS [SEED [ARTICLES [COUNT [KIND]]]]]
# defaults: ../shared/corpora/polnear-train, seed 11, 60 articles, 200 entities; ARTICLES 0 takes every file;
# KIND: entities (default), amounts, relations, events or stances.
# Needs the jar and the test classes: ./mvnw -o -DskipTests package test-compile
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
corpus="${1:-$here/../shared/corpora/polnear-train}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "$here/target/newsgraph.jar:$here/target/test-classes" org.w3id.newsgraph.eval.PrecisionSample \
  "$corpus" "${2:-11}" "${3:-60}" "${4:-200}" "${5:-entities}"
