#!/bin/sh
# Rebuilds ../../databook-3382-3q-fy2025.pdf and its golden from build.py's one data block.
# Needs python3, chromium, fonts-ipaexfont, poppler-utils (pdftotext, pdffonts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)
python3 "$here/build.py" "$here/databook.htm" "$out/databook-3382-3q-fy2025.expected.json"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
  --print-to-pdf="$out/databook-3382-3q-fy2025.pdf" "file://$here/databook.htm" 2>/dev/null
pdffonts "$out/databook-3382-3q-fy2025.pdf"
test "$(pdfinfo "$out/databook-3382-3q-fy2025.pdf" | awk '/^Pages:/{print $2}')" = 1
python3 "$here/verify.py" "$out/databook-3382-3q-fy2025.pdf" "$out/databook-3382-3q-fy2025.expected.json"
