"""The two commands' front doors: `familysafe-cli` and the window's command-line jobs.

`familysafe.cli` never imports Qt. Two jobs must: the self-test (it proves the window, the pictures and
the fonts work in this install) and `print` (Qt draws the PDFs), so they are routed here, beside the
CLI, not in it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def job_words() -> set[str]:
    """Every word that starts a command-line job, read off the CLI's own parser."""
    from familysafe.cli.main import build_parser

    parser = build_parser()
    words: set[str] = set()
    for action in parser._actions:
        words.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            words.update(action.choices)
    return words


def is_cli_job(args: Sequence[str]) -> bool:
    """Whether the window was started with a command-line job rather than Qt's own arguments."""
    if not args:
        return False  # the usual start: the CLI's parser (and what it imports) is not built at all
    words = job_words()
    return args[0] in words or any(a.startswith("--") and a in words for a in args)


def cli(argv: Sequence[str] | None = None) -> int:
    """`familysafe-cli`: the self-test here, every other job in `familysafe.cli`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from familysafe.selftest import run_self_test

        return run_self_test()
    if args[:1] == ["print"]:
        from familysafe.ui.print_job import main as print_job

        return print_job(args[1:])
    from familysafe.cli.main import main

    return main(args)


if __name__ == "__main__":
    sys.exit(cli())
