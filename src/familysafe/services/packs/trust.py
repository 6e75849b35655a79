"""Whom a pack comes from: the trusted publisher keys shipped with the app, key fingerprints and the
check of a pack's Ed25519 signature over its manifest (a pack signed by a trusted key installs without
the PIN). See services/packs/__init__.py."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from familysafe.services.packs.archive import SIGNATURE, SIGNATURE_FORMAT, PackError, _load_json


@dataclass(frozen=True)
class TrustedKey:
    """A publisher's Ed25519 public key that the app trusts."""

    name: str
    key: bytes  # the 32 raw bytes

    @property
    def fingerprint(self) -> str:
        """A short hex name for the key (first 16 hex digits of its SHA-256)."""
        return fingerprint(self.key)


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
