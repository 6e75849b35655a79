"""The service hashes the PIN and the recovery code with the app's own scrypt cost (OWASP's), not less:
the other tests hash with a quick cost (tests/conftest.py, `_quick_pin_hashes`), so this is the one
that would see a service asking for a cheaper hash."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core import pin
from familysafe.core.models import Family


@pytest.mark.real_pin_cost
def test_the_pin_and_the_recovery_code_are_hashed_at_the_apps_own_cost(svc: Any) -> None:
    svc.save_family(Family(name="Star", setup_step="done"))
    code = svc.set_pin("2468")
    own = (pin.SCRYPT_N, pin.SCRYPT_R, pin.SCRYPT_P)
    assert own == (2**17, 8, 1)
    for stored in (svc.store.family.pin_hash(), svc.store.family.recovery_hash()):
        assert (stored["n"], stored["r"], stored["p"]) == own
    assert svc.check_pin("2468").ok
    assert pin.verify_secret(pin.normalise_recovery_code(code), svc.store.family.recovery_hash())


def test_other_tests_hash_quickly(svc: Any) -> None:
    """The quick cost is in force outside `real_pin_cost` (else the suite is a minute slower)."""
    svc.save_family(Family(name="Star", setup_step="done"))
    svc.set_pin("2468")
    assert svc.store.family.pin_hash()["n"] < pin.SCRYPT_N
