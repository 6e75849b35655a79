"""What may be printed, and the data the printouts are built from (issue 19). No Qt: the PDFs are
drawn by familysafe.ui.printouts, which asks here first.

- A family prints an activity only when its unit is open for the child (by the schedule, or
  because the grown-up unlocked it) or the child has finished it: a locked activity is never printed.
- A school handout (`familysafe-cli print`) has no family and no schedule: a teacher may print any
  activity of the installed content, as they would from a printed pack.
- Conversation cards: one per activity, three questions each; a family gets the cards of the units
  its child has finished, a teacher those of any unit and band.
- The agreement pairs each child's promise with the grown-up's from the same activity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from familysafe.core.content import STRANDS, Activity, Library, PledgeStep
from familysafe.core.models import AGE_BANDS, Child, Pledge
from familysafe.services.family import FamilyService


class NotPrintable(ValueError):
    """The activity or unit cannot be printed; the message says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Card:
    """One conversation card: an activity's three open questions."""

    activity_id: str
    title: str
    band: str
    unit: int
    questions: tuple[str, ...]


@dataclass(frozen=True)
class AgreementRow:
    """One line of the agreement: a promise the children made and the grown-up's beside it."""

    strand: str
    child: str  # "" when only the grown-up promised
    grown_up: str  # "" when the activity had no grown-up's pledge, or it was not made
    who: tuple[str, ...] = ()  # the nicknames of the children who agreed to `child`, first to agree first


def grown_up_pledge(activity: Activity) -> str | None:
    """The grown-up's pledge of an activity, if its pledge step has one."""
    return next((s.grown_up_pledge for s in activity.steps if isinstance(s, PledgeStep) and s.grown_up_pledge), None)


# ---------------------------------------------------------------- a family's printouts


def printable_activities(svc: FamilyService, child: Child) -> list[Activity]:
    """The child's activities that may be printed: every activity of an open unit of the child's band,
    and every activity the child finished, in any band (issue 17: nothing earned is lost)."""
    open_units = {unit for unit, _, is_open in svc.unit_dates(child) if is_open}
    done = set(svc.store.sessions.finished_activity_ids(child.id)) if child.id is not None else set()
    current = [a for a in svc.library.for_band(child.age_band) if a.unit in open_units or a.id in done]
    earlier = [a for a in svc.library.activities.values() if a.id in done and a.band != child.age_band]
    return earlier + current


def activity_for_child(svc: FamilyService, child: Child, activity_id: str) -> Activity:
    """The activity to print for this child; NotPrintable when it is locked or not the child's."""
    act = svc.library.activities.get(activity_id)
    if act is None or (act.band != child.age_band and act not in printable_activities(svc, child)):
        raise NotPrintable(f"{child.nickname} has no activity {activity_id!r} to print.")
    if act not in printable_activities(svc, child):
        raise NotPrintable(
            f"Unit {act.unit} is still locked for {child.nickname}, so {act.title!r} cannot be printed yet. "
            "Unlock it in the parent area first."
        )
    return act


def cards_for_child(svc: FamilyService, child: Child) -> list[Card]:
    """The conversation cards of every unit the child has finished, in unit order."""
    cards: list[Card] = []
    for _, _, acts, _ in svc.finished_units(child):
        cards += [c for c in (card(a) for a in acts) if c is not None]
    return cards


def agreement_rows(pledges: list[Pledge], names: Mapping[int, str] | None = None) -> list[AgreementRow]:
    """Promises in the strands' order, each child's promise beside the grown-up's from the same
    activity; the same promise made by two children (or twice, or by several in a sitting together) is
    one row, naming in `who` every child who agreed to it (by `names`, child id -> nickname; a child not
    in `names` is left out of `who`)."""
    rows: dict[tuple[str, str], list[str]] = {}  # (strand, activity) -> [child text, grown-up text]
    agreed: dict[tuple[str, str], list[int]] = {}  # (strand, activity) -> the children who agreed
    for p in pledges:
        key = (p.strand, p.activity_id)
        row = rows.setdefault(key, ["", ""])
        row[1 if p.by_grown_up else 0] = row[1 if p.by_grown_up else 0] or p.text
        if not p.by_grown_up and p.child_id not in agreed.setdefault(key, []):
            agreed[key].append(p.child_id)
    out: list[AgreementRow] = []
    seen: dict[tuple[str, str, str], int] = {}  # a row's words -> its place in `out`
    order = list(STRANDS) + sorted({s for s, _ in rows} - set(STRANDS))
    for strand in order:
        for key, (child_text, grown_text) in rows.items():
            if key[0] != strand:
                continue
            who = tuple(names[c] for c in agreed.get(key, []) if names is not None and c in names)
            words = (strand, child_text, grown_text)
            if words in seen:
                i = seen[words]
                merged = out[i].who + tuple(n for n in who if n not in out[i].who)
                out[i] = AgreementRow(strand, child_text, grown_text, merged)
                continue
            seen[words] = len(out)
            out.append(AgreementRow(strand, child_text, grown_text, who))
    return out


# ---------------------------------------------------------------- a school's printouts


def handout_activity(library: Library, activity_id: str) -> Activity:
    """Any activity of the installed content, by id (the school handout has no schedule)."""
    act = library.activities.get(activity_id)
    if act is None:
        near = sorted(a for a in library.activities if activity_id.lower() in a)[:5]
        hint = f" Did you mean: {', '.join(near)}?" if near else " `familysafe-cli content plan` lists them."
        raise NotPrintable(f"There is no activity {activity_id!r}.{hint}")
    return act


def cards_for_unit(library: Library, unit: int, band: str) -> list[Card]:
    """The conversation cards of one unit for one band (every activity of it, built-in and packs)."""
    if band not in AGE_BANDS:
        raise NotPrintable(f"{band!r} is not an age band; use one of {', '.join(AGE_BANDS)}.")
    acts = library.unit_activities(band, unit)
    if not acts:
        total = library.total_units(band)
        if not total:
            raise NotPrintable(f"This content has no activities for band {band}.")
        raise NotPrintable(f"Band {band} has no unit {unit}; its units are 1 to {total}.")
    cards = [c for c in (card(a) for a in acts) if c is not None]
    if not cards:
        raise NotPrintable(f"Unit {unit} of band {band} has no conversation questions to print.")
    return cards


def card(activity: Activity) -> Card | None:
    """The activity's conversation card (None when it has no questions)."""
    if not activity.conversation:
        return None
    return Card(activity.id, activity.title, activity.band, activity.unit, tuple(activity.conversation))
