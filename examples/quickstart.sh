#!/usr/bin/env bash
# The main job on a fresh machine: build whosaid, ingest the bundled example articles
# into the default store (./whosaid.db), ask which officials made statements about Iran,
# and write a relationship diagram (whosaid.svg when Graphviz is there, whosaid.dot always).
set -euo pipefail
cd "$(dirname "$0")/.."

# Graphviz renders the SVG; install it when missing and we are allowed to.
if ! command -v dot >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing Graphviz (apt-get install graphviz)..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null) \
      || echo "could not install Graphviz; the diagram will be DOT only" >&2
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    echo "installing Graphviz (sudo apt-get install graphviz)..." >&2
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null) \
      || echo "could not install Graphviz; the diagram will be DOT only" >&2
  fi
fi

cargo build --release --quiet --bin whosaid
whosaid=target/release/whosaid

"$whosaid" ingest examples/articles
echo
"$whosaid" who-said --about Iran --officials
echo
"$whosaid" graph -o whosaid.dot
if command -v dot >/dev/null 2>&1; then
  "$whosaid" graph --format svg -o whosaid.svg
else
  echo "Graphviz's dot is not installed: wrote whosaid.dot only (render it with: dot -Tsvg whosaid.dot -o whosaid.svg)" >&2
fi
