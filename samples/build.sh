#!/bin/sh
# Rebuilds every sample PDF and golden from samples/src. Needs, at rebuild time only: python3, chromium,
# LibreOffice (writer + impress), fonts-ipaexfont, fonts-noto-cjk, fonts-dejavu, poppler-utils and qpdf.
# The built PDFs are committed; neither the build nor the tests of irx run this.
set -eu
cd "$(dirname "$0")"
for s in fisco-cybertrust-2024 iij-fy24-results iij-1q25-results iij-1q25-tanshin-summary databook-3382-3q-fy2025 \
    databook-2874-fy2022-segments deck-6273-2q-fy2022; do
  echo "== $s"
  sh "src/$s/build.sh"
done
echo "== hostile"
sh src/hostile/build.sh   # built from iij-1q25-tanshin-summary.pdf, so it runs last
