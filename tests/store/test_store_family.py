"""The family row: details, PIN and recovery hashes, the PIN throttle, and the clock marks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from familysafe.core.clock import FakeClock
from familysafe.core.models import Family, Settings
from familysafe.core.pin import ThrottleState
from familysafe.store import Store


def test_no_family_before_first_run(store: Store) -> None:
    assert store.family.get() is None
    assert store.family.pin_hash() is None
    assert store.family.recovery_hash() is None
    assert store.family.throttle() == ThrottleState(failures=0, last_failure=0.0)
    assert store.family.last_wall_seen() is None
    assert store.family.last_visit() is None


def test_save_and_get(store: Store) -> None:
    family = Family(
        name="The Nguyễns",
        country="AU",
        locale="en_AU",
        cadence_days=7,
        settings=Settings.from_dict({"text_size": "large", "read_aloud": True, "theme": {"dark": False}}),
        setup_step="children",
    )
    store.family.save(family)
    assert store.family.get() == family
    family.setup_step = "done"
    family.cadence_days = 28
    store.family.save(family)
    assert store.family.get() == family


def test_pin_and_recovery_hashes(store: Store) -> None:
    pin = {"algo": "scrypt", "n": 16, "r": 8, "p": 1, "salt": "00ff", "hash": "abcd"}
    store.family.set_pin_hash(pin)
    store.family.set_recovery_hash({**pin, "hash": "beef"})
    assert store.family.pin_hash() == pin
    assert store.family.recovery_hash() == {**pin, "hash": "beef"}
    store.family.set_pin_hash(None)
    assert store.family.pin_hash() is None
    assert store.family.recovery_hash() is not None


def test_throttle_survives_restart(db_file: Path, clock: FakeClock) -> None:
    with Store.open(db_file, clock=clock) as store:
        store.family.set_throttle(ThrottleState(failures=6, last_failure=1767600000.25))
    with Store.open(db_file, clock=clock) as store:
        assert store.family.throttle() == ThrottleState(failures=6, last_failure=1767600000.25)
        store.family.set_throttle(ThrottleState(failures=0, last_failure=0.0))
        assert store.family.throttle().failures == 0


def test_clock_marks(store: Store) -> None:
    seen = datetime(2026, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    store.family.set_last_wall_seen(seen)
    store.family.set_last_visit(seen - timedelta(days=2))
    assert store.family.last_wall_seen() == seen
    assert store.family.last_wall_seen().utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]
    assert store.family.last_visit() == seen - timedelta(days=2)


def test_hashes_and_marks_do_not_need_a_family(store: Store) -> None:
    # The clock is watched from the very first start, before the family has a name.
    store.family.set_last_wall_seen(datetime(2026, 1, 5, 9, 0).astimezone())
    assert store.family.get() is None
    store.family.save(Family(name="Later"))
    assert store.family.last_wall_seen() is not None
