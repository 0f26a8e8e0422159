#!/bin/sh
# Rebuilds samples/fisco-iij-2025.pdf and samples/fisco-iij-2025.expected.json.
# Needs: python3, chromium, fonts-ipaexfont, fonts-dejavu (and poppler-utils for check.py).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$HERE/out}
mkdir -p "$OUT"
cd "$HERE"
python3 build.py "$OUT"
CHROME="chromium --headless --no-sandbox --disable-gpu --disable-background-networking"
# layout check: every page body must fit its fixed-size section
$CHROME --dump-dom "file://$OUT/report.html" 2>/dev/null > "$OUT/dom.html"
if grep -q 'data-overflow="[0-9]' "$OUT/dom.html"; then
  echo "overflowing pages:" >&2
  python3 - "$OUT/dom.html" <<'PY' >&2
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r'id="p(\d+)"', html):
    nxt = html.find('<section', m.end())
    seg = html[m.end(): nxt if nxt > 0 else len(html)]
    o = re.search(r'data-overflow="(\d+)"', seg)
    if o: print("  page", m.group(1), "overflows by", o.group(1), "px")
PY
  exit 1
fi
$CHROME --no-pdf-header-footer --print-to-pdf="$OUT/report.pdf" "file://$OUT/report.html" 2>/dev/null
cp "$OUT/report.pdf" "$HERE/../../fisco-iij-2025.pdf"
python3 check.py "$HERE/../../fisco-iij-2025.pdf" "$OUT/occurrences.json" "$HERE/../../fisco-iij-2025.expected.json"
