"""The containers the loader fills: `Problem`, `LoadedPack`, `Library`, and the small `ActivityInfo`
index that the home screen reads. No pydantic here: a start-up that finds a fresh content cache builds
these from the cache's index alone, and the full models (core/content/model.py) are made on first use
of an activity (see loader.py, `CachedPack`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from familysafe.core.content.family import FamilyActivity
    from familysafe.core.content.model import Activity, Guide, Pack

_BANDS = ("4-7", "8-10", "11-13", "14-17")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content: where, and what."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ActivityInfo:
    """What a list of activities shows (the home screen's cards, the schedule's unit count), without
    the activity's steps: its id, age group, unit, title, strand, badge, minutes and step pictures."""

    id: str
    band: str
    unit: int
    title: str
    strand: str
    badge: str
    minutes: float
    pictures: tuple[str, ...]

    @classmethod
    def of(cls, activity: Activity) -> ActivityInfo:
        """The index entry of a full activity."""
        return cls(
            activity.id,
            activity.band,
            activity.unit,
            activity.title,
            activity.strand,
            activity.badge,
            activity.minutes,
            tuple(s.picture for s in activity.steps),
        )

    def to_json(self) -> dict[str, Any]:
        return {**vars(self), "pictures": list(self.pictures)}

    @classmethod
    def from_json(cls, data: Any) -> ActivityInfo:
        """An entry read back from the cache's index; ValueError when it is not one (a damaged cache)."""
        if not isinstance(data, dict) or set(data) != {f for f in cls.__dataclass_fields__}:
            raise ValueError("not an activity index entry")
        texts = ("id", "title", "strand", "badge")
        pictures = data["pictures"]
        if (
            not all(isinstance(data[k], str) and data[k] for k in texts)
            or data["band"] not in _BANDS
            or type(data["unit"]) is not int
            or type(data["minutes"]) not in (int, float)
            or not isinstance(pictures, list)
            or not all(isinstance(p, str) for p in pictures)
        ):
            raise ValueError("not an activity index entry")
        return cls(**{**data, "minutes": float(data["minutes"]), "pictures": tuple(pictures)})


@dataclass
class LoadedPack:
    """A pack with its activities and guides, and every problem found on the way."""

    folder: Path
    pack: Pack | None
    activities: list[Activity] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    family: list[FamilyActivity] = field(default_factory=list)  # issue 18: core/content/family.py

    # What a Library and the start-up need, answered without building any model when the pack came
    # from the cache (loader.CachedPack overrides these).

    @property
    def pack_id(self) -> str | None:
        """The pack's id, or None when its pack.yaml could not be read."""
        return self.pack.id if self.pack is not None else None

    @property
    def language(self) -> str | None:
        """The pack's language, or None when its pack.yaml could not be read."""
        return self.pack.language if self.pack is not None else None

    def infos(self) -> list[ActivityInfo]:
        """The index entries of the pack's activities, in the pack's order."""
        return [ActivityInfo.of(a) for a in self.activities]

    def activity(self, activity_id: str) -> Activity | None:
        """One of the pack's activities, by id."""
        return next((a for a in self.activities if a.id == activity_id), None)

    def only(self, activity_ids: set[str]) -> LoadedPack:
        """The same pack with only these of its activities."""
        kept = [a for a in self.activities if a.id in activity_ids]
        return LoadedPack(self.folder, self.pack, kept, self.guides, self.problems, self.family)


class _Activities(Mapping[str, "Activity"]):
    """The library's activities by id; each full model is made on first use (from its pack)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._made: dict[str, Activity] = {}

    def __getitem__(self, activity_id: str) -> Activity:
        made = self._made.get(activity_id)
        if made is None:
            lp = self._library._pack_of_activity.get(activity_id)
            found = lp.activity(activity_id) if lp is not None else None
            if found is None:
                raise KeyError(activity_id)
            made = self._made[activity_id] = found
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._library.index)

    def __len__(self) -> int:
        return len(self._library.index)

    def __contains__(self, activity_id: object) -> bool:
        return activity_id in self._library.index


class Library:
    """Every valid activity and guide the app can offer, by id, band and unit.

    `index` (ActivityInfo by id) answers lists without building the activities; `activities` builds
    each full model the first time it is asked for, and `guides` all of them the first time.
    """

    def __init__(self, packs: Iterable[LoadedPack]) -> None:
        self.packs = list(packs)
        self.index: dict[str, ActivityInfo] = {}
        self.pack_of: dict[str, str] = {}
        self._pack_of_activity: dict[str, LoadedPack] = {}
        for lp in self.packs:
            pack_id = lp.pack_id
            if pack_id is None:
                continue
            for info in lp.infos():
                if info.id not in self.index:
                    self.index[info.id] = info
                    self.pack_of[info.id] = pack_id
                    self._pack_of_activity[info.id] = lp
        self.activities: Mapping[str, Activity] = _Activities(self)
        self._guides: dict[str, Guide] | None = None
        self._family: dict[str, FamilyActivity] | None = None
        # Each band's index entries in unit order, sorted once: the home screen asks for every unit of
        # every child's band, and the index (which is never changed after this) has hundreds of entries.
        self._by_band: dict[str, list[ActivityInfo]] = {}

    @property
    def guides(self) -> dict[str, Guide]:
        """Every guide by id (the first pack with an id wins)."""
        if self._guides is None:
            self._guides = {}
            for lp in self.packs:
                if lp.pack_id is None:
                    continue
                for g in lp.guides:
                    self._guides.setdefault(g.id, g)
        return self._guides

    @property
    def family(self) -> dict[str, FamilyActivity]:
        """Family activities (issue 18) by id, apart from the bands' activities; built on first use."""
        if self._family is None:
            self._family = {}
            for lp in self.packs:
                pack_id = lp.pack_id
                if pack_id is None:
                    continue
                for fam in lp.family:
                    self._family.setdefault(fam.id, fam)
                    self.pack_of.setdefault(fam.id, pack_id)
        return self._family

    def family_for_unit(self, unit: int) -> FamilyActivity | None:
        """The unit's family activity, or None."""
        found = sorted((f for f in self.family.values() if f.unit == unit), key=lambda f: f.id)
        return found[0] if found else None

    @property
    def problems(self) -> list[Problem]:
        """Problems in any pack (the app loads what is valid and tells the parent the rest)."""
        return [p for lp in self.packs for p in lp.problems]

    def infos_for_band(self, band: str) -> list[ActivityInfo]:
        """The band's activities in unit order, as index entries (no model is built)."""
        found = self._by_band.get(band)
        if found is None:
            found = sorted((a for a in self.index.values() if a.band == band), key=lambda a: (a.unit, a.id))
            self._by_band[band] = found
        return list(found)

    def for_band(self, band: str) -> list[Activity]:
        """The band's activities in unit order."""
        return [self.activities[a.id] for a in self.infos_for_band(band)]

    def unit_activities(self, band: str, unit: int) -> list[Activity]:
        """The band's activities of one unit."""
        return [self.activities[a.id] for a in self.infos_for_band(band) if a.unit == unit]

    def total_units(self, band: str) -> int:
        """The highest unit number the band has an activity for."""
        return max((a.unit for a in self.index.values() if a.band == band), default=0)

    def guides_for_unit(self, unit: int, band: str | None = None) -> list[Guide]:
        """The guides that belong to a unit (of one band, when given: see `Guide.units`).

        With a band, a guide that names its units for that band comes first: it was lined up with
        that band's activity on purpose.
        """
        if band is None:
            return sorted((g for g in self.guides.values() if g.unit == unit), key=lambda g: g.id)
        found = [g for g in self.guides.values() if unit in g.units_for(band)]
        return sorted(found, key=lambda g: (band not in g.units, g.id))
