"""Checking, staging, installing, upgrading, listing and removing packs in `<data dir>/packs/`.

A pack is unpacked into a private staging folder inside `<data dir>/packs/.staging/` and moved into
place with `os.replace`, so a pack folder is either the old one or the complete new one, never half
of each. See services/packs/__init__.py."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from pydantic import ValidationError

from familysafe.core.content.loader import _pydantic_problems, load_pack
from familysafe.core.content.model import Activity, Guide, LoadedPack, Pack, pack_version
from familysafe.core.safe_yaml import YamlRefused, read_yaml, watching
from familysafe.services.packs import trust
from familysafe.services.packs.archive import (
    _PACK_ID,
    INSTALL_RECORD,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_PROBLEMS_SHOWN,
    PACKS_DIRNAME,
    SIGNATURE,
    PackError,
    _check_entries,
    _open_zip,
    _parse_manifest,
    _read_entry,
)
from familysafe.services.packs.staging import _lock_in_use, _staging_root, _unlock, recover_staging
from familysafe.services.packs.trust import TrustedKey, _check_signature
from familysafe.store.files import fsync_dir

log = logging.getLogger(__name__)

MAX_YAML_BYTES = 8 * 1024 * 1024  # all YAML text together (the built-in year is under 1 MB)
MAX_PACK_NODES = 300_000  # YAML values in all of a pack's files together (a school pack of 100 activities has ~20,000)


@dataclass(frozen=True)
class PackInfo:
    """What a checked pack is: its identity and whether a trusted publisher signed it."""

    id: str
    title: str
    version: int
    publisher: str
    language: str
    trusted: bool
    signer: str | None  # the trusted publisher's name, or the key fingerprint of an unknown signer
    activities: int
    guides: int


@dataclass(frozen=True)
class InstalledPack:
    """A pack in the packs folder."""

    id: str
    title: str
    version: int
    publisher: str
    trusted: bool
    signer: str | None
    installed_at: str | None
    folder: Path


@dataclass
class StagedPack:
    """A pack that passed every check, unpacked in a staging folder and not yet installed.

    Call `install()` to move it into place, or `discard()`; use it as a context manager so the
    staging folder is always cleaned up.
    """

    info: PackInfo
    loaded: LoadedPack
    packs_dir: Path
    _work: Path
    _folder: Path
    _record: dict[str, Any] = field(default_factory=dict)
    _done: bool = False
    _lock: Any = None  # an open lock file: the staging folder is in use (recover_staging leaves it alone)

    def install(self) -> Path:
        """Move the pack into `<packs dir>/<id>` (replacing an older version) and return that folder."""
        if self._done:
            raise PackError("This pack was already installed or discarded.", "state")
        target = self.packs_dir / self.info.id
        try:
            installed = installed_version(self.packs_dir, self.info.id)
            if installed is not None and installed >= self.info.version:
                raise _older(self.info, installed)
            (self._folder / INSTALL_RECORD).write_text(json.dumps(self._record, indent=2), encoding="utf-8")
            old: Path | None = None
            if target.exists() or target.is_symlink():
                old = self._work / "previous"
                os.replace(target, old)
            try:
                os.replace(self._folder, target)
            except OSError:
                if old is not None:
                    os.replace(old, target)
                raise
            fsync_dir(self.packs_dir)
        except OSError as e:
            raise PackError(
                f"FamilySafe could not put the pack {self.info.id!r} into {target} ({e.strerror or e}). "
                "Nothing installed was changed.",
                "io",
            ) from e
        finally:
            self.discard()
        return target

    def discard(self) -> None:
        """Remove the staging folder (and any replaced version); safe to call twice."""
        self._done = True
        shutil.rmtree(self._work, ignore_errors=True)
        _unlock(self._lock)
        self._lock = None

    def __enter__(self) -> StagedPack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


# ---------------------------------------------------------------- folders and keys


def installed_packs_dir(data_dir: Path) -> Path:
    """The folder of installed packs inside the data folder (the content loader loads it too)."""
    return Path(data_dir) / PACKS_DIRNAME


# ---------------------------------------------------------------- checking and installing


def installed_version(packs_dir: Path, pack_id: str) -> int | None:
    """The version of the installed pack `pack_id`, or None when it is not installed (or unreadable)."""
    pack_file = Path(packs_dir) / pack_id / "pack.yaml"
    if not pack_file.is_file():
        return None
    try:
        data = read_yaml(pack_file)
    except YamlRefused:
        return 0  # a damaged install: anything valid may replace it
    version = pack_version(data.get("version")) if isinstance(data, dict) else None
    return version or 0


def _older(info: PackInfo, installed: int, where: str = "") -> PackError:
    same = "the same version as" if installed == info.version else "older than"
    return PackError(
        f"{where + ': ' if where else ''}the pack {info.id!r} is version {info.version}, {same} the one "
        f"installed (version {installed}); only a newer version can replace it",
        "older",
    )


def _write_new(target: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def check_pack(
    path: Path,
    packs_dir: Path,
    *,
    keys: Iterable[TrustedKey] | None = None,
    pictures: Path | None = None,
    reserved_ids: Iterable[str] = (),
    known_activities: dict[str, str] | None = None,
    check_reading: bool = True,
    now: datetime | None = None,
    core_units: dict[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StagedPack:
    """Check `path` against every rule and unpack it into a staging folder; raise PackError naming the
    file and the problem otherwise (nothing is left behind then).

    `keys`: trusted publisher keys (default: the app's list). `pictures`: the folder of pictures
    content may name (default: assets/pictures). `reserved_ids`: pack ids that may not be used (the
    built-in packs). `known_activities`: activity id -> pack id of what is already installed, so a
    pack cannot hide or shadow another pack's activity. `core_units`: band -> how many units the
    built-in content has; a pack's activities must sit in one of them (they join it as extras).

    Cheap checks come first (entry count, sizes, names, manifest, signature, from the zip's directory),
    then each file is unpacked and hashed, then each YAML file is read and checked on its own, stopping
    at the first bad one and when all files together pass MAX_PACK_NODES values; the checks across files
    come last. `progress(done, total)` is called as it goes; when `cancelled()` turns true the check
    stops with PackError kind "cancelled". Safe to run in a worker thread.
    """
    path = Path(path)
    packs_dir = Path(packs_dir)
    if keys is None:
        keys = trust.trusted_keys()  # looked up at call time: tests replace it
    if pictures is None:
        from familysafe.resources import asset

        pictures = asset("pictures")
    with _open_zip(path) as (zf, where):
        entries = _check_entries(zf, where)
        if MANIFEST not in entries:
            raise PackError(f"{where}: has no {MANIFEST}, so it is not a FamilySafe pack", "manifest")
        yaml_bytes = sum(e.info.file_size for n, e in entries.items() if n.endswith(".yaml"))
        if yaml_bytes > MAX_YAML_BYTES:
            raise PackError(
                f"{where}: its YAML files come to {yaml_bytes:,} bytes; a pack may hold at most {MAX_YAML_BYTES:,}",
                "too-big",
            )
        manifest_raw = _read_entry(zf, entries[MANIFEST], where, MAX_MANIFEST_BYTES)
        listed = _parse_manifest(manifest_raw, where)
        present = set(entries) - {MANIFEST, SIGNATURE}
        for name in sorted(set(listed) - present):
            raise PackError(f"{where}: {MANIFEST} lists {name!r}, but the pack does not hold it", "manifest")
        for name in sorted(present - set(listed)):
            raise PackError(f"{where}: holds {name!r}, which {MANIFEST} does not list", "manifest")
        trusted, signer = False, None
        if SIGNATURE in entries:
            raw_sig = _read_entry(zf, entries[SIGNATURE], where, MAX_MANIFEST_BYTES)
            trusted, signer = _check_signature(raw_sig, manifest_raw, keys, where)
        if "pack.yaml" not in present:
            raise PackError(f"{where}: has no pack.yaml at its top level", "invalid")

        yaml_files = sum(1 for n in listed if n.endswith(".yaml"))
        total = len(entries) + yaml_files
        step = _Steps(where, total, progress, cancelled)
        step.tick(0)
        work = Path(tempfile.mkdtemp(prefix="import-", dir=_staging_root(packs_dir)))
        lock = _lock_in_use(work)
        try:
            folder = work / _folder_name(path)
            folder.mkdir(mode=0o700)
            root = folder.resolve()
            for name in sorted(entries):
                step.tick()
                data = _read_entry(zf, entries[name], where)
                if name in listed and hashlib.sha256(data).hexdigest() != listed[name]:
                    raise PackError(
                        f"{where}: {name!r} does not match its SHA-256 in {MANIFEST}; the pack was changed or damaged",
                        "hash",
                    )
                target = folder.joinpath(*name.split("/"))
                target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                if not target.parent.resolve().is_relative_to(root):  # belt and braces after check_name
                    raise PackError(f"{where}: the entry {name!r} points outside the pack", "unsafe-path")
                _write_new(target, data)
            with watching(_FileWatch(path, folder, step)):
                staged = _validate(path, folder, pictures, reserved_ids, known_activities, check_reading, packs_dir)
            _check_core_units(path, staged, core_units)
            step.tick(total)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            _unlock(lock)
            raise
    assert staged.pack is not None
    p = staged.pack
    info = PackInfo(
        p.id, p.title, p.version, p.publisher, p.language, trusted, signer, len(staged.activities), len(staged.guides)
    )
    record = {
        "id": p.id,
        "version": p.version,
        "trusted": trusted,
        "signer": signer,
        "source": path.name,
        "sha256": _file_sha256(path),
        "installed_at": (now or datetime.now().astimezone()).isoformat(timespec="seconds"),
    }
    return StagedPack(info, staged, packs_dir, work, folder, record, _lock=lock)


class _Steps:
    """Progress and Cancel for one pack check."""

    def __init__(
        self, where: str, total: int, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.where, self.total, self.done = where, max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self, done: int | None = None) -> None:
        if self._cancelled is not None and self._cancelled():
            raise PackError(f"{self.where}: the check was cancelled; nothing was installed", "cancelled")
        self.done = self.done + 1 if done is None else done
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


class _FileWatch:
    """Sees each YAML file as the content loader reads it: stops at the first file that is not valid on
    its own, when all files together hold more than MAX_PACK_NODES values, or on Cancel."""

    _MODELS: ClassVar[dict[str, Any]] = {"activities": Activity, "guides": Guide}

    def __init__(self, path: Path, folder: Path, step: _Steps) -> None:
        self.path, self.folder, self.step = path, folder, step
        self.nodes = 0

    def __call__(self, file: Path, data: Any, refusal: YamlRefused | None) -> None:
        self.step.tick()
        try:
            rel = file.relative_to(self.folder).as_posix()
        except ValueError:
            return  # not one of this pack's files
        shown_name = f"{self.folder.name}/{rel}"
        if refusal is not None:
            raise PackError(f"{self.path}: the content is not valid: {shown_name}: {refusal}", "invalid")
        self.nodes += _count_values(data, MAX_PACK_NODES - self.nodes + 1)
        if self.nodes > MAX_PACK_NODES:
            raise PackError(
                f"{self.path}: its YAML files hold more than {MAX_PACK_NODES:,} values together; that is too "
                f"big for a pack (stopped at {shown_name})",
                "too-big",
            )
        model = Pack if rel == "pack.yaml" else self._MODELS.get(rel.split("/", 1)[0])
        if model is None:
            return
        if not isinstance(data, dict):
            raise PackError(
                f"{self.path}: the content is not valid: {shown_name}: should be a mapping of fields", "invalid"
            )
        try:
            model.model_validate(data)
        except ValidationError as e:
            problems = _pydantic_problems(shown_name, e)
            first = str(problems[0]) if problems else shown_name
            raise PackError(f"{self.path}: the content is not valid: {first}", "invalid") from None
        except (RecursionError, ValueError, TypeError) as e:
            raise PackError(
                f"{self.path}: the content is not valid: {shown_name}: could not be read ({e})", "invalid"
            ) from None


def _count_values(data: Any, limit: int) -> int:
    """How many values `data` holds (keys, items and scalars), counting no further than `limit`."""
    count = 0
    stack = [data]
    while stack and count < limit:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def _check_core_units(path: Path, loaded: LoadedPack, core_units: dict[str, int] | None) -> None:
    """A pack's activities join the built-in units as extras, so each must sit in a unit the built-in
    content has for its age group (docs/content-format.md, "Content packs")."""
    if core_units is None:
        return
    for a in loaded.activities:
        last = core_units.get(a.band, 0)
        if a.unit > last:
            raise PackError(
                f"{path}: activity {a.id!r} is in unit {a.unit}, but FamilySafe's own activities for ages "
                f"{a.band} have units 1 to {last}; a pack's activities join one of those units",
                "invalid",
            )


def _folder_name(path: Path) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]", "_", path.name)[:80].lstrip(".")
    return name or "pack"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _validate(
    path: Path,
    folder: Path,
    pictures: Path,
    reserved_ids: Iterable[str],
    known_activities: dict[str, str] | None,
    check_reading: bool,
    packs_dir: Path,
) -> LoadedPack:
    loaded = load_pack(folder, pictures=pictures, check_reading=check_reading)
    if loaded.problems or loaded.pack is None:
        problems = [str(p) for p in loaded.problems] or ["pack.yaml could not be read"]
        more = len(problems) - MAX_PROBLEMS_SHOWN
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN]) + (f"; and {more} more" if more > 0 else "")
        raise PackError(f"{path}: the content is not valid: {shown}", "invalid")
    pack = loaded.pack
    if not loaded.activities:
        raise PackError(f"{path}: the pack {pack.id!r} has no activities", "invalid")
    if pack.id in set(reserved_ids):
        raise PackError(f"{path}: pack.yaml: id: {pack.id!r} belongs to FamilySafe's own content", "clash")
    for a in loaded.activities:
        owner = (known_activities or {}).get(a.id)
        if owner is not None and owner != pack.id:
            raise PackError(
                f"{path}: activity {a.id!r} is already provided by the pack {owner!r}; ids must be unique",
                "clash",
            )
    installed = installed_version(packs_dir, pack.id)
    if installed is not None and installed >= pack.version:
        info = PackInfo(pack.id, pack.title, pack.version, pack.publisher, pack.language, False, None, 0, 0)
        raise _older(info, installed, str(path))
    return loaded


def list_installed(packs_dir: Path) -> list[InstalledPack]:
    """The installed packs, by id; unreadable folders are left out."""
    out = []
    try:
        folders = sorted(p for p in Path(packs_dir).iterdir() if p.is_dir() and _PACK_ID.match(p.name))
    except OSError:
        return []
    for folder in folders:
        try:
            data = read_yaml(folder / "pack.yaml")
        except YamlRefused:
            continue
        if not isinstance(data, dict):
            continue
        record: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads((folder / INSTALL_RECORD).read_text(encoding="utf-8"))
            record = loaded if isinstance(loaded, dict) else {}
        out.append(
            InstalledPack(
                id=folder.name,
                title=str(data.get("title", folder.name)),
                version=pack_version(data.get("version")) or 0,
                publisher=str(data.get("publisher", "")),
                trusted=record.get("trusted") is True,
                signer=str(record["signer"]) if record.get("signer") else None,
                installed_at=str(record["installed_at"]) if record.get("installed_at") else None,
                folder=folder,
            )
        )
    return out


def remove_pack(packs_dir: Path, pack_id: str) -> None:
    """Remove an installed pack (one rename takes it out of use, then its files are deleted)."""
    if not _PACK_ID.match(pack_id):
        raise PackError(f"{pack_id!r} is not a pack id", "not-found")
    target = Path(packs_dir) / pack_id
    if not (target / "pack.yaml").is_file():
        raise PackError(f"no pack {pack_id!r} is installed in {packs_dir}", "not-found")
    work = Path(tempfile.mkdtemp(prefix="remove-", dir=_staging_root(packs_dir)))
    try:
        os.replace(target, work / pack_id)
        fsync_dir(Path(packs_dir))
    except OSError as e:
        shutil.rmtree(work, ignore_errors=True)
        raise PackError(f"FamilySafe could not remove {target} ({e.strerror or e})", "io") from e
    shutil.rmtree(work, ignore_errors=True)


def load_installed(data_dir: Path, **kwargs: Any) -> list[LoadedPack]:
    """Every installed pack, loaded and validated like the built-in ones (for the app's library)."""
    from familysafe.core.content.loader import load_library

    folder = installed_packs_dir(data_dir)
    if not folder.is_dir():
        return []
    for pack_id in recover_staging(folder):  # a killed upgrade never loses the pack it was replacing
        log.warning("content pack %s: an interrupted upgrade was rolled back to the installed version", pack_id)
    return load_library(folder, **kwargs).packs


def builtin_pack_ids() -> set[str]:
    """The ids of the packs shipped with the app (an imported pack may not take one)."""
    from familysafe.resources import content_dir

    ids = set()
    for f in content_dir().glob("*/pack.yaml"):
        with contextlib.suppress(YamlRefused):
            data = read_yaml(f)
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                ids.add(data["id"])
    return ids
