"""Frozen entry point of the console `familysafe-cli` executable (familysafe.entry:cli)."""

import sys

from familysafe.entry import cli

if __name__ == "__main__":
    sys.exit(cli())
