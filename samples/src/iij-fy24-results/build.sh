#!/bin/sh
# Rebuilds samples/iij-fy24-results.pdf and its golden. Needs python3, LibreOffice, fonts-noto-cjk, poppler-utils.
set -eu
cd "$(dirname "$0")"
python3 build.py                                   # deck.fodp + ../../iij-fy24-results.expected.json
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to pptx --outdir . deck.fodp >/dev/null
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to pdf --outdir "$tmp" deck.pptx >/dev/null
cp "$tmp/deck.pdf" ../../iij-fy24-results.pdf
python3 build.py ../../iij-fy24-results.pdf          # every golden figure is on its page
