"""Fixtures for the parent area's tests: a family that has done some activities, the parent area
widget, and test publisher keys."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from parent_helpers import finish

from familysafe.core.models import Family


@pytest.fixture(scope="session")
def library() -> Any:
    """The built-in content as the app shows it to an English-speaking family: one activity per unit and
    band (the app picks the family's language; loading every language would double each unit)."""
    from familysafe.boot import choose_language
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir

    return choose_language(load_library(content_dir(), check_reading=False), "en")[0]


@pytest.fixture
def family(svc: Any, clock: Any) -> dict[str, Any]:
    """The Rivers family: Kit (8-10) has finished unit 1 with a note; Ada (4-7) has done nothing."""
    svc.save_family(Family(name="Rivers", setup_step="done"))
    kit = svc.add_child("Kit", "8-10", "fox")
    ada = svc.add_child("Ada", "4-7", "owl")
    act = svc.activity(svc.overview(kit).todo[0])
    clock.advance(600)
    finish(svc, kit, act, note="Kit said she would tell me about strange messages.")
    return {"kit": kit, "ada": ada, "activity": act}


@pytest.fixture
def area(qtbot: Any, svc: Any, qapp: Any) -> Iterator[Any]:
    """The parent area, open (no PIN unless a test sets one); deleted afterwards, so widgets do not pile up
    and slow every later restyle."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from familysafe.ui import theme
    from familysafe.ui.parent import ParentArea

    theme.apply(qapp, "light", 1.0)
    w = ParentArea(svc)
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    yield w
    w.reminders.timer.stop()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def make_key() -> Callable[[], Any]:
    """Makes a fresh Ed25519 key pair (a test publisher)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], None]:
    """Make the app trust a test publisher's key (the shipped list is empty)."""
    from familysafe.services import packs

    def _trust(key: Any) -> None:
        raw = base64.b64decode(packs.public_key_text(key))
        monkeypatch.setattr(packs.trust, "trusted_keys", lambda: [packs.TrustedKey("Test School", raw)])

    return _trust
