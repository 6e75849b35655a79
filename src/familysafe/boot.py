"""The Qt-free bootstrap: the data folder, the family's file, the content and the Help facts.

The command line uses this alone; the window (`familysafe.app`) adds Qt on top. Nothing here
imports PySide6 (an import-linter contract in pyproject.toml keeps it so).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# Pydantic looks for third-party plugins by scanning the entry points of every installed distribution
# the first time a model is built, and would then run them on every validation of the content. A
# family's app loads no code it did not ship, so they are switched off (pydantic's documented switch;
# an explicit setting in the environment still wins). sqlite-utils' plugins are never loaded either:
# the store opens its Database with execute_plugins=False, so sqlite-utils never scans entry points.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from familysafe.core.clock import Clock, SystemClock
from familysafe.core.content.library import Library
from familysafe.core.content.loader import load_library
from familysafe.resources import asset, content_dir
from familysafe.services.family import FamilyService
from familysafe.store.errors import CorruptDatabase

if TYPE_CHECKING:
    from familysafe.core.help import ChildHelp, Contacts

log = logging.getLogger("familysafe")

INSTALLED_PACKS = "packs"  # the folder of installed packs in the data folder (services.packs.PACKS_DIRNAME)


# The start-up notices in English; the window translates the same words (familysafe.ui.i18n.notice_text).
NOTICES_IN_ENGLISH = {
    "content.fallback": "Some activities are not yet translated, so they are shown in English.",
    "content.hidden": "%1 activity file(s) could not be read and are hidden. Reinstalling FamilySafe should fix this.",
    "help.unreadable": "The Help page could not be read (%1).",
}


@dataclass(frozen=True)
class Notice:
    """Something the parent should know at start, as a code and its values; words are made at the edge."""

    code: str
    params: tuple[str, ...] = ()

    def english(self) -> str:
        """The notice in English, for the command line and the log."""
        return fill(NOTICES_IN_ENGLISH.get(self.code, self.code), self.params)


def fill(template: str, params: tuple[str, ...]) -> str:
    """Put %1, %2, ... into a template, as Qt's QString.arg does."""
    for i, value in reversed(list(enumerate(params, start=1))):
        template = template.replace(f"%{i}", value)
    return template


class HelpFacts:
    """The Help page's facts (the contacts and the child's steps), read and checked when first needed.

    At start they are read only when they changed since they were last read well (a note in the
    cache folder says which sizes and times that was), so a damaged file is still named at start;
    otherwise they load, with pydantic, when the Help page first opens.
    """

    FORMAT = 1

    def __init__(self, contacts: Path, child_help: Path, note: Path | None = None) -> None:
        self.paths = (contacts, child_help)
        self.note = note
        self._read = False
        self._contacts: Contacts | None = None
        self._child_help: ChildHelp | None = None
        self.problem: str | None = None

    def _key(self) -> str:
        parts = [str(self.FORMAT)]
        for p in self.paths:
            st = p.stat()
            parts.append(f"{p}|{st.st_size}|{st.st_mtime_ns}")
        return "\n".join(parts)

    def _load(self) -> None:
        if self._read:
            return
        from familysafe.core.help import HelpDataError, load_child_help, load_contacts

        self._read = True
        try:
            self._contacts = load_contacts(self.paths[0])
            self._child_help = load_child_help(self.paths[1])
        except HelpDataError as e:
            self.problem = str(e)
            return
        if self.note is not None:
            with contextlib.suppress(OSError):
                self.note.parent.mkdir(parents=True, exist_ok=True)
                self.note.write_text(self._key(), encoding="utf-8")

    def check(self) -> str | None:
        """What is wrong with the files (None: nothing), reading them only if they changed since they
        were last read well."""
        if not self._read and self.note is not None:
            with contextlib.suppress(OSError):
                if self.note.read_text(encoding="utf-8") == self._key():
                    return None
        self._load()
        return self.problem

    @property
    def contacts(self) -> Contacts | None:
        """The helplines by country (None when the file could not be read)."""
        self._load()
        return self._contacts

    @property
    def child_help(self) -> ChildHelp | None:
        """The child's help steps by band (None when the file could not be read)."""
        self._load()
        return self._child_help


@dataclass
class Loaded:
    """What the app needs before it shows a window, and any notice for the parent."""

    library: Library
    help: HelpFacts
    notices: list[Notice] = field(default_factory=list)

    @property
    def contacts(self) -> Contacts | None:
        return self.help.contacts

    @property
    def child_help(self) -> ChildHelp | None:
        return self.help.child_help

    @property
    def notice(self) -> str:
        """The notices in plain English (the command line); the window translates `notices` instead."""
        return " ".join(n.english() for n in self.notices)


def choose_language(library: Library, language: str) -> tuple[Library, bool]:
    """Prefer the activities of packs in `language`; where a band's unit has none, keep English.

    Returns the library to use and whether anything fell back to English. Reads the packs' index
    only (ids, languages, bands and units): no activity is built here.
    """
    if language == "en":
        return Library(lp for lp in library.packs if lp.language is None or lp.language.startswith("en")), False
    local = [lp for lp in library.packs if lp.language is not None and lp.language.startswith(language)]
    covered = {(a.band, a.unit) for lp in local for a in lp.infos()}
    fallback = False
    kept = list(local)
    for lp in library.packs:
        if lp.language is None or lp.language.startswith(language):
            continue
        rest = {a.id for a in lp.infos() if (a.band, a.unit) not in covered}
        fallback = fallback or bool(rest)
        kept.append(lp.only(rest))  # family activities kept whole (none is translated yet)
    return Library(kept), fallback


def load_assets(language: str = "en", data: Path | None = None) -> Loaded:
    """Load the content (built in, and packs installed in the data folder) and the Help page's facts.

    Problems become one plain notice, never a crash.
    """
    cache = data / "cache" / "content.json" if data is not None else None
    packs = load_library(content_dir(), cache=cache, check_reading=False).packs
    if data is not None and (data / INSTALLED_PACKS).is_dir():  # most families install none: skip the import
        from familysafe.services.packs import load_installed

        packs += load_installed(data, check_reading=False)
    library, fallback = choose_language(Library(packs), language)
    notices: list[Notice] = []
    if fallback:
        notices.append(Notice("content.fallback"))
    for p in library.problems:
        log.info("content problem: %s", p)
    # Pack-wide authoring rules (coverage of the year) hide nothing; only problems in a file do.
    hidden = {p.file for p in library.problems if p.file != "pack"}
    if hidden:
        notices.append(Notice("content.hidden", (str(len(hidden)),)))
    note = data / "cache" / "help-read.txt" if data is not None else None
    facts = HelpFacts(asset("help", "contacts.yaml"), asset("help", "child-help.yaml"), note)
    try:
        problem = facts.check()
    except OSError as e:
        problem = str(e)
    if problem:
        notices.append(Notice("help.unreadable", (problem,)))
    return Loaded(library, facts, notices)


def open_store(data: Path, clock: Clock, ask_restore: object = None) -> tuple[object, str]:
    """Open the family's file; a damaged one is set aside and the newest good backup restored when asked.

    Returns (store, notice). `ask_restore(message, backups) -> Path | None` chooses a backup.
    Raises StoreError (with a plain `.message`) when the file cannot be used at all.
    """
    from familysafe.store import paths
    from familysafe.store.backup import restore_backup
    from familysafe.store.db import Store

    db = paths.db_path(data)
    backups = paths.backup_dir(data)
    try:
        store = Store.open(db, clock=clock, backup_dir=backups, layout_copy=data / "cache" / "layout.json")
        return store, " ".join(store.notices)
    except CorruptDatabase as e:
        chosen = ask_restore(e.message, e.backups) if callable(ask_restore) and e.backups else None
        if isinstance(chosen, Path):
            restore_backup(chosen, db, clock=clock)
            store = Store.open(db, clock=clock, backup_dir=backups)
            what = "could not be used" if e.reason else "was damaged"
            return store, " ".join(
                [
                    f"Your file {what}, so FamilySafe went back to the copy {chosen.name}. "
                    f"The {'unusable' if e.reason else 'damaged'} file was kept as {e.moved_to.name}.",
                    *store.notices,
                ]
            )
        store = Store.open(db, clock=clock, backup_dir=backups)
        return store, " ".join([e.message, *store.notices])


def private_file(path: Path) -> Path:
    """Make sure `path` (the log) exists as a file only this user can read (0600); keep what is in it."""
    from familysafe.store.files import make_private

    return make_private(path)


def private_umask() -> None:
    """Files and folders this process creates are private to the user (the data folder holds a
    child's records: the database, its -wal/-shm, backups, the log, the lock, the content cache)."""
    if os.name == "posix":
        os.umask(0o077)


@contextlib.contextmanager
def family_service(data: Path, clock: Clock | None = None) -> Iterator[tuple[FamilyService, str]]:
    """The family's use-cases over the data folder, for the command line: (service, notice).

    The folder is made if needed, a damaged file is set aside (its notice returned), and the store
    is closed afterwards. Raises StoreError with a plain `.message`.
    """
    from familysafe.store import paths

    clock = clock or SystemClock()
    private_umask()
    store, notice = open_store(paths.ensure_data_dir(data), clock)
    try:
        svc = FamilyService(store, load_assets("en", data).library, clock)  # type: ignore[arg-type]
        yield svc, " ".join(x for x in (notice, *svc.data_notices()) if x)
    finally:
        store.close()  # type: ignore[attr-defined]
