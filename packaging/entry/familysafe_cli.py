"""Frozen entry point of the console `familysafe-cli` executable (familysafe.cli:main)."""

import sys

from familysafe.cli import main

if __name__ == "__main__":
    sys.exit(main())
