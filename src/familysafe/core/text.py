"""Rules for short texts that come from outside: a child's nickname, a content pack's title or
publisher. No Qt.

A label on screen or in a terminal must show what it says and nothing else: no control characters
(C0, DEL, C1: a line break in a publisher's name could forge a second line such as "Trusted"; an
escape sequence could recolour a terminal), no bidirectional overrides (they reorder what is shown),
no line or paragraph separators, and at least one visible character (a name made only of zero-width
characters looks empty).
"""

from __future__ import annotations

import unicodedata

# Explicit direction marks, embeddings, overrides and isolates (Unicode Bidirectional Algorithm).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = frozenset("\u2028\u2029\x85")


def _name(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    if ch in "\r\n":
        return f"a line break ({code})"
    if ch == "\t":
        return f"a tab ({code})"
    if ch == "\x1b":
        return f"an escape character ({code})"
    if ch == "\x00":
        return f"a NUL character ({code})"
    if ch in BIDI_CONTROLS:
        return f"a text-direction control ({code})"
    if ch in LINE_SEPARATORS:
        return f"a line separator ({code})"
    return f"a control character ({code})"


def char_kind(ch: str) -> str:
    """What a refused character is, as a code for the edges to word: "line_break", "tab", "escape",
    "nul", "direction", "line_separator" or "control" (the same kinds `text_problem` names)."""
    if ch in "\r\n":
        return "line_break"
    if ch == "\t":
        return "tab"
    if ch == "\x1b":
        return "escape"
    if ch == "\x00":
        return "nul"
    if ch in BIDI_CONTROLS:
        return "direction"
    if ch in LINE_SEPARATORS:
        return "line_separator"
    return "control"


def refused_char(text: str, *, multiline: bool = False) -> str | None:
    """The first character `text_problem` refuses in `text` (a control, direction or line-separator
    character), or None."""
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS or ch in LINE_SEPARATORS:
            return ch
    return None


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """None when `text` is fit to show; otherwise what is wrong, in plain words.

    Refused: control characters (C0, DEL, C1; with `multiline`, line feeds and tabs are allowed),
    bidirectional controls, line separators, and text with no visible character at all.
    """
    for ch in text:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS or ch in LINE_SEPARATORS:
            return f"contains {_name(ch)}, which is not allowed"
    if not any(not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Zs", "Mn", "Me") for ch in text):
        return "has no visible letters"
    return None


def shown(text: str, limit: int = 200) -> str:
    """`text` made safe to print or show on one line: every character `text_problem` refuses is written
    as a visible escape like \\x1b or \\u202e, and a long text is cut with an ellipsis."""
    out = []
    for ch in text[:limit]:
        if unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS or ch in LINE_SEPARATORS:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out) + ("…" if len(text) > limit else "")
