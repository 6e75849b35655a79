"""Render assets/icons/familysafe.svg into the app icons: PNGs, a Windows .ico and a macOS .icns.

Run it after the SVG changes, then commit packaging/icons/:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Only Qt (already a dependency) draws; the .ico and .icns containers are written with `struct`.
Both hold PNG-compressed images, which Windows (Vista and later) and macOS (10.7 and later) read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "assets" / "icons" / "familysafe.svg"
OUT = ROOT / "packaging" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types that hold PNG data, with their pixel size (the @2x ones reuse a bigger render).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
    (b"ic11", 32),  # 16x16@2x
    (b"ic12", 64),  # 32x32@2x
    (b"ic13", 256),  # 128x128@2x
    (b"ic14", 512),  # 256x256@2x
)


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """Render the SVG, centred and square, as PNG bytes for each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication (not QGuiApplication), so widget code in the same process (pytest-qt) still works.
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg}: not a valid SVG")
    box = renderer.viewBoxF()
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        scale = size / max(box.width(), box.height())
        w, h = box.width() * scale, box.height() * scale
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF((size - w) / 2, (size - h) / 2, w, h))
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"make_icons: could not encode the {size}px PNG")
        buf.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the 8-bit field
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes], types: tuple[tuple[bytes, int], ...] = ICNS_TYPES) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length incl. 8-byte header, PNG) per element."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """Parse an .ico into (size, image bytes) pairs; raises ValueError on a malformed file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an icon file")
    out = []
    for i in range(count):
        w, _h, _colors, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        if offset + length > len(data):
            raise ValueError(f"entry {i} runs past the end of the file")
        out.append((w or 256, data[offset : offset + length]))
    return out


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """Parse an .icns into (type, element bytes) pairs; raises ValueError on a malformed file."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file, or its length is wrong")
    out, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        if length < 8 or pos + length > len(data):
            raise ValueError(f"element {kind!r} has a bad length")
        out.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return out


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    w, h = struct.unpack_from(">II", png, 16)
    return int(w), int(h)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--svg", type=Path, default=SVG)
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    if not args.svg.is_file():
        print(f"make_icons: {args.svg}: no such file", file=sys.stderr)
        return 1
    pngs = render_pngs(args.svg)
    args.out.mkdir(parents=True, exist_ok=True)
    for size, png in pngs.items():
        (args.out / f"familysafe-{size}.png").write_bytes(png)
    (args.out / "familysafe.ico").write_bytes(ico_bytes(pngs))
    (args.out / "familysafe.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, familysafe.ico and familysafe.icns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
