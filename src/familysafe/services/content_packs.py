"""The content-pack use-cases the window and the command line share: list, import and remove the
packs installed in a data folder. No Qt. (services.packs holds the mechanism: checking an archive,
its signature, installing it.)

Import is two steps with the same input from both callers: `check` (the .fspack file, the data
folder, the activities already known and the built-in units; the window runs it in a worker thread
with progress and Cancel) and `install` (a callback decides whether an unverified pack may go in: the
window asks for the PIN in a dialog, the command line checks --pin). `import_pack` is both in a row.
With a `FamilyService`, a new or removed pack is used (or dropped) at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familysafe.services import packs
from familysafe.services.packs import InstalledPack, PackError, PackInfo, StagedPack

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

__all__ = [
    "ImportResult",
    "PackError",
    "PackInfo",
    "StagedPack",
    "builtin_units",
    "check",
    "check_options",
    "import_pack",
    "install",
    "installed",
    "known_activities",
    "packs_folder",
    "ready_folder",
    "recover",
    "remove",
]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the pack (`info`) and the folder it went in (None when the
    `allow_unverified` callback refused it; nothing changed then)."""

    info: PackInfo
    target: Path | None


def packs_folder(data_dir: Path) -> Path:
    """Where the data folder's installed packs live."""
    return packs.installed_packs_dir(Path(data_dir))


def ready_folder(data_dir: Path) -> Path:
    """The packs folder, made (private) if it is not there yet; OSError when it cannot be."""
    folder = packs_folder(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def installed(data_dir: Path) -> list[InstalledPack]:
    """The packs installed in the data folder, for a list."""
    return packs.list_installed(packs_folder(data_dir))


def recover(data_dir: Path) -> list[str]:
    """Finish what a killed import, upgrade or removal left behind; the ids of packs rolled back."""
    return packs.recover_staging(packs_folder(data_dir))


def builtin_units() -> dict[str, int]:
    """For each age group, how many units FamilySafe's own content has (for a caller without a
    `FamilyService`; the window asks `FamilyService.core_units`)."""
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir

    units: dict[str, int] = {}
    for a in load_library(content_dir(), check_reading=False).activities.values():
        units[a.band] = max(units.get(a.band, 0), a.unit)
    return units


def known_activities(data_dir: Path) -> dict[str, str]:
    """Every activity id already known (built in, or in a pack installed in the data folder) -> its pack
    id (for a caller without a `FamilyService`; the window passes its library's `pack_of`)."""
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir

    known: dict[str, str] = {}
    installed_packs = packs.load_installed(Path(data_dir), check_reading=False)
    for lp in [*load_library(content_dir(), check_reading=False).packs, *installed_packs]:
        if lp.pack is not None:
            for a in lp.activities:
                known.setdefault(a.id, lp.pack.id)
    return known


def check_options(known_activities: Mapping[str, str], core_units: Mapping[str, int]) -> dict[str, Any]:
    """The rules a pack is checked against besides its own content: the built-in pack ids it may not
    take, the activities already known (id -> pack), and the built-in units for each age group."""
    return {
        "reserved_ids": packs.builtin_pack_ids(),
        "known_activities": dict(known_activities),
        "core_units": dict(core_units),
    }


def check(
    file: Path,
    data_dir: Path,
    *,
    known_activities: Mapping[str, str],
    core_units: Mapping[str, int],
    **options: Any,
) -> StagedPack:
    """Check the pack `file` completely and unpack it into staging (nothing installed yet). PackError
    names the file and what is wrong; OSError when the packs folder cannot be written. `options` go
    to packs.check_pack (progress, cancelled)."""
    return packs.check_pack(
        Path(file), ready_folder(data_dir), **check_options(known_activities, core_units), **options
    )


def install(
    staged: StagedPack, allow_unverified: Callable[[PackInfo], bool], svc: FamilyService | None = None
) -> ImportResult:
    """Install a checked pack; an unverified one only when `allow_unverified(info)` says so (the staging
    folder is cleaned up either way). PackError when it cannot be moved into place."""
    with staged:
        info = staged.info
        if not info.trusted and not allow_unverified(info):
            return ImportResult(info, None)
        target = staged.install()
    if svc is not None:
        from familysafe.core.content import load_pack

        svc.swap_pack(info.id, load_pack(target, check_reading=False))
    return ImportResult(info, target)


def import_pack(
    file: Path,
    data_dir: Path,
    *,
    known_activities: Mapping[str, str],
    core_units: Mapping[str, int],
    allow_unverified: Callable[[PackInfo], bool],
    svc: FamilyService | None = None,
) -> ImportResult:
    """`check`, then `install`: the whole import in one call (the command line's)."""
    staged = check(file, data_dir, known_activities=known_activities, core_units=core_units)
    return install(staged, allow_unverified, svc)


def remove(data_dir: Path, pack_id: str, svc: FamilyService | None = None) -> None:
    """Remove an installed pack (PackError when it is not installed or cannot be removed); with a
    `FamilyService`, stop using it at once. Progress already made in it stays in the records."""
    packs.remove_pack(packs_folder(data_dir), pack_id)
    if svc is not None:
        svc.swap_pack(pack_id, None)
