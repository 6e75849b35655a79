"""Frozen entry point of the windowed `FamilySafe` executable (familysafe.app:main)."""

import sys

from familysafe.app import main

if __name__ == "__main__":
    sys.exit(main())
