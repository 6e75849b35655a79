"""Remember? cards: a Leitner box per key message, weighted to what the child found hard.

Box 1 comes back the next day, box 5 after a month. A right answer moves the
card up one box, a wrong one back to box 1. Each session opens with one or two
cards chosen from those due.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from datetime import date, timedelta

from familysafe.core.models import RecallItem

MAX_BOX = 5
INTERVAL_DAYS: dict[int, int] = {1: 1, 2: 3, 3: 7, 4: 14, 5: 30}
# Past a few misses a card is plainly hard; more should not crowd out every other card for ever.
_WRONG_CAP = 5


def _box(item: RecallItem) -> int:
    # A box number outside 1..5 can only come from damaged data: treat it as the nearest real box.
    return min(max(item.box, 1), MAX_BOX)


def new_item(child_id: int, key: str, today: date) -> RecallItem:
    """A card for a key message the child has just met: box 1, first due tomorrow.

    Tomorrow, because asking again the same day tests memory of the last few
    minutes, not recall. ValueError for an empty key.
    """
    if not key:
        raise ValueError("a recall card needs a key")
    return RecallItem(
        child_id=child_id, key=key, box=1, due=today + timedelta(days=INTERVAL_DAYS[1]), seen=0, wrong=0
    )


def review(item: RecallItem, correct: bool, today: date) -> RecallItem:
    """The card after one answer, as a new value (the given one is unchanged).

    Right: one box up (at most 5). Wrong: back to box 1 and `wrong` + 1. Either
    way `seen` + 1 and the card is next due today + its new box's interval.
    """
    box = min(_box(item) + 1, MAX_BOX) if correct else 1
    return dataclasses.replace(
        item,
        box=box,
        due=today + timedelta(days=INTERVAL_DAYS[box]),
        seen=item.seen + 1,
        wrong=item.wrong + (0 if correct else 1),
    )


def is_due(item: RecallItem, today: date) -> bool:
    """True when the card may be shown today (never scheduled, or due today or earlier)."""
    return item.due is None or item.due <= today


def card_weight(item: RecallItem) -> float:
    """How strongly a card is preferred: higher for lower boxes and for more wrong answers.

    Box 1 weighs 5 times box 5; each wrong answer (up to 5) adds the base weight once more.
    """
    return float((MAX_BOX + 1 - _box(item)) * (1 + min(max(item.wrong, 0), _WRONG_CAP)))


def choose_cards(
    items: Sequence[RecallItem],
    today: date,
    n: int = 2,
    rng: random.Random | None = None,
) -> list[RecallItem]:
    """Up to `n` different due cards, drawn at random weighted by `card_weight`, most preferred first.

    Only due cards (see `is_due`); a key repeated in `items` counts once (its
    first occurrence). The same `rng` state and items give the same choice.
    Fewer than `n` due cards: all of them. n <= 0: none.
    """
    if n <= 0:
        return []
    rng = rng if rng is not None else random.Random()
    seen: set[tuple[int, str]] = set()
    due: list[RecallItem] = []
    for item in items:
        ident = (item.child_id, item.key)
        if ident in seen:
            continue
        seen.add(ident)
        if is_due(item, today):
            due.append(item)
    # Weighted sampling without replacement (Efraimidis-Spirakis): each card draws u ** (1 / weight).
    keyed = [(rng.random() ** (1.0 / card_weight(item)), i) for i, item in enumerate(due)]
    keyed.sort(key=lambda pair: (-pair[0], pair[1]))
    return [due[i] for _, i in keyed[:n]]
