"""The Content packs tab: the packs added to this computer, adding one from a .fspack file (checked in
a worker thread with progress and Cancel; an unverified one needs the PIN) and removing one. Every
job goes through services.content_packs, the use-cases the command line runs too."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QVBoxLayout, QWidget

from familysafe.core.text import shown
from familysafe.services import content_packs, data
from familysafe.services.content_packs import PackError, PackInfo
from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.pack_check import PackCheck
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import PACKS, Tab, card, guarded, log
from familysafe.ui.widgets import button, flow, label


class PacksTab(Tab):
    """The installed content packs."""

    shows = frozenset({PACKS})
    children_changed = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(svc, parent)
        self._pack_worker: PackCheck | None = None
        self.pack_progress: QProgressDialog | None = None

    def _data_dir(self) -> Path:
        return data.data_folder(self.svc)

    def build(self) -> QWidget:
        self.pack_remove_buttons: dict[str, QWidget] = {}
        self.pack_trust_labels: dict[str, QLabel] = {}
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            label(
                self.tr(
                    "Schools and charities can give you extra activities as a content pack (a .fspack file). "
                    "FamilySafe checks every file in it before adding it. A pack signed by a publisher "
                    "FamilySafe knows is added as trusted; any other needs your PIN."
                ),
                "muted",
            )
        )
        self.pack_add_btn = button(self.tr("Add a content pack…"), name=self.tr("Add a content pack from a file"))
        self.pack_add_btn.clicked.connect(self.import_pack)
        self.pack_add_btn.setEnabled(not self.pack_import_running())
        lay.addWidget(flow(self.pack_add_btn))
        packs = content_packs.installed(self._data_dir())
        if not packs:
            lay.addWidget(label(self.tr("No content packs are added yet."), "muted"))
        for p in packs:
            c, cl = card()
            # Pack-supplied text (title, publisher) is shown with any control character as a visible
            # escape, and the trust status is FamilySafe's own widget: nothing a pack writes can read as
            # "Trusted", whatever line breaks or direction marks it holds.
            cl.addWidget(label(shown(p.title), "subtitle"))
            cl.addWidget(
                label(
                    self.tr("From %1 · version %2").replace("%2", str(p.version)).replace("%1", shown(p.publisher)),
                    "muted",
                )
            )
            trust = (
                self.tr("Trusted: signed by %1").replace("%1", shown(p.signer or ""))
                if p.trusted
                else self.tr("Unverified: not signed by a publisher FamilySafe knows")
            )
            status = label(trust, "packTrusted" if p.trusted else "packUnverified")
            status.setAccessibleName(self.tr("Trust status of the pack %1").replace("%1", shown(p.title)))
            self.pack_trust_labels[p.id] = status
            cl.addWidget(status)
            remove = button(self.tr("Remove…"), name=self.tr("Remove the pack %1").replace("%1", shown(p.title)))
            remove.clicked.connect(lambda _=False, pid=p.id, t=p.title: self.remove_pack(pid, t))
            self.pack_remove_buttons[p.id] = remove
            cl.addWidget(flow(remove))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    def pack_import_running(self) -> bool:
        """Whether a pack is being checked in the background right now."""
        return self._pack_worker is not None

    @guarded
    def import_pack(self) -> bool:
        """Add a pack from a file the grown-up picks. Every check runs in a worker thread while a
        progress dialog with Cancel shows, so the window never freezes; then an unverified pack needs
        the PIN; a refused one changes nothing and the status line says what was wrong and where.
        Returns whether a check was started."""
        if self.pack_import_running():
            return False
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a content pack"),
            str(dialogs.documents_dir()),
            self.tr("FamilySafe content packs (*.fspack)"),
        )
        if not chosen:
            return False
        try:
            packs_dir = content_packs.ready_folder(self._data_dir())
        except OSError as e:
            self.say(
                self.tr("The pack was not added: %1 cannot be written (%2).")
                .replace("%1", str(content_packs.packs_folder(self._data_dir())))
                .replace("%2", e.strerror or str(e)),
                ok=False,
            )
            return False
        worker = PackCheck(
            Path(chosen),
            packs_dir,
            **content_packs.check_options(self.svc.library.pack_of, self.svc.core_units()),
        )
        dialog = QProgressDialog(self.tr("Checking every file in the pack…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Adding a content pack"))
        dialog.setAccessibleName(self.tr("Checking the content pack"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(worker.cancel)
        worker.progressed.connect(dialog.setMaximum, Qt.ConnectionType.QueuedConnection)
        worker.progressed_done.connect(dialog.setValue, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(self._pack_checked)
        self.destroyed.connect(worker.cancel)
        self._pack_worker = worker
        self.pack_progress = dialog
        self.pack_add_btn.setEnabled(False)
        worker.begin()
        dialog.show()
        return True

    @guarded
    def _pack_checked(self) -> None:
        """The worker finished: say why the pack was refused, or ask for the PIN and install it."""
        worker, self._pack_worker = self._pack_worker, None
        if self.pack_progress is not None:
            self.pack_progress.close()
            self.pack_progress.deleteLater()
            self.pack_progress = None
        with contextlib.suppress(RuntimeError):  # the tab may have been rebuilt meanwhile
            self.pack_add_btn.setEnabled(True)
        if worker is None:
            return
        staged = worker.take()
        if staged is None:
            e = worker.error
            if isinstance(e, PackError) and e.kind == "cancelled":
                self.say(self.tr("Adding the pack was cancelled. Nothing was changed."), ok=False)
            elif isinstance(e, PackError):
                self.say(self.tr("The pack was not added: %1").replace("%1", error_text(e)), ok=False)
            elif isinstance(e, OSError):
                self.say(
                    self.tr("The pack was not added: %1 cannot be read or written (%2).")
                    .replace("%1", str(worker.path))
                    .replace("%2", e.strerror or str(e)),
                    ok=False,
                )
            else:
                log.error("parent area: checking a pack failed", exc_info=e)
                self.say(
                    self.tr(
                        "The pack was not added: something went wrong while checking it (%1). Nothing was changed."
                    ).replace("%1", str(e)),
                    ok=False,
                )
            return
        try:
            result = content_packs.install(staged, self._allow_unverified, svc=self.svc)
        except PackError as e:
            self.say(self.tr("The pack was not added: %1").replace("%1", error_text(e)), ok=False)
            return
        if result.target is None:
            return
        info = result.info
        self.children_changed.emit()
        self.changed.emit(frozenset({PACKS}))
        trust = self.tr("trusted") if info.trusted else self.tr("unverified")
        self.say(
            self.tr("Added %1 (version %2, %3 activities, %4).")
            .replace("%1", info.title)
            .replace("%2", str(info.version))
            .replace("%3", str(info.activities))
            .replace("%4", trust)
        )

    def _allow_unverified(self, info: PackInfo) -> bool:
        title, publisher = info.title, info.publisher
        warning = (
            self.tr(
                "The pack %1 from %2 is not signed by a publisher FamilySafe knows, so FamilySafe cannot tell who "
                "made it. Only add it if you trust where it came from."
            )
            .replace("%1", title)
            .replace("%2", publisher)
        )
        if not self.svc.has_pin():
            return dialogs.confirm(
                self, self.tr("Add an unverified pack?"), warning, self.tr("Add it anyway"), self.tr("Don't add it")
            )
        pin = dialogs.ask_secret(
            self, self.tr("Add an unverified pack?"), warning + "\n\n" + self.tr("Type the parent PIN to add it:")
        )
        if pin is None:
            self.say(self.tr("The pack was not added."), ok=False)
            return False
        result = self.svc.check_pin(pin)
        if result.damaged:
            self.say(
                self.tr("FamilySafe's saved PIN is damaged, so the pack was not added. Set a new PIN first."),
                ok=False,
            )
            return False
        if not result.judged:
            self.say(
                self.tr(
                    "Too many wrong PIN tries. Please wait %1 seconds and try again; the pack was not added."
                ).replace("%1", str(math.ceil(result.wait_seconds))),
                ok=False,
            )
            return False
        if not result.ok:
            self.say(self.tr("That PIN is not right, so the pack was not added."), ok=False)
            return False
        return True

    @guarded
    def remove_pack(self, pack_id: str, title: str) -> bool:
        """Remove an installed pack, after asking. Progress already made in it stays in the records."""
        if not dialogs.confirm(
            self,
            self.tr("Remove %1?").replace("%1", title),
            self.tr(
                "Remove the content pack %1? Its activities will no longer show. You can add it again later."
            ).replace("%1", title),
            self.tr("Remove it"),
            self.tr("Keep it"),
        ):
            return False
        try:
            content_packs.remove(self._data_dir(), pack_id, svc=self.svc)
        except PackError as e:
            self.say(error_text(e), ok=False)
            return False
        self.children_changed.emit()
        self.changed.emit(frozenset({PACKS}))
        self.say(self.tr("The pack %1 was removed.").replace("%1", title))
        return True
