#!/bin/sh
# Rebuilds ../../iij-1q25-tanshin-summary.pdf and its golden from build.py's one data block.
# Needs python3, chromium, fonts-ipaexfont, poppler-utils (pdftotext, pdffonts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)
python3 "$here/build.py" "$here/tanshin.htm" "$out/iij-1q25-tanshin-summary.expected.json"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
  --print-to-pdf="$out/iij-1q25-tanshin-summary.pdf" "file://$here/tanshin.htm" 2>/dev/null
pdffonts "$out/iij-1q25-tanshin-summary.pdf"
test "$(pdfinfo "$out/iij-1q25-tanshin-summary.pdf" | awk '/^Pages:/{print $2}')" = 2
python3 "$here/verify.py" "$out/iij-1q25-tanshin-summary.pdf" "$out/iij-1q25-tanshin-summary.expected.json"
