"""Content packs (being split into modules)."""

from familysafe.services.packs.install import *  # noqa: F403
