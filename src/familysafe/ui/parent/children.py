"""The Children tab: rename, move up or back an age group (ui.parent.growing), archive or bring back,
and add a child."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from familysafe.core.models import AGE_BANDS, Child
from familysafe.ui.errors import error_text
from familysafe.ui.parent.common import CHILDREN, UNLOCKS, Tab
from familysafe.ui.parent.growing import MoveBandDialog, history_line, move_button
from familysafe.ui.parent.picture import PictureDialog
from familysafe.ui.setup import AvatarPicker
from familysafe.ui.widgets import Card, Picture, button, flow, label


class ChildrenTab(Tab):
    """The family's children."""

    shows = frozenset({CHILDREN})
    children_changed = Signal()
    move_dialog: MoveBandDialog | None = None  # the move dialog last opened from this tab

    def build(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children(include_archived=True):
            c = Card()
            cl = QVBoxLayout(c)
            cl.setContentsMargins(18, 10, 18, 10)
            name = QLineEdit(child.nickname)
            name.setMaxLength(30)
            name.setAccessibleName(self.tr("Nickname of %1").replace("%1", child.nickname))
            band = move_button(self, self.svc, child, self._moved)
            save = button(self.tr("Save"), name=self.tr("Save %1").replace("%1", child.nickname))
            save.clicked.connect(lambda _=False, ch=child, n=name: self._save_child(ch, n.text(), ch.age_band))
            arch = button(
                self.tr("Bring back") if child.archived else self.tr("Archive"),
                name=(self.tr("Bring back %1") if child.archived else self.tr("Archive %1")).replace(
                    "%1", child.nickname
                ),
            )
            arch.clicked.connect(lambda _=False, ch=child: self._archive(ch))
            cl.addWidget(flow(name, band, save, arch))
            cl.addWidget(label(history_line(self.svc, child), "muted"))
            cl.addWidget(self._picture_row(child))
            lay.addWidget(c)
        lay.addWidget(label(self.tr("Add a child"), "subtitle"))
        self.new_nick = QLineEdit()
        self.new_nick.setAccessibleName(self.tr("New child's nickname"))
        self.new_nick.setPlaceholderText(self.tr("Nickname"))
        self.new_band = QComboBox()
        self.new_band.setAccessibleName(self.tr("New child's age group"))
        for b in AGE_BANDS:
            self.new_band.addItem(self.tr("Ages %1").replace("%1", b), b)
        self.new_avatar = AvatarPicker()
        add = button(self.tr("Add this child"), object_name="primary")
        add.clicked.connect(self._add_child)
        self.child_error = label("", "nudgeText")
        for x in (self.new_nick, self.new_band, self.new_avatar, add, self.child_error):
            lay.addWidget(x)
        lay.addWidget(label(self.tr("To erase a child and everything about them, use the Your data tab."), "muted"))
        lay.addStretch(1)
        return w

    def _save_child(self, child: Child, nickname: str, band: str) -> None:
        if not nickname.strip():
            return
        changed = replace(child, nickname=nickname, age_band=band)  # type: ignore[arg-type]
        try:
            self.svc.update_child(changed)
        except ValueError as e:  # the nickname rules live in the service; nothing was saved
            self.child_error.setText(error_text(e))
            return
        self.child_error.setText("")
        child.nickname, child.age_band = changed.nickname, changed.age_band
        self.children_changed.emit()

    def _moved(self, child: Child) -> None:
        self.say(
            self.tr("%1 is in ages %2 now; everything done before stays in the history.")
            .replace("%1", child.nickname)
            .replace("%2", child.age_band)
        )
        self.children_changed.emit()
        self.changed.emit(frozenset({CHILDREN, UNLOCKS}))

    def _archive(self, child: Child) -> None:
        child.archived = not child.archived
        self.svc.update_child(child)
        self.children_changed.emit()
        self.changed.emit(frozenset({CHILDREN}))

    def _add_child(self) -> None:
        try:
            self.svc.add_child(self.new_nick.text(), self.new_band.currentData(), self.new_avatar.value())
        except ValueError as e:
            self.child_error.setText(error_text(e))
            return
        self.children_changed.emit()
        self.changed.emit(frozenset({CHILDREN}))

    # ------------------------------------------------------------ a child's picture (ui/parent/picture.py)

    def _picture_row(self, child: Child) -> QWidget:
        """The child's picture, and a button that opens the chooser to change it."""
        pic = Picture("avatars", child.avatar, 40)
        pic.setAccessibleName(self.tr("Picture of %1").replace("%1", child.nickname))
        change = button(
            self.tr("Change the picture…"), name=self.tr("Change the picture of %1").replace("%1", child.nickname)
        )
        change.clicked.connect(lambda _=False, ch=child: self.change_picture(ch))
        return flow(pic, change)

    def change_picture(self, child: Child) -> PictureDialog:
        """Open the picture chooser for `child` (window-modal; returns it, for the tests)."""
        dialog = PictureDialog(self.svc, child, self)
        dialog.picture_changed.connect(self._picture_changed)
        self.picture_dialog = dialog
        dialog.open()
        return dialog

    def _picture_changed(self, child: Child) -> None:
        self.say(self.tr("%1 has a new picture.").replace("%1", child.nickname))
        self.children_changed.emit()
        self.changed.emit(frozenset({CHILDREN}))
