"""Reading level of plain English text (Flesch-Kincaid grade), with no dependency.

textstat now needs NLTK's CMU dictionary, which it downloads at first use; an
offline project cannot, so the formula and a syllable heuristic live here.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'’”)]*)(?:\s+|$)|\n\s*\n|\n\s*-\s")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def count_syllables(word: str) -> int:
    """Estimate the syllables of one English word (at least one)."""
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 1
    if len(w) <= 3:
        return 1
    groups = len(_VOWEL_GROUPS.findall(w))
    # A silent final "e" ("make"), but not "-le" after a consonant ("table").
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    # "-ed" is silent except after t or d ("asked" one, "wanted" two).
    if w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and groups > 1:
        groups -= 1
    if (
        w.endswith("es")
        and len(w) > 3
        and w[-3] not in "cgsxz"
        and w[-4:-2] not in ("ch", "sh")
        and groups > 1
    ):
        groups -= 1
    return max(1, groups)


def text_stats(text: str) -> tuple[int, int, int]:
    """Return (sentences, words, syllables) of a text."""
    words = _WORD.findall(text)
    pieces = [p for p in _SENTENCE_END.split(text) if _WORD.search(p)]
    sentences = max(1, len(pieces))
    syllables = sum(count_syllables(w) for w in words)
    return sentences, len(words), syllables


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade level of a text; 0.0 for a text with no words."""
    sentences, words, syllables = text_stats(text)
    if words == 0:
        return 0.0
    return round(0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59, 1)
