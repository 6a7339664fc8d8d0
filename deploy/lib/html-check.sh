#!/usr/bin/env bash
# Runs the W3C Nu HTML checker (the version pinned in src/test/html/pom.xml, from Maven Central) on every .html file
# of the folders given, prints each error and how many pages it read, and fails on any error. Warnings and notes are
# not counted. Usage: deploy/lib/html-check.sh FOLDER...
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
files=()
for dir in "$@"; do
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.html' -print0 | sort -z)
done
if [ ${#files[@]} -eq 0 ]; then
  echo "HTML check: no page found in $*"; exit 1
fi
cp=$(mktemp)
report=$(mktemp)
trap 'rm -f "$cp" "$report"' EXIT
if ! mvn -B -q -ntp -Dstyle.color=never -f "$ROOT/src/test/html/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$cp" >"$report" 2>&1; then
  cat "$report"; echo "HTML check: the checker could not be resolved from Maven Central"; exit 1
fi
# The checker exits 1 when it finds an error; the report says so too.
java -cp "$(cat "$cp")" nu.validator.client.SimpleCommandLineValidator --errors-only --skip-non-html --format gnu \
  "${files[@]}" >"$report" 2>&1 || true
errors=$(grep -c ': error: ' "$report" || true)
echo "HTML check (W3C Nu HTML checker): ${#files[@]} pages, $errors errors"
if [ "$errors" -gt 0 ]; then
  sed 's|"file:[^"]*/\([^/"]*\)"|\1|' "$report" | head -50
  exit 1
fi
