"""The Help page's facts load, cover every country we name, and carry the date they were checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from familysafe.core.help import HelpDataError, load_child_help, load_contacts
from familysafe.core.models import AGE_BANDS
from familysafe.resources import asset


def test_contacts_cover_every_country_and_are_dated() -> None:
    c = load_contacts(asset("help", "contacts.yaml"))
    assert {"GB", "US", "AU", "IE", "CA", "NZ", "EU", "ANY"} <= set(c.countries)
    for code, country in c.countries.items():
        assert country.contacts, code
        for contact in country.contacts:
            assert contact.checked <= date.today()
            # A way to reach it, or a plain word that its details are not confirmed yet.
            assert contact.phone or contact.web or contact.text or "not been checked" in contact.what, contact.id
            assert "http" not in (contact.web or ""), "addresses are shown as text, never as links"
    names = {x.name for _, x in c.for_country("GB")}
    assert any("Childline" in n for n in names) and any("CEOP" in n for n in names)
    gb = {x.id: x for _, x in c.for_country("GB")}
    assert gb["childline"].phone == "0800 1111"
    assert c.emergency_number("GB") == "999"
    assert c.emergency_number("FR") == "112"  # an EU member falls back to the EU number
    ie = [where for where, _ in c.for_country("IE")]
    assert "European Union" in ie, "Ireland also shows the EU-wide 116 111"


def test_every_country_has_a_line_for_children() -> None:
    """R1: the closing steps promise a helpline for young people, so every country has one."""
    c = load_contacts(asset("help", "contacts.yaml"))
    assert c.without_child_line() == []
    lines = {code: [x for x in c.countries[code].contacts if x.for_ == "children"] for code in c.countries}
    us = {x.id: x for x in lines["US"]}["childhelp"]
    assert us.phone == "1-800-422-4453" and "text" in (us.text or "").lower()
    assert us.hours and "24 hours" in us.hours and "not a place to report" in us.what
    nz = {x.id: x for x in lines["NZ"]}["youthline"]
    assert nz.phone == "0800 376 633" and nz.text == "Free text 234"
    assert any("Childline (ISPCC)" in x.name for x in lines["IE"])
    assert all(x.checked >= date(2026, 11, 28) for xs in lines.values() for x in xs)


def test_a_country_without_a_line_for_children_is_found(tmp_path: Path) -> None:
    good = asset("help", "contacts.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(good)
    data["countries"]["NZ"]["contacts"] = [x for x in data["countries"]["NZ"]["contacts"] if x["for"] != "children"]
    p = tmp_path / "contacts.yaml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert load_contacts(p).without_child_line() == ["NZ"]


def test_child_help_has_every_band_and_says_tell() -> None:
    h = load_child_help(asset("help", "child-help.yaml"))
    for band in AGE_BANDS:
        steps = " ".join(h.bands[band].steps).lower()
        assert "tell" in steps and "not in trouble" in steps, band
    assert any("calm" in s.lower() for s in h.grown_up.steps)


def test_broken_help_file_names_file_and_field(tmp_path: object) -> None:
    from pathlib import Path

    p = Path(str(tmp_path)) / "contacts.yaml"
    p.write_text("checked: 2026-11-28\nchecked_against: x\nemergency: {}\ncountries: {GB: {name: UK}}\n")
    with pytest.raises(HelpDataError, match=r"contacts.yaml: countries.GB.contacts"):
        load_contacts(p)
