"""The parent PIN: hashes, PIN rules, recovery codes and the wrong-try throttle."""

from __future__ import annotations

import json
import random
import secrets
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.pin import (
    RECOVERY_ALPHABET,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    ThrottleState,
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    register_failure,
    register_success,
    throttle_delay,
    validate_pin,
    verify_secret,
    wait_remaining,
)


def fast_hash(secret: str, salt: bytes | None = None) -> dict[str, Any]:
    """Small scrypt settings keep these tests fast; one test below uses the real ones."""
    return hash_secret(secret, n=2**4, r=2, p=1, salt=salt)


# ---- hashing ----------------------------------------------------------------------


def test_hash_and_verify() -> None:
    stored = fast_hash("2468")
    assert set(stored) == {"algo", "n", "r", "p", "salt", "hash"}
    assert stored["algo"] == "scrypt" and (stored["n"], stored["r"], stored["p"]) == (16, 2, 1)
    assert "2468" not in json.dumps(stored)
    assert verify_secret("2468", stored)
    assert not verify_secret("2469", stored)
    assert not verify_secret("", stored)
    assert verify_secret("2468", json.loads(json.dumps(stored))), "it survives being stored as JSON"


def test_each_hash_has_its_own_salt() -> None:
    a, b = fast_hash("1234"), fast_hash("1234")
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]
    assert len(bytes.fromhex(a["salt"])) == 16


def test_a_given_salt_gives_a_known_hash() -> None:
    import hashlib

    stored = fast_hash("1234", salt=b"0123456789abcdef")
    expected = hashlib.scrypt(b"1234", salt=b"0123456789abcdef", n=16, r=2, p=1, dklen=32)
    assert stored["hash"] == expected.hex()


def test_the_stored_parameters_are_the_ones_used() -> None:
    stored = fast_hash("1234")
    assert not verify_secret("1234", {**stored, "n": 32})


def test_the_real_owasp_settings_work_with_their_memory_limit() -> None:
    assert (SCRYPT_N, SCRYPT_R, SCRYPT_P) == (2**17, 8, 1)
    stored = hash_secret("13579")
    assert (stored["n"], stored["r"], stored["p"]) == (2**17, 8, 1)
    assert verify_secret("13579", stored)


@pytest.mark.parametrize(
    "damage",
    [
        {"algo": "md5"},
        {"n": 15},
        {"n": 2**30},
        {"n": "16"},
        {"r": 0},
        {"p": True},
        {"salt": "not hex"},
        {"hash": 5},
        {"hash": ""},
    ],
)
def test_a_damaged_stored_hash_is_a_value_error(damage: dict[str, Any]) -> None:
    stored = {**fast_hash("1234"), **damage}
    with pytest.raises(ValueError):
        verify_secret("1234", stored)


@pytest.mark.parametrize("costly", [{"n": 2**18, "r": 1}, {"n": 2**20}, {"r": 9}, {"r": 32}, {"p": 2}, {"p": 16}])
def test_parameters_beyond_the_apps_own_are_refused_without_hashing(
    costly: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tampered file with n=2**20, p=16 once made each check take 44 s and 1 GiB: anything costlier than
    the app's own settings (n=2**17, r=8, p=1) is damage, refused before scrypt runs."""
    from familysafe.core import pin

    stored = {**fast_hash("1234"), **costly}
    ran: list[Any] = []
    monkeypatch.setattr(pin, "_scrypt", lambda *a: ran.append(a) or b"")
    with pytest.raises(ValueError, match="damaged"):
        verify_secret("1234", stored)
    with pytest.raises(ValueError):
        pin.check_stored_hash(stored)
    assert ran == []


def test_missing_fields_are_a_value_error() -> None:
    stored = fast_hash("1234")
    for key in stored:
        with pytest.raises(ValueError):
            verify_secret("1234", {k: v for k, v in stored.items() if k != key})


def test_bad_parameters_are_refused_when_hashing() -> None:
    with pytest.raises(ValueError):
        hash_secret("1234", n=1000)


# ---- PIN rules ----------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["1234", "0000", "12345678", "90210"])
def test_good_pins(pin: str) -> None:
    assert validate_pin(pin) is None


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("", "type a PIN"),
        ("123", "at least 4"),
        ("123456789", "at most 8"),
        ("12a4", "only have the numbers"),
        ("12 34", "only have the numbers"),
        ("1234\n", "only have the numbers"),
        ("١٢٣٤", "only have the numbers"),
        ("-1234", "only have the numbers"),
    ],
)
def test_bad_pins_get_a_plain_reason(pin: str, words: str) -> None:
    problem = validate_pin(pin)
    assert problem is not None and words in problem


# ---- recovery codes ------------------------------------------------------------------


def test_recovery_codes_look_right_and_avoid_lookalikes() -> None:
    for _ in range(200):
        code = new_recovery_code()
        groups = code.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(RECOVERY_ALPHABET)
    assert not set("0O1IL") & set(RECOVERY_ALPHABET)
    assert len({new_recovery_code() for _ in range(50)}) == 50


def test_recovery_codes_take_any_chooser() -> None:
    assert new_recovery_code(random.Random(5)) == new_recovery_code(random.Random(5))
    assert new_recovery_code(secrets) != new_recovery_code(secrets)


def test_normalising_what_a_parent_typed() -> None:
    assert normalise_recovery_code("7kqf m2xd 9prt h4wc") == "7KQF-M2XD-9PRT-H4WC"
    assert normalise_recovery_code(" 7KQF—M2XD_9PRT-h4wc ") == "7KQF-M2XD-9PRT-H4WC"
    assert normalise_recovery_code("７ＫＱＦＭ２ＸＤ９ＰＲＴＨ４ＷＣ") == "7KQF-M2XD-9PRT-H4WC"
    assert normalise_recovery_code("") == ""


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(), mess=st.lists(st.sampled_from([" ", "-", "  ", "\t"]), min_size=16, max_size=16))
def test_a_code_typed_any_messy_way_normalises_back(seed: int, mess: list[str]) -> None:
    code = new_recovery_code(random.Random(seed))
    assert normalise_recovery_code(code) == code
    chars = code.replace("-", "")
    typed = "".join(c.lower() if i % 3 else c for i, c in enumerate(chars))
    typed = "".join(c + m for c, m in zip(typed, mess, strict=True))
    assert normalise_recovery_code(typed) == code
    stored = fast_hash(normalise_recovery_code(code))
    assert verify_secret(normalise_recovery_code(typed), stored)


# ---- throttle ---------------------------------------------------------------------------


def test_the_delay_schedule() -> None:
    assert [throttle_delay(f) for f in range(12)] == [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert throttle_delay(10**9) == 900
    assert throttle_delay(-3) == 0


def test_wrong_tries_slow_down_and_success_resets() -> None:
    state = register_success()
    assert state == ThrottleState(0, 0.0)
    now = 1_800_000_000.0
    for _ in range(4):
        assert wait_remaining(state, now) == 0
        state = register_failure(state, now)
    assert wait_remaining(state, now) == 0
    state = register_failure(state, now)
    assert state == ThrottleState(5, now)
    assert wait_remaining(state, now) == 30
    assert wait_remaining(state, now + 10) == 20
    assert wait_remaining(state, now + 30) == 0
    state = register_failure(state, now + 30)
    assert wait_remaining(state, now + 30) == 60
    assert register_success() == ThrottleState(0, 0.0)


def test_never_a_permanent_lock_out() -> None:
    state = ThrottleState(failures=10_000, last_failure=1_800_000_000.0)
    assert wait_remaining(state, 1_800_000_000.0) == 900
    assert wait_remaining(state, 1_800_000_900.0) == 0


def test_a_clock_turned_back_does_not_lengthen_the_wait() -> None:
    state = ThrottleState(failures=6, last_failure=1_800_000_000.0)
    assert wait_remaining(state, 1_700_000_000.0) == 60
    assert wait_remaining(ThrottleState(6, float("nan")), 1_800_000_000.0) == 60
    assert wait_remaining(ThrottleState(2, float("nan")), float("inf")) == 0


@settings(max_examples=300, deadline=None)
@given(
    failures=st.integers(min_value=-5, max_value=10**6),
    last=st.floats(allow_nan=True, allow_infinity=True),
    now=st.floats(allow_nan=True, allow_infinity=True),
)
def test_the_wait_is_always_between_zero_and_fifteen_minutes(failures: int, last: float, now: float) -> None:
    wait = wait_remaining(ThrottleState(failures, last), now)
    assert 0 <= wait <= min(throttle_delay(failures), 900)


@settings(max_examples=100, deadline=None)
@given(failures=st.integers(min_value=0, max_value=100))
def test_the_delay_never_shrinks_as_failures_grow(failures: int) -> None:
    assert throttle_delay(failures) <= throttle_delay(failures + 1)
