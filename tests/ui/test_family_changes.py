"""Issue 16, item 4 (the services the parent area's screens will call): nothing chosen at setup is
permanent: the PIN can be set after skipping, changed with the old PIN or the recovery code, and the
country and a child's picture can be changed."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core.models import Family


def test_pin_set_after_skipping_then_changed_then_recovered(svc: Any) -> None:
    svc.save_family(Family(name="Star", setup_step="done"))
    assert not svc.has_pin()  # "Skip for now"
    first_code = svc.change_pin("", "2468")
    assert first_code and svc.has_pin() and svc.check_pin("2468").ok
    assert svc.change_pin("0000", "1357") is None  # wrong old PIN, and not the code either
    assert svc.check_pin("2468").ok
    second_code = svc.change_pin("2468", "1357")
    assert second_code and second_code != first_code
    assert svc.check_pin("1357").ok and not svc.check_pin("2468").ok


def test_a_forgotten_pin_is_changed_with_the_recovery_code(svc: Any) -> None:
    svc.save_family(Family(name="Star", setup_step="done"))
    second_code = svc.set_pin("1357")
    third_code = svc.change_pin(second_code, "9753")  # the recovery code stands in for a forgotten PIN
    assert third_code and svc.check_pin("9753").ok
    with pytest.raises(ValueError):
        svc.change_pin("9753", "12")  # too short: a clear message, nothing changed
    assert svc.check_pin("9753").ok


def test_country_and_picture_can_be_changed(svc: Any) -> None:
    svc.save_family(Family(name="Star", setup_step="done", country="GB"))
    child = svc.add_child("Child A", "8-10", "fox")
    svc.set_country("us")
    assert svc.family().country == "US"
    with pytest.raises(ValueError, match="country code"):
        svc.set_country("not a country")
    assert svc.family().country == "US"
    svc.set_avatar(child, "owl")
    assert svc.children()[0].avatar == "owl"
    with pytest.raises(ValueError, match="picture"):
        svc.set_avatar(child, "../etc/passwd")
    assert svc.children()[0].avatar == "owl"
