"""The Content packs tab: the packs added to this computer, adding one from a .fspack file (an
unverified one needs the PIN) and removing one. Every job goes through services.content_packs, the
same use-cases the command line runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from familysafe.services import content_packs, data
from familysafe.services.content_packs import PackError, PackInfo
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import PACKS, Tab, card, flow, guarded
from familysafe.ui.widgets import button, label


class PacksTab(Tab):
    """The installed content packs."""

    shows = frozenset({PACKS})
    children_changed = Signal()

    def _data_dir(self) -> Path:
        return data.data_folder(self.svc)

    def build(self) -> QWidget:
        self.pack_remove_buttons: dict[str, QWidget] = {}
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
        lay.addWidget(flow(self.pack_add_btn))
        packs = content_packs.installed(self._data_dir())
        if not packs:
            lay.addWidget(label(self.tr("No content packs are added yet."), "muted"))
        for p in packs:
            c, cl = card()
            cl.addWidget(label(p.title, "subtitle"))
            trust = (
                self.tr("Trusted: signed by %1").replace("%1", p.signer or "")
                if p.trusted
                else self.tr("Unverified: added with the parent PIN")
            )
            cl.addWidget(
                label(
                    self.tr("From %1 · version %2 · %3")
                    .replace("%1", p.publisher)
                    .replace("%2", str(p.version))
                    .replace("%3", trust),
                    "muted",
                )
            )
            remove = button(self.tr("Remove…"), name=self.tr("Remove the pack %1").replace("%1", p.title))
            remove.clicked.connect(lambda _=False, pid=p.id, t=p.title: self.remove_pack(pid, t))
            self.pack_remove_buttons[p.id] = remove
            cl.addWidget(flow(remove))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    @guarded
    def import_pack(self) -> bool:
        """Add a pack from a file the grown-up picks: every check first; an unverified pack needs the PIN;
        a refused one changes nothing and the status line says what was wrong and where."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a content pack"),
            str(dialogs.documents_dir()),
            self.tr("FamilySafe content packs (*.fspack)"),
        )
        if not chosen:
            return False
        try:
            result = content_packs.import_pack(
                Path(chosen),
                self._data_dir(),
                known_activities=self.svc.library.pack_of,
                allow_unverified=self._allow_unverified,
                svc=self.svc,
            )
        except PackError as e:
            self.say(self.tr("The pack was not added: %1").replace("%1", e.message), ok=False)
            return False
        except OSError as e:
            self.say(
                self.tr("The pack was not added: %1 cannot be written (%2).")
                .replace("%1", str(content_packs.packs_folder(self._data_dir())))
                .replace("%2", e.strerror or str(e)),
                ok=False,
            )
            return False
        if result.target is None:
            return False
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
        return True

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
            self.say(e.message, ok=False)
            return False
        self.children_changed.emit()
        self.changed.emit(frozenset({PACKS}))
        self.say(self.tr("The pack %1 was removed.").replace("%1", title))
        return True
