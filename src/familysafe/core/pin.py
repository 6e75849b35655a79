"""The parent PIN and recovery code (DESIGN §8): slow salted hashes, and a throttle on wrong tries.

The PIN keeps a child out of the parent area; it is not a vault. Wrong tries
slow down (from the fifth, 30 seconds, doubling, at most 15 minutes) but never
lock anyone out for good, because a child could use that to lock the parent out.
Everything here is pure: the store keeps the hash and the throttle state, so
the count survives a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

# OWASP password storage cheat sheet, scrypt: N = 2**17, r = 8, p = 1 (about 128 MiB, a third of a second).
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
# Limits on parameters read back from the file: never more than the app's own settings, so a tampered
# file cannot make each check cost a minute and a gigabyte (n=2**20, p=16 did). Smaller ones still verify.
_MAX_N = SCRYPT_N
_MAX_R = SCRYPT_R
_MAX_P = SCRYPT_P

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
_PIN = re.compile(r"[0-9]+")

# No 0/O, 1/I/L: nothing a parent could misread when copying the code from paper.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS = 4
RECOVERY_GROUP_LEN = 4

FREE_TRIES = 4
FIRST_DELAY_SECONDS = 30.0
MAX_DELAY_SECONDS = 15 * 60.0


def _maxmem(n: int, r: int, p: int) -> int:
    # OpenSSL needs 128*r*(n+p+2) bytes; hashlib's default limit (32 MiB) refuses the OWASP settings.
    return 128 * r * (n + p + 2) + 1024 * 1024


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r, p), dklen=dklen
    )


def _check_params(n: Any, r: Any, p: Any) -> tuple[int, int, int]:
    for name, value in (("n", n), ("r", r), ("p", p)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"scrypt parameter {name} must be an integer, not {value!r}")
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0):
        raise ValueError(f"scrypt n must be a power of two from 2 to {_MAX_N}, not {n}")
    if not 1 <= r <= _MAX_R:
        raise ValueError(f"scrypt r must be from 1 to {_MAX_R}, not {r}")
    if not 1 <= p <= _MAX_P:
        raise ValueError(f"scrypt p must be from 1 to {_MAX_P}, not {p}")
    return n, r, p


def hash_secret(
    secret: str,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    salt: bytes | None = None,
) -> dict[str, Any]:
    """A slow salted hash of `secret`, with everything needed to check it later.

    Returns {"algo": "scrypt", "n", "r", "p", "salt": hex, "hash": hex}, all
    JSON values. A fresh random salt unless one is given (tests only). Small
    `n` is for tests; the defaults are OWASP's. ValueError for bad parameters.
    """
    n, r, p = _check_params(n, r, p)
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(secret, salt, n, r, p, HASH_BYTES)
    return {"algo": "scrypt", "n": n, "r": r, "p": p, "salt": salt.hex(), "hash": digest.hex()}


def verify_secret(secret: str, stored: Mapping[str, Any]) -> bool:
    """True when `secret` matches a hash made by `hash_secret`, compared in constant time.

    Uses the parameters stored with the hash, so hashes made with older settings
    still verify. ValueError when `stored` is not such a hash (damaged data).
    """
    n, r, p, salt, expected = _parse_stored(stored)
    return hmac.compare_digest(_scrypt(secret, salt, n, r, p, len(expected)), expected)


def check_stored_hash(stored: Any) -> None:
    """ValueError when `stored` is not a hash `verify_secret` would check (damaged, or asking for more
    work than the app's own settings); costs nothing, so callers can ask before counting a try."""
    _parse_stored(stored)


def _parse_stored(stored: Any) -> tuple[int, int, int, bytes, bytes]:
    if not isinstance(stored, Mapping) or stored.get("algo") != "scrypt":
        raise ValueError("the stored PIN hash is damaged or of an unknown kind")
    try:
        n, r, p = _check_params(stored.get("n"), stored.get("r"), stored.get("p"))
    except ValueError as exc:
        raise ValueError(f"the stored PIN hash is damaged ({exc})") from exc
    try:
        salt = bytes.fromhex(stored["salt"])
        expected = bytes.fromhex(stored["hash"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError("the stored PIN hash is damaged (salt or hash)") from exc
    if not expected or len(expected) > 1024:
        raise ValueError("the stored PIN hash is damaged (empty or overlong hash)")
    return n, r, p, salt, expected


def pin_problem(pin: str) -> str | None:
    """None when `pin` is 4 to 8 digits (0-9); otherwise the problem's code (the edges make the words):
    "pin.empty", "pin.digits_only", "pin.too_short" (below PIN_MIN_DIGITS), "pin.too_long"."""
    if not pin:
        return "pin.empty"
    if not _PIN.fullmatch(pin):
        return "pin.digits_only"
    if len(pin) < PIN_MIN_DIGITS:
        return "pin.too_short"
    if len(pin) > PIN_MAX_DIGITS:
        return "pin.too_long"
    return None


def validate_pin(pin: str) -> str | None:
    """None when `pin` is 4 to 8 digits (0-9); otherwise the problem, in plain English."""
    return {
        None: None,
        "pin.empty": "Please type a PIN.",
        "pin.digits_only": "A PIN can only have the numbers 0 to 9 in it.",
        "pin.too_short": f"A PIN needs at least {PIN_MIN_DIGITS} numbers.",
        "pin.too_long": f"A PIN can have at most {PIN_MAX_DIGITS} numbers.",
    }[pin_problem(pin)]


class _Chooser(Protocol):
    def choice(self, seq: Sequence[str], /) -> str: ...


def new_recovery_code(rng: _Chooser = secrets) -> str:
    """A one-time recovery code like "7KQF-M2XD-9PRT-H4WC" (about 79 bits) from an unambiguous alphabet.

    `rng` is anything with `choice` (the `secrets` module by default; a seeded
    random.Random in tests).
    """
    groups = (
        "".join(rng.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LEN))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    """The code in the form it was issued, whatever case, spaces or dashes were typed.

    "7kqf m2xd9prt-h4wc" -> "7KQF-M2XD-9PRT-H4WC".

    Characters are upper-cased (full-width ones folded), spaces, dashes and
    other separators dropped, then grouped in fours. Idempotent; hash the result.
    """
    compact = "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isalnum())
    return "-".join(compact[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(compact), RECOVERY_GROUP_LEN))


@dataclass(frozen=True)
class ThrottleState:
    """Wrong tries in a row, and when the last one was (seconds since the epoch, wall clock)."""

    failures: int
    last_failure: float


def throttle_delay(failures: int) -> float:
    """Seconds to wait after `failures` wrong tries in a row.

    0 for fewer than 5; 30 at the fifth, doubling with each further one, at most 900 (15 minutes).
    """
    if failures <= FREE_TRIES:
        return 0.0
    # Capping the exponent keeps the number small for any count; the cap is reached long before.
    doublings = min(failures - FREE_TRIES - 1, 16)
    return min(FIRST_DELAY_SECONDS * 2.0**doublings, MAX_DELAY_SECONDS)


def wait_remaining(state: ThrottleState, now_epoch: float) -> float:
    """Seconds before another try is allowed (0 means now), between 0 and the current delay.

    A clock turned back never makes the wait longer than the delay itself;
    a clock turned forward shortens it (the PIN is not a vault). Never raises.
    """
    delay = throttle_delay(state.failures)
    if delay == 0:
        return 0.0
    if not (math.isfinite(now_epoch) and math.isfinite(state.last_failure)):
        # A broken time value cannot prove the wait is over, so the whole (bounded) delay applies.
        return delay
    return min(delay, max(0.0, state.last_failure + delay - now_epoch))


def register_failure(state: ThrottleState, now_epoch: float) -> ThrottleState:
    """The state after a wrong try at `now_epoch`. Callers refuse tries while `wait_remaining` > 0."""
    return ThrottleState(failures=max(state.failures, 0) + 1, last_failure=now_epoch)


def register_success() -> ThrottleState:
    """The state after a right PIN: no failures."""
    return ThrottleState(failures=0, last_failure=0.0)
