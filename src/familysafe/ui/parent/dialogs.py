"""The parent area's modal questions, in one place so tests can replace them
(`monkeypatch.setattr(familysafe.ui.parent.dialogs, "confirm", ...)`); the tabs call them through
this module, never by a name imported into their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from familysafe.ui import folders


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder when it exists, else home (ui.folders)."""
    return folders.documents_dir()


def fit_dialog(dialog: QDialog, parent: QWidget | None, width: int) -> None:
    """Size a dialog to its contents, `width` wide (more at large text), and never larger than the window it belongs
    to (its contents scroll), so it fits a small screen at large text too."""
    from familysafe.ui.widgets import text_scale

    hint = dialog.sizeHint()
    want = QSize(max(round(width * text_scale()), hint.width()), hint.height())
    window = parent.window() if parent is not None else None
    if window is not None and window.isVisible():
        room = window.size() - QSize(40, 60)
        want = want.boundedTo(room)
    dialog.resize(want)


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before something that cannot be undone. "No" is the default and Escape; both are equally easy."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_btn = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_btn = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_btn.setAccessibleName(yes)
    no_btn.setAccessibleName(no)
    box.setDefaultButton(no_btn)
    box.setEscapeButton(no_btn)
    box.exec()
    return box.clickedButton() is yes_btn


def ask_secret(parent: QWidget, title: str, text: str) -> str | None:
    """Ask for the PIN (typed hidden); None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """Let the grown-up choose a printer; True when they pressed Print."""
    return bool(QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted)
