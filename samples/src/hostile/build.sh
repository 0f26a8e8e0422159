#!/bin/sh
# Rebuilds samples/hostile/*.pdf from samples/iij-1q25-tanshin-summary.pdf.
# Needs python3, poppler-utils (pdftoppm, pdftotext, pdfinfo) and qpdf.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
samples=$(cd "$here/../.." && pwd)
src="$samples/iij-1q25-tanshin-summary.pdf"
out="$samples/hostile"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# page 1 alone, a small valid text PDF
qpdf --empty --pages "$src" 1 -- "$tmp/p1.pdf"

# image-only.pdf: page 1 rasterised (grey JPEG, 100 dpi) and wrapped back into a PDF, no text layer
pdftoppm -f 1 -l 1 -r 100 -gray -jpeg -jpegopt quality=60 -singlefile "$src" "$tmp/p1"
python3 "$here/jpeg2pdf.py" "$tmp/p1.jpg" "$out/image-only.pdf"

# encrypted-empty-password.pdf: AES-256, empty user password (opens without one), owner password set
qpdf --encrypt "" owner-secret 256 -- "$tmp/p1.pdf" "$out/encrypted-empty-password.pdf"

# encrypted-password.pdf: AES-256 with a real user password ("irx-user"), not readable without it
qpdf --encrypt irx-user owner-secret 256 -- "$tmp/p1.pdf" "$out/encrypted-password.pdf"

# truncated.pdf: the first half of the bytes of a valid PDF (no xref, no trailer, no %%EOF)
size=$(wc -c < "$tmp/p1.pdf")
head -c $((size / 2)) "$tmp/p1.pdf" > "$out/truncated.pdf"

# not-a-pdf.pdf: a PNG image with a .pdf name
pdftoppm -f 1 -l 1 -r 20 -gray -png -singlefile "$src" "$tmp/thumb"
cp "$tmp/thumb.png" "$out/not-a-pdf.pdf"

# sanity checks
test -z "$(pdftotext "$out/image-only.pdf" - | tr -d ' \n\f')"
pdftotext "$out/encrypted-empty-password.pdf" - | grep -q 3774
! pdftotext "$out/encrypted-password.pdf" - 2>/dev/null
pdftotext -upw irx-user "$out/encrypted-password.pdf" - | grep -q 3774
! pdfinfo "$out/truncated.pdf" >/dev/null 2>&1 || echo "note: pdfinfo still opens truncated.pdf (reconstructs)"
head -c 8 "$out/not-a-pdf.pdf" | od -c | head -1
ls -l "$out"/*.pdf
