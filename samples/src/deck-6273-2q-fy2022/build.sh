#!/bin/sh
# Rebuilds ../../deck-6273-2q-fy2022.pdf and its golden from build.py's one data block.
# Needs python3, chromium, fonts-ipaexfont, poppler-utils (pdftotext, pdffonts, pdfinfo).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)
name=deck-6273-2q-fy2022
python3 "$here/build.py" "$here/deck.htm" "$out/$name.expected.json"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
  --print-to-pdf="$out/$name.pdf" "file://$here/deck.htm" 2>/dev/null
pdffonts "$out/$name.pdf"
test "$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/{print $2}')" = 5
python3 "$here/verify.py" "$out/$name.pdf" "$out/$name.expected.json"
