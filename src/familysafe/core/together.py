"""A sitting together (issue 18): the steps of a family activity for the children present. No Qt, no SQL.

`plan_sitting` lays the family activity out as one list of normal steps the session engine and the
step views already know: each `layered` step becomes one turn per child (youngest first) in that
child's band version; a band's `follow_ups` entry is played at the end for that child when nobody of
its `needed_with` bands is present, and otherwise kept apart as that child's own short follow-up
(`follow_up_activity`), with its `why` in the grown-up's panel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from familysafe.core.content import Activity, Step
from familysafe.core.content.family import FamilyActivity, LayeredStep


@dataclass(frozen=True)
class Present:
    """A child in the sitting, as the plan needs them."""

    child_id: int
    band: str
    nickname: str


@dataclass(frozen=True)
class Turn:
    """Whose a step of the sitting is, and the step id it is saved under in that child's session."""

    source_id: str
    child_id: int | None = None  # None: everyone's (saved in every child's session)
    helper: str | None = None  # the helper's role shown to an older child with a younger one present


@dataclass(frozen=True)
class Plan:
    """The sitting's steps as one activity, whose turn each step is, and the follow-ups kept apart."""

    activity: Activity
    present: tuple[Present, ...]  # youngest first
    turns: Mapping[str, Turn]
    apart: Mapping[int, str] = field(default_factory=dict)  # child id -> the band of their follow-up kept apart
    why: Mapping[int, str] = field(default_factory=dict)  # child id -> why it is kept for later


def band_age(band: str) -> int:
    """The youngest age of a band ("11-13" -> 11)."""
    return int(band.split("-")[0])


def seating(present: Sequence[Present]) -> tuple[Present, ...]:
    """The children youngest first (by band; the same band in the order they were added)."""
    return tuple(sorted(present, key=lambda p: (band_age(p.band), p.child_id)))


def plan_sitting(fam: FamilyActivity, present: Sequence[Present]) -> Plan:
    """The sitting of `fam` for these children (2 to 4; ValueError otherwise)."""
    if not 2 <= len(present) <= 4:
        raise ValueError(f"a sitting together is for 2 to 4 children, not {len(present)}")
    if len({p.child_id for p in present}) != len(present):
        raise ValueError("a child can sit only once")
    seats = seating(present)
    youngest = band_age(seats[0].band)
    bands = {p.band for p in seats}
    apart: dict[int, str] = {}
    why: dict[int, str] = {}
    at_end: list[Present] = []
    for p in seats:
        fu = fam.follow_ups.get(p.band)  # type: ignore[call-overload]
        if fu is None:
            continue
        if bands & set(fu.needed_with):
            apart[p.child_id] = p.band
            why[p.child_id] = fu.why
        else:
            at_end.append(p)
    steps: list[Step] = []
    turns: dict[str, Turn] = {}
    for s in fam.steps:
        if not isinstance(s, LayeredStep):
            steps.append(s)
            turns[s.id] = Turn(s.id)
        else:
            share = max(0.5, round(s.minutes / len(seats), 2))
            for n, p in enumerate(seats):
                sid = f"{s.id}-c{p.child_id}"
                step = s.layer_step(p.band, sid, share)
                lead = s.child.strip() + "\n\n" if n == 0 else ""
                notes = f"{s.grown_up.strip()}\n\n{step.grown_up.strip()}" if n == 0 else step.grown_up
                step = step.model_copy(update={"child": lead + step.child, "grown_up": notes})
                older = band_age(p.band) > youngest
                turns[sid] = Turn(s.id, p.child_id, s.helper if older and s.helper else None)
                steps.append(step)
    for p in at_end:
        fu = fam.follow_ups[p.band]  # type: ignore[index]
        for fs in fu.steps:
            sid = f"{fs.id}-c{p.child_id}"
            steps.append(fs.model_copy(update={"id": sid}))
            turns[sid] = Turn(fs.id, p.child_id)
    if why:
        names = {p.child_id: p.nickname for p in seats}
        kept = "\n\n".join(f"Kept for later with {names[cid]}: {text.strip()}" for cid, text in why.items())
        first = steps[0]
        steps[0] = first.model_copy(update={"grown_up": f"{first.grown_up.strip()}\n\n{kept}"})
    activity = Activity.model_construct(
        id=fam.id,
        title=fam.title,
        band=seats[0].band,
        unit=fam.unit,
        strand=fam.strand,
        topic=fam.topic,
        badge=fam.title,
        intro=fam.intro,
        if_worried=fam.if_worried,
        key_messages=list(fam.key_messages),
        conversation=fam.conversation,
        steps=steps,
    )
    return Plan(activity, seats, turns, apart, why)


def follow_up_activity(fam: FamilyActivity, band: str, badge: str | None = None) -> Activity | None:
    """A band's follow-up as an activity of its own (one session of its steps), or None when it has none."""
    fu = fam.follow_ups.get(band)  # type: ignore[call-overload]
    if fu is None:
        return None
    return Activity.model_construct(
        id=fam.follow_up_id(band),
        title=fam.title,
        band=band,
        unit=fam.unit,
        strand=fam.strand,
        topic=fam.topic,
        badge=badge or fam.title,
        intro=fu.why,
        if_worried=fam.if_worried,
        # None of its own: the sitting already put the unit's key messages in the child's "Remember?"
        # boxes under the family activity's keys (the follow-up's own keys would repeat them).
        key_messages=[],
        conversation=None,
        steps=list(fu.steps),
    )
