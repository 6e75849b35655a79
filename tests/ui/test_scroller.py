"""The scroll area every screen sits in (ui/widgets.Scroller): the page takes the viewport's width and
its own height, following the viewport's resizes, without ever asking for `viewport()` (handing the
viewport to Python makes PySide6 load every class of QtWidgets, which start-up must not pay for)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from familysafe.ui.widgets import Scroller, scrolling


def _page(lines: int) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    for i in range(lines):
        lay.addWidget(QLabel(f"Line {i}"))
    return page


def test_the_page_follows_the_viewport_without_asking_for_it(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Scroller, "viewport", lambda self: asked.append("viewport"))
    area = scrolling(_page(3))
    qtbot.addWidget(area)
    area.resize(500, 400)
    area.show()
    qtbot.waitExposed(area)
    page = area.widget()
    room = area.viewport_size()
    qtbot.waitUntil(lambda: page.width() == area.viewport_size().width() and page.height() >= room.height())
    area.resize(300, 600)
    qtbot.waitUntil(lambda: area.viewport_size().width() < 320 and page.width() == area.viewport_size().width())
    assert page.height() >= area.viewport_size().height()
    assert asked == []


def test_a_tall_page_keeps_its_height_and_scrolls(qtbot: Any) -> None:
    area = scrolling(_page(80))
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    page = area.widget()
    qtbot.waitUntil(lambda: page.height() >= page.sizeHint().height() > area.viewport_size().height())
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert page.width() == area.viewport().width()  # asked here, after the fact, to check the size kept
