"""Issue 13, item 1: the Help page's child text and the contact descriptions are translated too.

The texts live in assets/help/*.yaml; ui/help_texts.py lists them for lupdate (context "HelpData"),
and the Help page shows each through the translator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QWidget

from familysafe.core.help import load_child_help, load_contacts
from familysafe.resources import asset
from familysafe.ui.help_texts import CONTEXT, TEXTS

REPO = Path(__file__).resolve().parents[2]
QM = REPO / "assets" / "translations" / "familysafe_es.qm"


def help_file_texts() -> list[str]:
    ch = yaml.safe_load(asset("help", "child-help.yaml").read_text(encoding="utf-8"))
    co = yaml.safe_load(asset("help", "contacts.yaml").read_text(encoding="utf-8"))
    out = [t for b in ch["bands"].values() for t in (b["title"], *b["steps"])]
    out += [ch["grown_up"]["title"], *ch["grown_up"]["steps"]]
    for country in co["countries"].values():
        out.append(country["name"])
        for c in country["contacts"]:
            out += [t for t in (c["name"], c["what"], c.get("text"), c.get("hours")) if t]
    return out


def test_every_help_text_is_listed_for_translation() -> None:
    missing = [t for t in help_file_texts() if t not in TEXTS]
    assert not missing, "add these to src/familysafe/ui/help_texts.py, run scripts/i18n.sh update, translate:\n" + (
        "\n".join(missing)
    )


@pytest.fixture
def spanish(qapp: Any) -> Any:
    if not QM.is_file():
        pytest.skip("familysafe_es.qm is not built (run scripts/i18n.sh build)")
    t = QTranslator()
    assert t.load(str(QM))
    QCoreApplication.installTranslator(t)
    yield t
    QCoreApplication.removeTranslator(t)


def test_the_child_text_and_descriptions_have_spanish(spanish: Any) -> None:
    # Names of organisations stay as they are; every sentence is translated.
    untranslated = [
        t for t in TEXTS if " " in t.strip(".") and t.endswith(".") and QCoreApplication.translate(CONTEXT, t) == t
    ]
    assert untranslated == []
    assert QCoreApplication.translate(CONTEXT, "It is never too late to tell.") == "Nunca es tarde para contarlo."


def test_the_help_page_shows_spanish(qtbot: Any, spanish: Any) -> None:
    from familysafe.ui.pages import HelpScreen

    page = HelpScreen()
    qtbot.addWidget(page)
    page.show_help(
        load_child_help(asset("help", "child-help.yaml")), load_contacts(asset("help", "contacts.yaml")), "US", "8-10"
    )
    page.show()
    shown = "\n".join(
        w.text() if isinstance(w, QLabel) else getattr(w, "plain", "")
        for w in page.findChildren(QWidget)
        if isinstance(w, QLabel) or hasattr(w, "plain")
    )
    assert "Si algo en internet te preocupa" in shown
    assert "Nunca es tarde para contarlo. También puedes llamar a una línea de ayuda para jóvenes." in shown
    assert "Childhelp National Child Abuse Hotline" in shown  # a name stays a name
    assert "Es una línea de apoyo, no un lugar para denunciar un delito" in shown
    assert "Estados Unidos" in shown
    assert "Mensaje de texto al 1-800-422-4453" in shown
