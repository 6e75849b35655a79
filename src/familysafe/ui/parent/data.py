"""The Your data tab: export (JSON and CSV), backups (save one, go back to one) and erasing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QVBoxLayout, QWidget

from familysafe.services import data
from familysafe.services.data import ExportError
from familysafe.services.errors import StoreError
from familysafe.ui.errors import error_text
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import CHILDREN, EVERYTHING, Tab, card, guarded
from familysafe.ui.widgets import button, flow, label


def section(title: str, text: str, *controls: QWidget) -> QWidget:
    """A card: its title, a line on what it does, and its controls in a row that wraps."""
    c, cl = card()
    cl.addWidget(label(title, "subtitle"))
    cl.addWidget(label(text, "muted"))
    cl.addWidget(flow(*controls))
    return c


class DataTab(Tab):
    """The family's data as files."""

    shows = frozenset({CHILDREN})
    children_changed = Signal()
    # The family's data was replaced (restored from a backup, or erased).
    store_replaced = Signal()

    def build(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        children = self.svc.children(include_archived=True)

        self.export_who = QComboBox()
        self.export_who.setAccessibleName(self.tr("What to export"))
        self.export_who.addItem(self.tr("Everything"), None)
        for ch in children:
            self.export_who.addItem(self.tr("Only %1").replace("%1", ch.nickname), ch.id)
        self.export_btn = button(self.tr("Export…"), name=self.tr("Export as JSON and CSV"))
        self.export_btn.clicked.connect(self.export_data)
        lay.addWidget(
            section(
                self.tr("Export"),
                self.tr(
                    "Everything FamilySafe keeps, as one JSON file and one CSV file per kind of record, in a new "
                    "folder inside the folder you choose."
                ),
                self.export_who,
                self.export_btn,
            )
        )

        self.backup_btn = button(self.tr("Back up now…"), name=self.tr("Back up now to a file"))
        self.backup_btn.clicked.connect(self.backup_now)
        self.restore_btn = button(self.tr("Go back to a backup…"), name=self.tr("Restore from a backup file"))
        self.restore_btn.clicked.connect(self.restore)
        lay.addWidget(
            section(
                self.tr("Backups"),
                self.tr(
                    "FamilySafe keeps a copy every day on this computer. You can also save a copy anywhere (a USB "
                    "stick, for example), and go back to a copy. Going back checks the copy first; what is there "
                    "now is kept beside it, not deleted."
                ),
                self.backup_btn,
                self.restore_btn,
            )
        )

        self.erase_who = QComboBox()
        self.erase_who.setAccessibleName(self.tr("Which child to erase"))
        for ch in children:
            self.erase_who.addItem(ch.nickname, ch.id)
        self.erase_btn = button(self.tr("Erase this child…"), name=self.tr("Erase the chosen child"))
        self.erase_btn.clicked.connect(self.erase_child)
        self.erase_btn.setEnabled(bool(children))
        self.erase_who.setEnabled(bool(children))
        self.erase_all_btn = button(self.tr("Erase everything…"), name=self.tr("Erase everything and start again"))
        self.erase_all_btn.clicked.connect(self.erase_everything)
        lay.addWidget(
            section(
                self.tr("Erase"),
                self.tr(
                    "Erasing deletes records for good, including from the automatic backups on this computer. "
                    "It cannot be undone; export or back up first if you may want them."
                ),
                self.erase_who,
                self.erase_btn,
                self.erase_all_btn,
            )
        )
        lay.addStretch(1)
        return w

    @guarded
    def export_data(self) -> Path | None:
        """Export everything, or the chosen child, into a new folder inside a folder the grown-up picks."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to put the export"), str(dialogs.documents_dir())
        )
        if not chosen:
            return None
        child_id = self.export_who.currentData()
        try:
            folder = data.export(self.svc, Path(chosen), child_id)
        except (ExportError, StoreError) as e:
            self.say(error_text(e), ok=False)
            return None
        self.say(self.tr("Exported to %1.").replace("%1", str(folder)))
        return folder

    @guarded
    def backup_now(self) -> str | None:
        """Save a checked copy of the data as a file the grown-up picks."""
        day = self.svc.clock.now().strftime("%Y-%m-%d")
        default = dialogs.documents_dir() / f"familysafe-backup-{day}.db"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup"), str(default), self.tr("FamilySafe backups (*.db)")
        )
        if not chosen:
            return None
        try:
            saved = self.svc.backup_to(chosen)
        except StoreError as e:
            self.say(error_text(e), ok=False)
            return None
        self.say(self.tr("A backup was saved as %1.").replace("%1", saved))
        return saved

    @guarded
    def restore(self) -> bool:
        """Go back to a backup file the grown-up picks: it is checked first, and nothing changes if it
        fails; after it, every screen reloads (store_replaced)."""
        start = data.backup_folder(self.svc) or dialogs.documents_dir()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(start), self.tr("FamilySafe backups (*.db);;All files (*)")
        )
        if not chosen:
            return False
        if not dialogs.confirm(
            self,
            self.tr("Go back to this backup?"),
            self.tr(
                "FamilySafe will go back to the backup %1. Everything recorded since that backup was made "
                "will no longer show. What is there now is kept as a file beside it, not deleted."
            ).replace("%1", chosen),
            self.tr("Go back to the backup"),
            self.tr("Cancel"),
        ):
            return False
        try:
            aside = self.svc.restore_from(chosen)
        except StoreError as e:
            self.say(error_text(e), ok=False)
            return False
        self.changed.emit(EVERYTHING)
        kept = self.tr(" What was there before is kept as %1.").replace("%1", aside) if aside else ""
        self.say(self.tr("FamilySafe went back to the backup %1.").replace("%1", chosen) + kept)
        self.store_replaced.emit()
        return True

    @guarded
    def erase_child(self) -> bool:
        """Erase the chosen child for good, after a confirmation that names them."""
        child_id = self.erase_who.currentData()
        child = next((c for c in self.svc.children(include_archived=True) if c.id == child_id), None)
        if child is None:
            return False
        nick = child.nickname
        if not dialogs.confirm(
            self,
            self.tr("Erase %1?").replace("%1", nick),
            self.tr(
                "Erase %1 for good? Every activity, badge, note and promise of %1 will be deleted from this "
                "computer, including from the automatic backups. This cannot be undone.\n\nCopies you saved "
                "somewhere else, like a USB stick, are not touched."
            ).replace("%1", nick),
            self.tr("Erase %1").replace("%1", nick),
            self.tr("Keep %1").replace("%1", nick),
        ):
            return False
        self.svc.erase_child(child)
        self.children_changed.emit()
        self.changed.emit(EVERYTHING)
        self.say(self.tr("%1 was erased from FamilySafe.").replace("%1", nick))
        return True

    @guarded
    def erase_everything(self) -> bool:
        """Erase the whole family and start again, after a confirmation."""
        if not dialogs.confirm(
            self,
            self.tr("Erase everything?"),
            self.tr(
                "Erase everything in FamilySafe? Every child, all progress, notes and promises, the PIN and "
                "the automatic backups on this computer will be deleted, and FamilySafe will start again "
                "from the beginning. This cannot be undone."
            ),
            self.tr("Erase everything"),
            self.tr("Keep everything"),
        ):
            return False
        self.svc.erase_everything()
        self.changed.emit(EVERYTHING)
        self.say(self.tr("Everything was erased. FamilySafe starts again from the beginning."))
        self.store_replaced.emit()
        return True
