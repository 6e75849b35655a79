"""Reading a `.fspack` zip within its limits: sizes, entry counts and compression ratios; only plain
files with safe relative names of the allowed types; the manifest (every file's SHA-256) parsed
strictly. The pack format's names and limits and `PackError` live here. See services/packs/__init__.py."""

from __future__ import annotations

import contextlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACK_SUFFIX = ".fspack"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
INSTALL_RECORD = "installed.json"  # written by FamilySafe on install; a pack may not bring its own
MANIFEST_FORMAT = "familysafe-pack-manifest"
SIGNATURE_FORMAT = "familysafe-pack-signature"
FORMAT_VERSION = 1
PACKS_DIRNAME = "packs"
STAGING_DIRNAME = ".staging"  # hidden and one level deeper, so no loader ever mistakes it for a pack

ALLOWED_SUFFIXES = frozenset({".yaml", ".json", ".svg", ".md", ".sig"})
MAX_ARCHIVE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_ENTRY_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed; YAML text is nearer 4
RATIO_FLOOR = 1024  # files smaller than this are too small for the ratio to mean anything
MAX_NAME_LENGTH = 200
MAX_NAME_DEPTH = 6
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_PROBLEMS_SHOWN = 5

_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class PackError(Exception):
    """A pack that was refused, or a pack job that failed: `.message` names the file and the problem;
    `.kind` is a short code (e.g. "unsafe-path", "link", "too-big", "signature", "older", "invalid")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


# ---------------------------------------------------------------- names and entries


def check_name(name: str, where: str = "") -> str:
    """Refuse an archive member name that is absolute, climbs out with `..`, or is otherwise unsafe;
    return it without a trailing slash. The message names the entry (and `where`, the archive)."""
    try:
        return _check_name(name)
    except PackError as e:
        if where:
            raise PackError(f"{where}: {e.message}", e.kind) from None
        raise


def _check_name(name: str) -> str:
    shown = repr(name[:120])
    if not name or "\x00" in name:
        raise PackError(f"an entry has an empty or broken name ({shown})", "unsafe-path")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise PackError(f"the entry {shown} has an absolute path; a pack may only hold relative paths", "unsafe-path")
    parts = name.replace("\\", "/").rstrip("/").split("/")
    if ".." in parts:
        raise PackError(f"the entry {shown} uses '..' to reach outside the pack", "unsafe-path")
    if "\\" in name:
        raise PackError(f"the entry {shown} uses backslashes; use '/' between folders", "unsafe-path")
    if len(name) > MAX_NAME_LENGTH or len(parts) > MAX_NAME_DEPTH:
        raise PackError(f"the entry {shown} has a name that is too long or too deep", "unsafe-path")
    for part in parts:
        if not _PART.match(part):
            raise PackError(
                f"the entry {shown} has a name FamilySafe does not accept (letters, digits, '.', '-' "
                "and '_' only, not starting with a dot)",
                "unsafe-path",
            )
    return "/".join(parts)


def _entry_kind(info: zipfile.ZipInfo) -> str:
    """'file', 'dir', 'link' or 'special', from the Unix mode in the entry's external attributes."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "link"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "special"
    if info.is_dir() or kind == stat.S_IFDIR:
        return "dir"
    return "file"


@dataclass
class _Entry:
    name: str
    info: zipfile.ZipInfo


def _check_entries(zf: zipfile.ZipFile, where: str) -> dict[str, _Entry]:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackError(
            f"{where}: holds {len(infos):,} entries; a pack may hold at most {MAX_ENTRIES:,}", "too-many-files"
        )
    files: dict[str, _Entry] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = check_name(info.filename, where)
        kind = _entry_kind(info)
        if kind == "link":
            raise PackError(f"{where}: the entry {name!r} is a link; a pack may only hold plain files", "link")
        if kind == "special":
            raise PackError(f"{where}: the entry {name!r} is not a plain file", "link")
        if kind == "dir":
            continue
        if info.flag_bits & 0x1:
            raise PackError(f"{where}: the entry {name!r} is encrypted", "file-type")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"{where}: the entry {name!r} uses a compression FamilySafe does not read", "file-type")
        suffix = Path(name).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            allowed = ", ".join(sorted(ALLOWED_SUFFIXES))
            raise PackError(
                f"{where}: the entry {name!r} is a kind of file a pack may not hold (allowed: {allowed})",
                "file-type",
            )
        if name == INSTALL_RECORD:
            raise PackError(f"{where}: the entry {name!r} uses a name reserved for FamilySafe", "file-type")
        if name.lower() in folded:
            raise PackError(f"{where}: the entry {name!r} appears more than once", "unsafe-path")
        folded.add(name.lower())
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackError(
                f"{where}: the entry {name!r} unpacks to {info.file_size:,} bytes; the limit is {MAX_ENTRY_BYTES:,}",
                "too-big",
            )
        if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackError(
                f"{where}: the entry {name!r} is compressed more than {MAX_RATIO} to 1, like a zip bomb",
                "bomb",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(
                f"{where}: unpacks to more than {MAX_TOTAL_BYTES:,} bytes; that is too big for a pack", "too-big"
            )
        files[name] = _Entry(name, info)
    return files


def _read_entry(zf: zipfile.ZipFile, entry: _Entry, where: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """The entry's bytes, counted as they come so a lying size field cannot get past the limits."""
    chunks = []
    got = 0
    try:
        with zf.open(entry.info) as f:
            while True:
                chunk = f.read(64 * 1024)
                if not chunk:
                    break
                got += len(chunk)
                if got > min(limit, entry.info.file_size):
                    raise PackError(f"{where}: the entry {entry.name!r} is bigger than it says", "bomb")
                chunks.append(chunk)
    except PackError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
        raise PackError(f"{where}: the entry {entry.name!r} is damaged ({e})", "damaged") from e
    return b"".join(chunks)


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[tuple[zipfile.ZipFile, str]]:
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise PackError(f"{where}: cannot be read ({e.strerror or e})", "not-found") from e
    if not path.is_file():
        raise PackError(f"{where}: is not a file", "not-found")
    if size > MAX_ARCHIVE_BYTES:
        raise PackError(f"{where}: is {size:,} bytes; a pack may be at most {MAX_ARCHIVE_BYTES:,}", "too-big")
    try:
        with path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
            yield zf, where
    except PackError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as e:
        raise PackError(f"{where}: is damaged or is not a FamilySafe pack ({e})", "damaged") from e
    except OSError as e:
        raise PackError(f"{where}: cannot be read ({e.strerror or e})", "not-found") from e


# ---------------------------------------------------------------- manifest and signature


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(f"the key {key[:80]!r} appears twice; a manifest may give each key once")
        out[key] = value
    return out


def _load_json(raw: bytes) -> Any:
    """JSON from a pack, refusing a key given twice (which JSON readers settle differently: never guess)."""
    return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)


def _parse_manifest(raw: bytes, where: str) -> dict[str, str]:
    try:
        data = _load_json(raw)
    except _DuplicateKey as e:
        raise PackError(f"{where}: {MANIFEST}: {e}", "manifest") from e
    except (UnicodeDecodeError, ValueError) as e:
        raise PackError(f"{where}: {MANIFEST} is not valid JSON ({e})", "manifest") from e
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise PackError(f"{where}: {MANIFEST} is not a FamilySafe pack manifest (format)", "manifest")
    if data.get("format_version") != FORMAT_VERSION:
        raise PackError(
            f"{where}: {MANIFEST} is format_version {data.get('format_version')!r}; this FamilySafe reads "
            f"{FORMAT_VERSION}. A newer FamilySafe may read it.",
            "manifest",
        )
    files = data.get("files")
    if not isinstance(files, dict) or not files:
        raise PackError(f"{where}: {MANIFEST}: files: should list each file with its SHA-256", "manifest")
    out: dict[str, str] = {}
    for name, digest in files.items():
        if not isinstance(name, str) or not isinstance(digest, str) or not _SHA256.match(digest):
            raise PackError(f"{where}: {MANIFEST}: files: {name!r} needs a SHA-256 in lower-case hex", "manifest")
        out[check_name(name, where)] = digest
    return out
