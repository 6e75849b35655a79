"""The Help page's facts: helplines and reporting bodies by country, and the child's steps by band."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from familysafe.core.models import AgeBand
from familysafe.core.safe_yaml import YamlRefused, read_yaml

EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_M = TypeVar("_M", bound=_Model)


class Contact(_Model):
    id: str
    name: str
    for_: Annotated[Literal["children", "adults", "both"], Field(alias="for")]
    what: str
    phone: str | None = None
    web: str | None = None
    text: str | None = None
    hours: str | None = None
    checked: date


class Country(_Model):
    name: str
    contacts: list[Contact]


class Contacts(_Model):
    checked: date
    checked_against: str
    emergency: dict[str, str]
    countries: dict[str, Country]

    def for_country(self, code: str) -> list[tuple[str, Contact]]:
        """The contacts to show for a country: its own, then the EU's (for members), then anywhere's."""
        codes = [code]
        if code in EU_MEMBERS:
            codes.append("EU")
        codes.append("ANY")
        out: list[tuple[str, Contact]] = []
        for c in codes:
            country = self.countries.get(c)
            if country:
                out.extend((country.name, contact) for contact in country.contacts)
        return out

    def without_child_line(self) -> list[str]:
        """R1: the countries (every entry but ANY, which is shown everywhere) with no `for: children` line.

        The activities' closing steps promise the child "a helpline for young people" on the Help page,
        so every country the page lists must have one of its own.
        """
        return [
            code
            for code, country in self.countries.items()
            if code != "ANY" and not any(c.for_ == "children" for c in country.contacts)
        ]

    def emergency_number(self, code: str) -> str | None:
        """The emergency number for a country, if known."""
        return self.emergency.get(code) or (self.emergency.get("EU") if code in EU_MEMBERS else None)


class HelpSteps(_Model):
    title: str
    steps: Annotated[list[str], Field(min_length=1)]


class ChildHelp(_Model):
    bands: dict[AgeBand, HelpSteps]
    grown_up: HelpSteps


class HelpDataError(ValueError):
    """The help files could not be read; the message names the file and the problem."""


def load_contacts(path: Path) -> Contacts:
    """Read and check the contacts file."""
    return _load(Contacts, path)


def load_child_help(path: Path) -> ChildHelp:
    """Read and check the child's help steps."""
    return _load(ChildHelp, path)


def _load(model: type[_M], path: Path) -> _M:
    try:
        return model.model_validate(read_yaml(path))
    except YamlRefused as e:
        raise HelpDataError(f"{path.name} {e}") from None
    except ValidationError as e:
        first = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise HelpDataError(f"{path.name}: {where}: {first['msg']}") from None
