"""Parent guides: safe rendering of their light Markdown, search, filters, unlocking and reading state.

Plain Python, no Qt. The reading state lives in the family's settings dict under `guides_read`
(a sorted list of guide ids); the functions here take a settings dict and return a new one, so the
caller decides when to save it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from familysafe.core.models import Settings

if TYPE_CHECKING:
    from familysafe.core.content import Activity, Guide, Library

GUIDES_READ_KEY = "guides_read"  # the key of `Settings.guides_read` in the stored settings

# ---------------------------------------------------------------- light Markdown

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_NUMBER = re.compile(r"^ {0,3}(\d{1,9})[.)][ \t]+(.*)$")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_STAR = "\x00"  # stands in for an escaped asterisk (`\*`) while emphasis is matched


def _inline(text: str) -> str:
    """Escape everything, then turn `**strong**` and `*emphasis*` into tags (the only tags made)."""
    text = text.replace(_STAR, "").replace("\\*", _STAR)
    out = html.escape(text, quote=True)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    out = _EM.sub(r"<em>\1</em>", out)
    return out.replace(_STAR, "*")


def markdown_to_html(body: str) -> str:
    """The guide's light Markdown as HTML: `##`/`###` headings, `-`/`*` and numbered lists,
    `*emphasis*`, `**strong**` and paragraphs.

    Every other character is escaped, so no tag, link or image written in the text can reach the
    renderer: `<img ...>` and `[text](url)` come out as the literal text they are.
    """
    out: list[str] = []
    para: list[str] = []
    items: list[list[str]] = []
    kind = ""  # "ul" or "ol" while a list is open
    start = 1
    blank_before = False

    def close_para() -> None:
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
            para.clear()

    def close_list() -> None:
        nonlocal kind
        if kind:
            first = f' start="{start}"' if kind == "ol" and start != 1 else ""
            lis = "".join(f"<li>{_inline(' '.join(lines))}</li>" for lines in items)
            out.append(f"<{kind}{first}>{lis}</{kind}>")
            items.clear()
            kind = ""

    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            close_para()
            blank_before = True
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        number = _NUMBER.match(line)
        if heading:
            close_para()
            close_list()
            level = min(max(len(heading.group(1)), 2), 3)  # the title is the page's only h1
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif bullet or number:
            close_para()
            new_kind = "ul" if bullet else "ol"
            if kind != new_kind:
                close_list()
                kind = new_kind
                start = int(number.group(1)) if number else 1
            text = bullet.group(1) if bullet else number.group(2) if number else ""
            items.append([text.strip()])
        elif kind and (not blank_before or raw.startswith(("  ", "\t"))):
            items[-1].append(line.strip())  # an item's continuation line
        else:
            close_list()
            para.append(line.strip())
        blank_before = False
    close_para()
    close_list()
    return "".join(out)


# ---------------------------------------------------------------- finding guides

_WORD = re.compile(r"\w+(?:['\-]\w+)*")


def _normal(text: str) -> str:
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'")


def search(guides: Iterable[Guide], query: str) -> list[Guide]:
    """The guides whose title, summary or body contains every word of `query`, ignoring case,
    in the order given. A word matches the start or middle of a longer word ("bully" finds
    "bullying"). An empty query (or one with no words) matches every guide."""
    words = _WORD.findall(_normal(query))
    if not words:
        return list(guides)
    found = []
    for g in guides:
        text = _normal(f"{g.title}\n{g.summary}\n{g.body}")
        if all(w in text for w in words):
            found.append(g)
    return found


def filter_guides(guides: Iterable[Guide], strand: str | None = None, band: str | None = None) -> list[Guide]:
    """The guides of one strand (topic) and/or written for one age band; None means any."""
    return [g for g in guides if (strand is None or g.strand == strand) and (band is None or band in g.bands)]


def guide_unlocked_units(children_unlocks: Mapping[Any, Iterable[int]]) -> set[int]:
    """The units whose guides are open for the family: the union of every child's unlocked units.

    The issue says a guide unlocks with its unit "for the family's youngest child that reaches
    it". Among the children who reach a unit, the youngest is simply the first of them to do so,
    and a unit opens for every child in turn; so "open once any child has the unit" is the same
    rule with no need to know ages. It also means an older sibling's unit opens its guide even
    when a younger child will never reach it (a band with fewer units), which the parent needs.
    """
    units: set[int] = set()
    for child_units in children_unlocks.values():
        units.update(child_units)
    return units


def guide_open_units(children: Mapping[Any, tuple[str, Iterable[int]]]) -> set[tuple[str, int]]:
    """(band, unit) for every unit open for a child: child -> (age band, unlocked units).

    A guide can belong to a different unit in each band (the sextortion guide goes with unit 14
    in 14-17 and with unit 17 elsewhere), so what opens it is a unit *of a band*.
    """
    return {(band, u) for band, units in children.values() for u in units}


def unlocked_guides(guides: Iterable[Guide], unlocked: Iterable[int | tuple[str, int]]) -> list[Guide]:
    """The guides that are open, in unit order.

    `unlocked` holds (band, unit) pairs (see `guide_open_units`): a guide is open when one of its
    units for that band is. A plain unit number (see `guide_unlocked_units`) opens the guides whose
    own `unit` it is, in any band.
    """
    pairs = {u for u in unlocked if isinstance(u, tuple)}
    plain = {u for u in unlocked if isinstance(u, int)}

    def is_open(g: Guide) -> bool:
        return g.unit in plain or any(u in g.units_for(band) for band, u in pairs)

    return sorted((g for g in guides if is_open(g)), key=lambda g: (g.unit, g.id))


def new_since(guides: Iterable[Guide], read_ids: set[str]) -> list[Guide]:
    """The guides (pass the unlocked ones) that have not been read yet, in the order given."""
    return [g for g in guides if g.id not in read_ids]


def guide_for_activity(library: Library, activity: Activity) -> Guide | None:
    """The guide that goes with the activity: the one lined up with its band's unit, or None.

    A guide that names this band's unit under `units:` comes first; then one whose own unit it is.
    """
    guides = library.guides_for_unit(activity.unit, activity.band)
    if guides:
        return guides[0]
    fallback = library.guides_for_unit(activity.unit)
    return fallback[0] if fallback else None


# ---------------------------------------------------------------- reading state (in Family.settings)


def read_guide_ids(settings: Settings) -> set[str]:
    """The ids of the guides marked as read; anything malformed in the settings is ignored."""
    return set(settings.guides_read)


def mark_read(settings: Settings, guide_id: str) -> Settings:
    """A copy of the settings with the guide marked as read (saved as a sorted list of ids)."""
    out = settings.copy()
    out.guides_read = sorted(read_guide_ids(settings) | {guide_id})
    return out


def mark_unread(settings: Settings, guide_id: str) -> Settings:
    """A copy of the settings with the guide no longer marked as read."""
    out = settings.copy()
    out.guides_read = sorted(read_guide_ids(settings) - {guide_id})
    return out
