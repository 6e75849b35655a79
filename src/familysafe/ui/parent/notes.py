"""The Notes tab: the notes the grown-up wrote at the end of activities, to change or delete."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from familysafe.core.models import Note
from familysafe.ui.errors import error_text
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import CHILDREN, NOTES, PACKS, Tab, card, guarded, qdate
from familysafe.ui.widgets import button, flow, label


class NotesTab(Tab):
    """Each child's notes, editable."""

    shows = frozenset({CHILDREN, NOTES, PACKS})

    def build(self) -> QWidget:
        self.note_rows: list[tuple[Note, QPlainTextEdit, QWidget, QWidget]] = []
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            label(
                self.tr(
                    "The notes you wrote at the end of activities. Change or delete them here; they are part "
                    "of the export."
                ),
                "muted",
            )
        )
        locale = QLocale()
        for child in self.svc.children(include_archived=True):
            c, cl = card()
            cl.addWidget(label(child.nickname, "subtitle"))
            notes = self.svc.notes(child)
            if not notes:
                cl.addWidget(label(self.tr("No notes yet."), "muted"))
            for note in notes:
                when = locale.toString(qdate(note.created.date()), QLocale.FormatType.LongFormat)
                act = self.svc.library.activities.get(note.activity_id or "")
                about = self.tr("%1, after %2").replace("%1", when).replace("%2", act.title) if act else when
                cl.addWidget(label(about, "muted"))
                edit = QPlainTextEdit(note.text)
                edit.setAccessibleName(
                    self.tr("Note about %1 from %2").replace("%1", child.nickname).replace("%2", when)
                )
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(120)
                save = button(
                    self.tr("Save note"),
                    name=self.tr("Save the note about %1 from %2").replace("%1", child.nickname).replace("%2", when),
                )
                delete = button(
                    self.tr("Delete note"),
                    name=self.tr("Delete the note about %1 from %2").replace("%1", child.nickname).replace("%2", when),
                )
                save.clicked.connect(lambda _=False, n=note, e=edit: self.save_note(n, e.toPlainText()))
                delete.clicked.connect(lambda _=False, n=note: self.delete_note(n))
                self.note_rows.append((note, edit, save, delete))
                cl.addWidget(edit)
                cl.addWidget(flow(save, delete))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    @guarded
    def save_note(self, note: Note, text: str) -> None:
        """Save a changed note (an empty one is refused: delete it instead)."""
        try:
            self.svc.update_note(note, text)
        except ValueError as e:
            self.say(error_text(e), ok=False)
            return
        self.say(self.tr("The note is saved."))
        self.changed.emit(frozenset({NOTES}))

    @guarded
    def delete_note(self, note: Note) -> None:
        """Delete a note, after asking."""
        if not dialogs.confirm(
            self,
            self.tr("Delete this note?"),
            self.tr("Delete this note? This cannot be undone.\n\n%1").replace("%1", note.text[:300]),
            self.tr("Delete the note"),
            self.tr("Keep it"),
        ):
            return
        self.svc.delete_note(note)
        self.say(self.tr("The note was deleted."))
        self.changed.emit(frozenset({NOTES}))
