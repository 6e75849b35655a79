"""The interface language: Qt Linguist translations (.qm) from assets/translations, and the locale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from familysafe.resources import asset

if TYPE_CHECKING:
    from familysafe.boot import Notice

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The computer's language if FamilySafe speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(app: QApplication, language: str) -> str:
    """Translate the interface into a language (falling back to English); return the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(language if language != "en" else QLocale.system().name()))
    if language == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(asset("translations", f"familysafe_{language}.qm"))):
        return "en"  # not built or missing: English, which every string is written in
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo  # here: an English start never needs Qt's own translations

    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def strand_name(strand: str) -> str:
    """A strand's name in the interface language (the translations live in the guides' context)."""
    from PySide6.QtCore import QCoreApplication

    from familysafe.core.content import STRANDS

    name = STRANDS.get(strand, strand)
    return QCoreApplication.translate("GuidesScreen", name)


def notice_text(notice: Notice) -> str:
    """A start-up notice (a code from the Qt-free bootstrap) in the interface language."""
    from PySide6.QtCore import QCoreApplication

    from familysafe.boot import fill

    words = {
        "content.fallback": QCoreApplication.translate(
            "App", "Some activities are not yet translated, so they are shown in English."
        ),
        "content.hidden": QCoreApplication.translate(
            "App", "%1 activity file(s) could not be read and are hidden. Reinstalling FamilySafe should fix this."
        ),
        "help.unreadable": QCoreApplication.translate("App", "The Help page could not be read (%1)."),
    }
    return fill(words.get(notice.code, notice.english()), notice.params)


def plural(text: str, n: int) -> str:
    """`text`, from tr("... %n thing(s) ...", "", n), in good English when no catalogue gave its forms:
    "(s)" becomes "" for one and "s" for any other number (a catalogue's forms are left as they are)."""
    return text.replace("(s)", "" if n == 1 else "s")
