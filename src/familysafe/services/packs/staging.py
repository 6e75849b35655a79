"""The staging folder `<data dir>/packs/.staging/`: where a pack is unpacked before it is moved into
place, the lock that marks a folder in use, and the recovery at start of what a killed import, upgrade or
removal left there. See services/packs/__init__.py."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from familysafe.core.safe_yaml import YamlRefused, read_yaml
from familysafe.services.packs.archive import _PACK_ID, INSTALL_RECORD, STAGING_DIRNAME
from familysafe.store.files import fsync_dir


def _staging_root(packs_dir: Path) -> Path:
    root = Path(packs_dir) / STAGING_DIRNAME
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


def clean_staging(packs_dir: Path) -> None:
    """Delete what an interrupted import or removal left in the staging folder."""
    shutil.rmtree(Path(packs_dir) / STAGING_DIRNAME, ignore_errors=True)


LOCK_NAME = ".in-use"


def _lock_in_use(work: Path) -> Any:
    """Mark a staging folder as in use for as long as the returned file stays open (an flock on POSIX;
    on other systems the file's presence is not proof, so nothing is marked and recovery may run)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    f = (work / LOCK_NAME).open("w")
    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return f


def _unlock(lock: Any) -> None:
    if lock is not None:
        with contextlib.suppress(OSError):
            lock.close()


def _in_use(work: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        with (work / LOCK_NAME).open("r") as f:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def _pack_id_of(folder: Path) -> str | None:
    """The id of the pack in `folder`, from its pack.yaml (or the install record), if it is a valid id."""
    with contextlib.suppress(YamlRefused, OSError):
        data = read_yaml(folder / "pack.yaml")
        if isinstance(data, dict) and isinstance(data.get("id"), str) and _PACK_ID.match(data["id"]):
            return str(data["id"])
    with contextlib.suppress(OSError, ValueError):
        record = json.loads((folder / INSTALL_RECORD).read_text(encoding="utf-8"))
        if isinstance(record, dict) and isinstance(record.get("id"), str) and _PACK_ID.match(record["id"]):
            return str(record["id"])
    return None


def recover_staging(packs_dir: Path) -> list[str]:
    """Finish what a killed import, upgrade or removal left in the staging folder; call it at start.

    An upgrade killed after the installed version was moved aside (to `.staging/import-*/previous`)
    but before the new one was moved in: the previous version is put back, so the pack is never lost.
    Killed after the new one was moved in: the new one stays and the previous one is deleted. Anything
    else there (half-unpacked imports, removals) is deleted. A staging folder that another FamilySafe
    (a window or the command line) is using right now is left alone. Returns the ids of the packs put
    back. Never raises.
    """
    root = Path(packs_dir) / STAGING_DIRNAME
    restored: list[str] = []
    try:
        works = sorted(root.iterdir())
    except OSError:
        return restored
    for work in works:
        if work.is_symlink() or not work.is_dir():
            with contextlib.suppress(OSError):
                work.unlink()
            continue
        if _in_use(work):
            continue
        previous = work / "previous"
        if previous.is_dir() and not previous.is_symlink():
            pack_id = _pack_id_of(previous)
            target = Path(packs_dir) / pack_id if pack_id else None
            if target is not None and not (target.exists() or target.is_symlink()):
                try:
                    os.replace(previous, target)
                    fsync_dir(Path(packs_dir))
                    restored.append(pack_id)  # type: ignore[arg-type]
                except OSError:
                    continue  # keep it where it is; the next start tries again
        shutil.rmtree(work, ignore_errors=True)
    return restored
