"""The family's typed settings: read by name, and written back in the shape they were stored in."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core.models import Settings


def test_fields_are_read_by_name_with_defaults() -> None:
    s = Settings.from_dict({"theme": "dark", "text_scale": 150, "auto_read": False, "rate": 0.5})
    assert (s.theme, s.text_scale, s.auto_read, s.rate) == ("dark", 150, False, 0.5)
    assert (s.easy_read_font, s.language, s.voice, s.guides_read) == (False, None, "", [])


@pytest.mark.parametrize(
    "stored",
    [
        {},
        {"theme": "system"},  # a default written explicitly stays written
        {"auto_read": None, "voice": ""},
        {"text_size": "large", "read_aloud": True},  # keys FamilySafe does not know
        {"theme": {"dark": False}, "text_scale": "big", "rate": True},  # known keys, values of the wrong type
        {"guides_read": ["g-u01-a", 7, None], "weekly_reminder": "x"},
    ],
)
def test_the_stored_shape_survives_a_round_trip(stored: dict[str, Any]) -> None:
    assert Settings.from_dict(stored).to_dict() == stored


def test_a_value_of_the_wrong_type_reads_as_the_default() -> None:
    s = Settings.from_dict({"theme": {"dark": False}, "text_scale": "big", "guides_read": ["g-u01-a", 7]})
    assert (s.theme, s.text_scale, s.guides_read) == ("system", 100, ["g-u01-a"])
    s.theme = "dark"  # setting it replaces what could not be read
    assert s.to_dict()["theme"] == "dark"


def test_setting_and_resetting_change_only_their_key() -> None:
    s = Settings.from_dict({"other": 1, "language": "es"})
    s.weekly_reminder = {"day": 4, "time": "18:00"}
    assert s.to_dict() == {"other": 1, "language": "es", "weekly_reminder": {"day": 4, "time": "18:00"}}
    s.reset("weekly_reminder")
    s.reset("language")
    assert s.to_dict() == {"other": 1} and s.language is None


def test_settings_built_in_code_write_what_was_given() -> None:
    assert Settings().to_dict() == {}
    assert Settings(theme="dark", guides_read=["g"]).to_dict() == {"theme": "dark", "guides_read": ["g"]}


def test_a_copy_is_independent() -> None:
    s = Settings.from_dict({"guides_read": ["a"]})
    c = s.copy()
    c.guides_read.append("b")
    c.voice = "x"
    assert s.to_dict() == {"guides_read": ["a"]}


@pytest.mark.parametrize("stored", [None, [], "x", 3])
def test_anything_but_an_object_reads_as_no_settings(stored: Any) -> None:
    assert Settings.from_dict(stored) == Settings()
