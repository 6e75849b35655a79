"""`familysafe-cli print ...`: the school handout, a printed activity or a unit's conversation cards,
with no family file (issue 19).

PDFs are drawn by Qt, and `familysafe.cli` never imports Qt, so `familysafe.entry` routes the `print`
job here, as it routes the self-test: one process, and it works the same from a wheel and from the
frozen bundle (where `python -m` does not exist to start a helper). It never shows a window: Qt runs
on its offscreen platform.

    familysafe-cli print activity ID --out FILE.pdf [--language es] [--paper letter] [--easy-read]
    familysafe-cli print cards UNIT --band B --out FILE.pdf [--language es] [--paper a4] [--easy-read]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    """The `print` job's own arguments."""
    p = argparse.ArgumentParser(
        prog="familysafe-cli print",
        description="Print an activity or a unit's conversation cards as a PDF, without a family file.",
    )
    sub = p.add_subparsers(dest="what", required=True)
    act = sub.add_parser("activity", help="one activity: the child's pages, then the grown-up's notes")
    act.add_argument("id", help="the activity's id, e.g. b810-u01-tell-team (`familysafe-cli content plan`)")
    cards = sub.add_parser("cards", help="a unit's conversation cards, four to a page, with cut lines")
    cards.add_argument("unit", type=int, help="the unit's number")
    cards.add_argument("--band", required=True, help="the age band: 4-7, 8-10, 11-13 or 14-17")
    for q in (act, cards):
        q.add_argument("--out", required=True, help="the PDF to write")
        q.add_argument("--language", default="en", help="the content's language, e.g. en or es (default: en)")
        q.add_argument("--paper", choices=("a4", "letter"), help="the paper (default: from this computer's locale)")
        q.add_argument("--easy-read", action="store_true", help="use the easy-read font (embedded in the PDF)")
    return p


def main(argv: Sequence[str]) -> int:
    """Run the job; 0 when the PDF was written, 1 with a plain message on stderr when not."""
    args = build_parser().parse_args(list(argv))
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"familysafe: {out.parent}: no such folder", file=sys.stderr)
        return 1
    try:
        return _run(args, out)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # the last line of defence: a message, never a traceback
        print(f"familysafe: the PDF could not be made: {e}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a print job never opens a window
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize
    from PySide6.QtWidgets import QApplication

    from familysafe.boot import choose_language
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir
    from familysafe.services.printing import NotPrintable, cards_for_unit, handout_activity
    from familysafe.ui.i18n import install
    from familysafe.ui.printouts import Handouts, page_size_for, save_pdf

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "familysafe-cli"])
    assert isinstance(app, QApplication)
    install(app, args.language)  # the printout's own words in the content's language, where translated
    library, _ = choose_language(load_library(content_dir(), check_reading=False), args.language)
    if args.paper:
        page = QPageSize(QPageSize.PageSizeId.Letter if args.paper == "letter" else QPageSize.PageSizeId.A4)
    else:
        page = page_size_for(QLocale.system())  # the computer's place, not the content's language
    family = None
    if args.easy_read:
        from familysafe.ui.theme import easy_read_family

        family = easy_read_family()
    handouts = Handouts(page, family, library)
    try:
        if args.what == "activity":
            act = handout_activity(library, args.id)
            save_pdf(handouts.activity(act), out)
            print(f"Printed {act.title!r} ({act.id}) to {out}")
        else:
            cards = cards_for_unit(library, args.unit, args.band)
            title = f"Conversation cards: unit {args.unit}, ages {args.band}"
            copies = -(-4 // len(cards))  # a class gets a full page: the unit's cards repeated to fill it
            handouts.cards_pdf((cards * copies)[: max(4, len(cards))], out, title)
            print(f"Printed the conversation card(s) of unit {args.unit}, ages {args.band}, four to a page, to {out}")
    except NotPrintable as e:
        print(f"familysafe: {e.message}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"familysafe: {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
