"""Content packs from schools and charities: build, sign, check and install `.fspack` files. No Qt.

A `.fspack` is a zip holding a pack folder laid out like `assets/content/core` (pack.yaml,
activities/<band>/*.yaml, guides/*.yaml) at its root, plus `manifest.json` (the SHA-256 of every
other file) and optionally `manifest.sig` (an Ed25519 signature over the manifest's bytes, with
the signer's public key). A pack is refused, with nothing changed, unless every rule holds:
size, entry-count and compression-ratio limits; only plain files with safe relative names of the
allowed types; the manifest matches byte for byte; a signature, if any, verifies; the content
passes the same validation as the built-in packs; and it is newer than the one installed.

Installed packs live in `<data dir>/packs/<pack id>/`. A pack is unpacked into a private staging
folder inside `<data dir>/packs/.staging/` and moved into place with `os.replace`, so a pack folder
is either the old one or the complete new one, never half of each.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from pydantic import ValidationError

from familysafe.core import content
from familysafe.core.content import LoadedPack, YamlRefused, load_pack, pack_version, read_yaml
from familysafe.store.files import fsync_dir

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
MAX_YAML_BYTES = 8 * 1024 * 1024  # all YAML text together (the built-in year is under 1 MB)
MAX_PACK_NODES = 300_000  # YAML values in all of a pack's files together (a school pack of 100 activities has ~20,000)

_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
log = logging.getLogger(__name__)


class PackError(Exception):
    """A pack that was refused, or a pack job that failed: `.message` names the file and the problem;
    `.kind` is a short code (e.g. "unsafe-path", "link", "too-big", "signature", "older", "invalid")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass(frozen=True)
class TrustedKey:
    """A publisher's Ed25519 public key that the app trusts."""

    name: str
    key: bytes  # the 32 raw bytes

    @property
    def fingerprint(self) -> str:
        """A short hex name for the key (first 16 hex digits of its SHA-256)."""
        return fingerprint(self.key)


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


def fingerprint(key: bytes) -> str:
    """A short hex name for a public key."""
    return hashlib.sha256(key).hexdigest()[:16]


def load_trusted_keys(path: Path | None = None) -> list[TrustedKey]:
    """The publisher keys the app trusts, from assets/keys/trusted.json (a JSON list of
    {"name": ..., "key": base64 of the 32-byte Ed25519 public key}). A missing or damaged list
    trusts no one: every pack then needs the PIN, which is the safe side."""
    if path is None:
        from familysafe.resources import asset

        path = asset("keys", "trusted.json")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    keys = []
    for entry in data if isinstance(data, list) else []:
        raw = entry.get("key") if isinstance(entry, dict) else entry
        name = str(entry.get("name", "")) if isinstance(entry, dict) else ""
        key = _b64(raw)
        if key is not None and len(key) == 32:
            keys.append(TrustedKey(name or fingerprint(key), key))
    return keys


def trusted_keys() -> list[TrustedKey]:
    """The trusted keys shipped with the app (tests replace this function)."""
    return load_trusted_keys()


def _b64(value: Any) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        return None


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


def _check_signature(raw_sig: bytes, manifest: bytes, keys: Iterable[TrustedKey], where: str) -> tuple[bool, str]:
    """(trusted, signer): verifies the signature over the manifest bytes; PackError if it does not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        data = _load_json(raw_sig)
    except (UnicodeDecodeError, ValueError) as e:
        raise PackError(f"{where}: {SIGNATURE} is damaged ({e})", "signature") from e
    key = _b64(data.get("key")) if isinstance(data, dict) else None
    sig = _b64(data.get("signature")) if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("format") != SIGNATURE_FORMAT or key is None or sig is None:
        raise PackError(f"{where}: {SIGNATURE} is not a FamilySafe signature", "signature")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig, manifest)
    except (InvalidSignature, ValueError) as e:
        raise PackError(
            f"{where}: {SIGNATURE}: the signature does not match the manifest, so the pack was changed "
            "after it was signed or the signature is damaged",
            "signature",
        ) from e
    for trusted in keys:
        if trusted.key == key:
            return True, trusted.name
    return False, fingerprint(key)


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


def _staging_root(packs_dir: Path) -> Path:
    root = Path(packs_dir) / STAGING_DIRNAME
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


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
        keys = trusted_keys()
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
            with content.watching(_FileWatch(path, folder, step)):
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

    _MODELS: ClassVar[dict[str, Any]] = {"activities": content.Activity, "guides": content.Guide}

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
        model = content.Pack if rel == "pack.yaml" else self._MODELS.get(rel.split("/", 1)[0])
        if model is None:
            return
        if not isinstance(data, dict):
            raise PackError(
                f"{self.path}: the content is not valid: {shown_name}: should be a mapping of fields", "invalid"
            )
        try:
            model.model_validate(data)
        except ValidationError as e:
            problems = content._pydantic_problems(shown_name, e)
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


def load_installed(data_dir: Path, **kwargs: Any) -> list[LoadedPack]:
    """Every installed pack, loaded and validated like the built-in ones (for the app's library)."""
    from familysafe.core.content import load_library

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


# ---------------------------------------------------------------- for publishers: build, sign, keys


def _pack_files(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if p.is_symlink():
            raise PackError(f"{p}: is a link; a pack may only hold plain files", "link")
        if p.is_dir():
            continue
        if rel in (MANIFEST, SIGNATURE, INSTALL_RECORD):
            continue
        if p.suffix.lower() not in ALLOWED_SUFFIXES:
            raise PackError(
                f"{p}: is a kind of file a pack may not hold (allowed: {', '.join(sorted(ALLOWED_SUFFIXES))})",
                "file-type",
            )
        files[check_name(rel)] = p
    return files


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _write_zip(dest: Path, members: list[tuple[str, bytes]]) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, data in members:
                zf.writestr(_zip_info(name), data)
        os.replace(tmp, dest)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise PackError(f"FamilySafe could not write {dest} ({e.strerror or e})", "io") from e


def build_pack(folder: Path, dest: Path, *, key_file: Path | None = None, pictures: Path | None = None) -> PackInfo:
    """Make a `.fspack` from a pack folder after validating it fully; sign it when `key_file` is given."""
    folder = Path(folder)
    if not (folder / "pack.yaml").is_file():
        raise PackError(f"{folder}: has no pack.yaml", "invalid")
    if pictures is None:
        from familysafe.resources import asset

        pictures = asset("pictures")
    loaded = load_pack(folder, pictures=pictures, check_reading=True)
    if loaded.problems or loaded.pack is None:
        shown = "; ".join(str(p) for p in loaded.problems[:MAX_PROBLEMS_SHOWN]) or "pack.yaml could not be read"
        raise PackError(f"{folder}: the content is not valid: {shown}", "invalid")
    files = _pack_files(folder)
    if len(files) + 2 > MAX_ENTRIES:
        raise PackError(f"{folder}: has more than {MAX_ENTRIES:,} files", "too-many-files")
    contents = {name: p.read_bytes() for name, p in files.items()}
    manifest = {
        "format": MANIFEST_FORMAT,
        "format_version": FORMAT_VERSION,
        "pack": loaded.pack.id,
        "version": loaded.pack.version,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in contents.items()},
    }
    manifest_raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")
    _write_zip(Path(dest), [(MANIFEST, manifest_raw), *sorted(contents.items())])
    signer = None
    if key_file is not None:
        signer = sign_pack(Path(dest), Path(key_file))
    p = loaded.pack
    return PackInfo(
        p.id, p.title, p.version, p.publisher, p.language, False, signer, len(loaded.activities), len(loaded.guides)
    )


def _load_private_key(key_file: Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(Path(key_file).read_bytes(), password=None)
    except OSError as e:
        raise PackError(f"{key_file}: cannot be read ({e.strerror or e})", "key") from e
    except (ValueError, TypeError) as e:
        raise PackError(f"{key_file}: is not an unencrypted PEM private key ({e})", "key") from e
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{key_file}: is not an Ed25519 key", "key")
    return key


def public_key_text(key: Any) -> str:
    """The base64 of an Ed25519 key's 32 raw public bytes (the form trusted.json holds)."""
    from cryptography.hazmat.primitives import serialization

    pub = key.public_key() if hasattr(key, "public_key") else key
    raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign_pack(path: Path, key_file: Path) -> str:
    """Sign the pack's manifest with the private key in `key_file` (replacing any signature); return
    the key's fingerprint. The pack is rewritten to a temporary file and renamed into place."""
    key = _load_private_key(key_file)
    with _open_zip(Path(path)) as (zf, where):
        entries = _check_entries(zf, where)
        if MANIFEST not in entries:
            raise PackError(f"{where}: has no {MANIFEST}; build it with 'familysafe-cli pack build'", "manifest")
        members = [(n, _read_entry(zf, e, where)) for n, e in sorted(entries.items()) if n != SIGNATURE]
    manifest_raw = next(data for name, data in members if name == MANIFEST)
    _parse_manifest(manifest_raw, where)
    sig = {
        "format": SIGNATURE_FORMAT,
        "key": public_key_text(key),
        "signature": base64.b64encode(key.sign(manifest_raw)).decode("ascii"),
    }
    members.append((SIGNATURE, (json.dumps(sig, indent=2) + "\n").encode("utf-8")))
    members.sort(key=lambda m: (m[0] != MANIFEST, m[0]))
    _write_zip(Path(path), members)
    return fingerprint(base64.b64decode(sig["key"]))


def keygen(key_file: Path, name: str = "") -> dict[str, str]:
    """Make a new Ed25519 key pair for a publisher: the private key goes to `key_file` (PEM, 0600,
    never overwritten), the public key to `<key_file>.pub`. Returns the entry for trusted.json."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key_file = Path(key_file)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError as e:
        raise PackError(f"{key_file}: already exists; FamilySafe never overwrites a key", "key") from e
    except OSError as e:
        raise PackError(f"{key_file}: cannot be written ({e.strerror or e})", "key") from e
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    if os.name == "posix":
        os.chmod(key_file, 0o600)  # in case the umask or an odd filesystem widened it
    entry = {"name": name or key_file.stem, "key": public_key_text(key)}
    Path(f"{key_file}.pub").write_text(json.dumps(entry, indent=2) + "\n", encoding="utf-8")
    return entry
