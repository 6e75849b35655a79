"""`python -m familysafe`: the CLI when given arguments, the app without."""

from __future__ import annotations

import sys


def _main() -> int:
    if len(sys.argv) > 1:
        from familysafe.entry import cli

        return cli()
    from familysafe.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(_main())
