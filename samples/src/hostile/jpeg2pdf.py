#!/usr/bin/env python3
"""Wraps one baseline JPEG into a one-page PDF with no text at all: a page whose only content is
an image XObject (DCTDecode). usage: jpeg2pdf.py IN.jpg OUT.pdf"""
import struct, sys

data = open(sys.argv[1], "rb").read()
i, w, h, comps = 2, None, None, None
while i < len(data):
    marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
    if marker in (0xC0, 0xC1, 0xC2):
        h, w = struct.unpack(">HH", data[i + 5:i + 9])
        comps = data[i + 9]
        break
    i += 2 + length
assert w and h, "no SOF marker"
cs = {1: "/DeviceGray", 3: "/DeviceRGB"}[comps]
pw, ph = 612, 792  # Letter, like the source page
content = f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q\n".encode()
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
    f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream",
    f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"endstream",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for n, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
for off in offsets:
    out += f"{off:010d} 00000 n \n".encode()
out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(sys.argv[2], "wb").write(out)
