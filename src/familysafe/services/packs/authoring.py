"""For publishers: build a `.fspack` from a pack folder, sign it, make a key pair. See
services/packs/__init__.py."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

from familysafe.core.content.loader import load_pack
from familysafe.services.packs.archive import (
    _ZIP_TIME,
    ALLOWED_SUFFIXES,
    FORMAT_VERSION,
    INSTALL_RECORD,
    MANIFEST,
    MANIFEST_FORMAT,
    MAX_ENTRIES,
    MAX_PROBLEMS_SHOWN,
    SIGNATURE,
    SIGNATURE_FORMAT,
    PackError,
    _check_entries,
    _open_zip,
    _parse_manifest,
    _read_entry,
    check_name,
)
from familysafe.services.packs.install import PackInfo
from familysafe.services.packs.trust import fingerprint

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
