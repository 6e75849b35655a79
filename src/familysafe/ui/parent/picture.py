"""Changing a child's picture: the same chooser as at setup (ui.setup.AvatarPicker), in a dialog of its
own opened from the Children tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from familysafe.core.models import Child
from familysafe.services.errors import StoreError
from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.parent.dialogs import fit_dialog
from familysafe.ui.setup import AvatarPicker
from familysafe.ui.widgets import button, label, scrolling


class PictureDialog(QDialog):
    """Choose a new picture for one child; nothing changes until "Use this picture"."""

    picture_changed = Signal(object)  # the child, saved with the new picture

    def __init__(self, svc: FamilyService, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.child = child
        title = self.tr("A new picture for %1").replace("%1", child.nickname)
        self.setWindowTitle(title)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.addWidget(label(title, "title"))
        lay.addWidget(label(self.tr("Choose with the mouse, or with the arrow keys and Space.")))
        self.picker = AvatarPicker()
        self.picker.set_value(child.avatar)
        lay.addWidget(self.picker)
        self.error = label("", "nudgeText")
        self.error.setVisible(False)
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.use = button(self.tr("Use this picture"), object_name="primary")
        self.use.clicked.connect(self.save)
        self.cancel = button(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        row.addWidget(self.use)
        row.addWidget(self.cancel)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner, title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_dialog(self, parent, 520)
        self.picker.chosen_button().setFocus()

    def save(self) -> None:
        """Save the chosen picture; on a problem, say so here and change nothing."""
        try:
            self.svc.set_avatar(self.child, self.picker.value())
        except (ValueError, StoreError) as e:
            self.error.setText(error_text(e))
            self.error.setVisible(True)
            return
        self.picture_changed.emit(self.child)
        self.accept()
