"""The `familysafe-cli` command: the jobs that need no window. Never imports Qt."""

from familysafe.cli.main import main

__all__ = ["main"]
