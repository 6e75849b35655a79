"""The content-pack use-cases the window and the command line share: list, import and remove the
packs installed in a data folder. No Qt. (services.packs holds the mechanism: checking an archive,
its signature, installing it.)

Import takes the same input from both: the .fspack file, the data folder, and a callback that decides
whether an unverified pack may go in (the window asks for the PIN in a dialog; the command line
checks --pin). With a `FamilyService`, the new pack is used at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from familysafe.services.packs import (
    InstalledPack,
    PackError,
    PackInfo,
    builtin_pack_ids,
    check_pack,
    installed_packs_dir,
    list_installed,
    remove_pack,
)

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

__all__ = ["ImportResult", "PackError", "PackInfo", "import_pack", "installed", "packs_folder", "remove"]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the pack (`info`) and the folder it went in (None when it was refused by
    the `allow_unverified` callback; nothing changed then)."""

    info: PackInfo
    target: Path | None


def packs_folder(data_dir: Path) -> Path:
    """Where the data folder's installed packs live."""
    return installed_packs_dir(Path(data_dir))


def installed(data_dir: Path) -> list[InstalledPack]:
    """The packs installed in the data folder, for a list."""
    return list_installed(packs_folder(data_dir))


def import_pack(
    file: Path,
    data_dir: Path,
    *,
    known_activities: Mapping[str, str],
    allow_unverified: Callable[[PackInfo], bool],
    svc: FamilyService | None = None,
) -> ImportResult:
    """Check the pack `file` completely, then install it in the data folder. An unverified pack goes in
    only when `allow_unverified(info)` says so. PackError names the file and what is wrong; OSError when
    the packs folder cannot be written. Nothing installed changes on any failure."""
    packs_dir = packs_folder(data_dir)
    packs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with check_pack(
        Path(file), packs_dir, reserved_ids=builtin_pack_ids(), known_activities=dict(known_activities)
    ) as staged:
        info = staged.info
        if not info.trusted and not allow_unverified(info):
            return ImportResult(info, None)
        target = staged.install()
    if svc is not None:
        from familysafe.core.content import load_pack

        svc.swap_pack(info.id, load_pack(target, check_reading=False))
    return ImportResult(info, target)


def remove(data_dir: Path, pack_id: str, svc: FamilyService | None = None) -> None:
    """Remove an installed pack (PackError when it is not installed or cannot be removed); with a
    `FamilyService`, stop using it at once. Progress already made in it stays in the records."""
    remove_pack(packs_folder(data_dir), pack_id)
    if svc is not None:
        svc.swap_pack(pack_id, None)
