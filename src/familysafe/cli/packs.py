"""The `pack`, `export` and `calendar` sub-commands of familysafe-cli. No Qt.

Every failure prints one line naming the file and the problem to stderr and exits 1; nothing
already installed or saved changes then.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from collections.abc import Iterator
from datetime import time
from pathlib import Path
from typing import Any

from familysafe.cli.errors import english
from familysafe.core.text import shown
from familysafe.services.packs import PackError


def _fail(message: str) -> int:
    print(f"familysafe: {message}", file=sys.stderr)
    return 1


def _data_dir() -> Path:
    from familysafe.store import paths

    return paths.data_dir()


@contextlib.contextmanager
def _service(create: bool = False) -> Iterator[Any]:
    """The family service on the family's data (None when there is no data yet and `create` is False)."""
    from familysafe.boot import family_service
    from familysafe.store import paths

    data = _data_dir()
    if not paths.db_path(data).is_file() and not create:
        yield None
        return
    with family_service(data) as (svc, _notice):
        yield svc


# ---------------------------------------------------------------- pack


def _pack_import(args: argparse.Namespace) -> int:
    from familysafe.services import content_packs
    from familysafe.services.content_packs import PackInfo

    data = _data_dir()
    pin_set = False
    refused: list[str] = []

    def allow_unverified(info: PackInfo) -> bool:
        """The command line's answer for an unverified pack: --pin, checked against the parent PIN."""
        nonlocal pin_set
        who = f"signed by an unknown key {info.signer}" if info.signer else "not signed"
        if args.pin is None:
            refused.append(
                f"{args.file}: the pack {info.id!r} is unverified ({who}); to install it anyway, "
                "give the parent PIN with --pin"
            )
            return False
        with _service() as svc:
            pin_set = svc is not None and svc.has_pin()
            if pin_set:
                check = svc.check_pin(args.pin)
                if check.damaged:
                    refused.append(
                        f"{args.file}: FamilySafe's saved parent PIN is damaged, so no PIN can be checked "
                        "and the pack was not installed. Set a new PIN with your recovery code in the "
                        "parent area."
                    )
                elif not check.judged:
                    refused.append(
                        f"{args.file}: too many wrong PIN tries. Wait {math.ceil(check.wait_seconds)} "
                        "seconds and try again; the pack was not installed."
                    )
                elif not check.ok:
                    wait = (
                        f" Wait {math.ceil(check.wait_seconds)} seconds before the next try."
                        if check.wait_seconds > 0
                        else ""
                    )
                    refused.append(f"{args.file}: that PIN is not right, so the pack was not installed.{wait}")
        return not refused

    try:
        result = content_packs.import_pack(
            Path(args.file),
            data,
            known_activities=content_packs.known_activities(data),
            core_units=content_packs.builtin_units(),
            allow_unverified=allow_unverified,
        )
    except PackError as e:
        return _fail(english(e))
    except OSError as e:
        return _fail(f"{content_packs.packs_folder(data)}: cannot be written ({e.strerror or e})")
    info, target = result.info, result.target
    if target is None:
        return _fail(refused[0] if refused else f"{args.file}: the pack was not installed")
    if info.trusted:
        trust = f"trusted, signed by {shown(info.signer or '')}"
    elif pin_set:
        trust = "UNVERIFIED: installed with the parent PIN"
    else:
        trust = "UNVERIFIED: installed without a PIN check, because no parent PIN is set"
    print(
        f"installed {shown(info.title)!r} ({info.id} version {info.version}, {info.activities} activities) in {target}"
    )
    print(f"  {trust}")
    return 0


def _pack_list(args: argparse.Namespace) -> int:
    from familysafe.services import content_packs

    data = _data_dir()
    for pack_id in content_packs.recover(data):
        print(f"note: an interrupted upgrade of {pack_id} was rolled back to the installed version", file=sys.stderr)
    packs = content_packs.installed(data)
    if not packs:
        print("no content packs are installed")
        return 0
    for p in packs:
        # Pack-supplied text is shown with every control character as a visible escape: a tab, a line
        # break or a terminal escape in a title or publisher cannot forge a column, a row or a colour.
        trust = f"trusted ({shown(p.signer or '')})" if p.trusted else "unverified"
        print(f"{p.id}\tversion {p.version}\t{shown(p.title)}\t{shown(p.publisher)}\t{trust}")
    return 0


def _pack_remove(args: argparse.Namespace) -> int:
    from familysafe.services import content_packs

    try:
        content_packs.remove(_data_dir(), args.id)
    except PackError as e:
        return _fail(english(e))
    print(f"removed the pack {args.id}")
    return 0


def _pack_build(args: argparse.Namespace) -> int:
    from familysafe.services.packs import build_pack

    try:
        info = build_pack(Path(args.dir), Path(args.output), key_file=Path(args.key) if args.key else None)
    except PackError as e:
        return _fail(english(e))
    signed = f", signed with key {info.signer}" if info.signer else ", not signed"
    print(f"built {args.output}: {info.id} version {info.version}, {info.activities} activities{signed}")
    return 0


def _pack_sign(args: argparse.Namespace) -> int:
    from familysafe.services.packs import sign_pack

    try:
        fp = sign_pack(Path(args.file), Path(args.key))
    except PackError as e:
        return _fail(english(e))
    print(f"signed {args.file} with key {fp}")
    return 0


def _pack_keygen(args: argparse.Namespace) -> int:
    import json

    from familysafe.services.packs import keygen

    try:
        entry = keygen(Path(args.output), args.name or "")
    except PackError as e:
        return _fail(english(e))
    print(f"private key written to {args.output} (keep it secret; never put it in a repository)")
    print(f"public key written to {args.output}.pub; its entry for assets/keys/trusted.json:")
    print(json.dumps(entry))
    return 0


# ---------------------------------------------------------------- export and schedule


def _pick_child(svc: Any, nickname: str | None) -> tuple[Any, str | None]:
    if nickname is None:
        return None, None
    matches = [c for c in svc.children(include_archived=True) if c.nickname.casefold() == nickname.casefold()]
    if not matches:
        return None, f"there is no child called {nickname!r}"
    return matches[0], None


def _export(args: argparse.Namespace) -> int:
    from familysafe.services import data
    from familysafe.services.data import ExportError
    from familysafe.services.errors import StoreError

    try:
        with _service() as svc:
            if svc is None:
                return _fail(f"there is no FamilySafe data in {_data_dir()} to export")
            child, problem = _pick_child(svc, args.child)
            if problem:
                return _fail(problem)
            folder = data.export(svc, Path(args.folder), child.id if child else None)
    except (ExportError, StoreError) as e:
        return _fail(english(e))
    print(f"exported to {folder}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from familysafe.services.calendar import calendar_text, unlock_events, write_calendar
    from familysafe.services.errors import StoreError

    at: time | None = None
    if args.at:
        try:
            at = time.fromisoformat(args.at)
        except ValueError:
            return _fail(f"--at {args.at!r}: give a time as HH:MM, like 18:30")
    try:
        with _service() as svc:
            if svc is None:
                return _fail(f"there is no FamilySafe data in {_data_dir()}")
            child, problem = _pick_child(svc, args.child)
            if problem:
                return _fail(problem)
            events = []
            for c in [child] if child else svc.children():
                events += unlock_events(
                    svc.upcoming_unlocks(c),
                    c.id,
                    c.nickname,
                    "FamilySafe: a new activity for %1",
                    "Unit %1: %2. It opens on this day once the one before it is done. "
                    "15 minutes together, when it suits you.",
                )
            write_calendar(Path(args.file), calendar_text(events, now=svc.clock.now(), at=at))
    except StoreError as e:
        return _fail(english(e))
    except OSError as e:
        return _fail(f"{args.file}: cannot be written ({e.strerror or e})")
    print(f"calendar with {len(events)} coming unlock dates written to {args.file}")
    return 0


def add_commands(sub: Any) -> None:
    """Register `pack`, `export` and `calendar` on familysafe-cli's sub-command parser."""
    pack = sub.add_parser("pack", help="add, list and remove content packs; build and sign them").add_subparsers(
        dest="action"
    )
    imp = pack.add_parser("import", help="check a .fspack file and install it; exit 1 if it is refused")
    imp.add_argument("file")
    imp.add_argument("--pin", help="the parent PIN, needed for a pack no trusted publisher signed")
    imp.set_defaults(func=_pack_import)
    pack.add_parser("list", help="list the installed packs").set_defaults(func=_pack_list)
    rm = pack.add_parser("remove", help="remove an installed pack")
    rm.add_argument("id")
    rm.set_defaults(func=_pack_remove)
    build = pack.add_parser("build", help="validate a pack folder and make a .fspack from it")
    build.add_argument("dir")
    build.add_argument("-o", "--output", required=True, help="the .fspack file to write")
    build.add_argument("--key", help="also sign it with this private key file")
    build.set_defaults(func=_pack_build)
    sign = pack.add_parser("sign", help="sign a .fspack with a publisher's private key")
    sign.add_argument("file")
    sign.add_argument("--key", required=True, help="the private key file (from 'pack keygen')")
    sign.set_defaults(func=_pack_sign)
    kg = pack.add_parser("keygen", help="make a publisher key pair (private key file written 0600)")
    kg.add_argument("-o", "--output", required=True, help="the private key file to create")
    kg.add_argument("--name", help="the publisher's name for trusted.json")
    kg.set_defaults(func=_pack_keygen)

    export = sub.add_parser("export", help="export the family's records as JSON and CSV into a folder")
    export.add_argument("folder", help="the folder to write the export into (a new sub-folder is made)")
    export.add_argument("--child", help="only this child (by nickname)")
    export.set_defaults(func=_export)

    cal = sub.add_parser("calendar", help="write each child's coming unlock dates as an .ics calendar file")
    cal.add_argument("file", help="the .ics file to write")
    cal.add_argument("--child", help="only this child (by nickname)")
    cal.add_argument("--at", help="events at this local time (HH:MM) instead of all-day")
    cal.set_defaults(func=_calendar)
