"""The parent area's modal questions, in one place so tests can replace them
(`monkeypatch.setattr(familysafe.ui.parent.dialogs, "confirm", ...)`); the tabs call them through
this module, never by a name imported into their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


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
