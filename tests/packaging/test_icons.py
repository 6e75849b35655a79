"""The committed app icons: well-formed containers, every size present, and drawn from today's SVG."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "packaging" / "icons"
sys.path.insert(0, str(REPO / "packaging"))

import make_icons  # noqa: E402


def test_pngs_at_every_size() -> None:
    for size in make_icons.PNG_SIZES:
        png = (ICONS / f"familysafe-{size}.png").read_bytes()
        assert make_icons.png_size(png) == (size, size)


def test_ico_holds_png_entries_16_to_256() -> None:
    entries = make_icons.read_ico((ICONS / "familysafe.ico").read_bytes())
    assert [size for size, _ in entries] == list(make_icons.ICO_SIZES)
    for size, png in entries:
        assert make_icons.png_size(png) == (size, size)


def test_icns_holds_png_elements_up_to_1024() -> None:
    elements = dict(make_icons.read_icns((ICONS / "familysafe.icns").read_bytes()))
    assert set(elements) == {kind for kind, _ in make_icons.ICNS_TYPES}
    for kind, size in make_icons.ICNS_TYPES:
        assert make_icons.png_size(elements[kind]) == (size, size), kind


def test_containers_round_trip() -> None:
    pngs = {s: (ICONS / f"familysafe-{s}.png").read_bytes() for s in make_icons.PNG_SIZES}
    assert make_icons.ico_bytes(pngs) == (ICONS / "familysafe.ico").read_bytes()
    assert make_icons.icns_bytes(pngs) == (ICONS / "familysafe.icns").read_bytes()


def test_qt_reads_the_containers() -> None:
    from PySide6.QtGui import QImageReader

    for name, count in (("familysafe.ico", len(make_icons.ICO_SIZES)), ("familysafe.icns", len(make_icons.ICNS_TYPES))):
        reader = QImageReader(str(ICONS / name))
        if not reader.canRead():
            pytest.skip(f"this Qt has no image plugin for {name}")
        assert reader.imageCount() == count


def test_icons_match_the_svg() -> None:
    """Fails when assets/icons/familysafe.svg changed and make_icons.py was not run again."""
    from PySide6.QtGui import QImage

    fresh = make_icons.render_pngs(make_icons.SVG, (64,))[64]
    a, b = QImage.fromData(fresh), QImage.fromData((ICONS / "familysafe-64.png").read_bytes())
    assert (a.width(), a.height()) == (b.width(), b.height())
    diff = sum(
        abs(a.pixelColor(x, y).red() - b.pixelColor(x, y).red())
        + abs(a.pixelColor(x, y).green() - b.pixelColor(x, y).green())
        + abs(a.pixelColor(x, y).blue() - b.pixelColor(x, y).blue())
        + abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha())
        for x in range(64)
        for y in range(64)
    ) / (64 * 64 * 4)
    assert diff < 2.0, "the icons are out of date: run `QT_QPA_PLATFORM=offscreen python packaging/make_icons.py`"
