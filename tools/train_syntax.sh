#!/usr/bin/env bash
# Rebuilds the shipped syntax model, models/en_ewt.ngsyn, from the UD English
# EWT treebank in ../shared/data/ud-english-ewt (see models/README.md).
# Deterministic: the same treebank gives the same bytes; --check trains into a
# temporary file and compares it with the committed model instead.
#
#   tools/train_syntax.sh            # retrain and overwrite models/en_ewt.ngsyn
#   tools/train_syntax.sh --check    # retrain and compare (exit 1 if different)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
treebank="${TREEBANK:-$root/../shared/data/ud-english-ewt}"
if [ ! -f "$treebank/en_ewt-ud-train.conllu" ]; then
  echo "train_syntax: $treebank/en_ewt-ud-train.conllu not found (set TREEBANK=DIR)" >&2
  exit 1
fi
"$root/tools/build.sh" >/dev/null
commit="$(sed -n 's/^Commit: *//p' "$treebank/SOURCE.txt" 2>/dev/null | head -1)"
out="$root/models/en_ewt.ngsyn"
[ "${1:-}" = "--check" ] && out="$(mktemp)"
# The settings of the shipped model; models/README.md explains each.
"$root/build/newsgraph" train-syntax \
  --train "$treebank/en_ewt-ud-train.conllu" \
  --dev "$treebank/en_ewt-ud-dev.conllu" \
  --description "Trained by newsgraph train-syntax on Universal Dependencies English EWT (UD_English-EWT, https://github.com/UniversalDependencies/UD_English-EWT, commit ${commit:-unknown}), en_ewt-ud-train.conllu. Annotations (c) 2013-2021 The Board of Trustees of The Leland Stanford Junior University; licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). This model is a derived work under the same licence." \
  ${SYNTAX_TRAIN_FLAGS:-} \
  -o "$out"
sha256sum "$out"
if [ "${1:-}" = "--check" ]; then
  if cmp -s "$out" "$root/models/en_ewt.ngsyn"; then
    echo "train_syntax: identical to models/en_ewt.ngsyn"
    rm -f "$out"
  else
    echo "train_syntax: differs from models/en_ewt.ngsyn (new model in $out)" >&2
    exit 1
  fi
fi
