"""The one place that finds the app's files, from a source checkout or a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def assets_dir() -> Path:
    """The `assets/` folder: FAMILYSAFE_ASSETS, the PyInstaller bundle, or the `familysafe.assets` package.

    The package is the top-level `assets/` folder of a source checkout (mapped in by setup.py, so an
    editable install and a plain `PYTHONPATH=src` both find it) and a folder inside an installed wheel.
    """
    override = os.environ.get("FAMILYSAFE_ASSETS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    try:
        found = resources.files("familysafe.assets")
    except ModuleNotFoundError:
        found = None
    if isinstance(found, Path) and (found / "content").is_dir():
        return found
    # A source checkout run without installing (PYTHONPATH=src): the folder beside src/.
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "assets"
        if (candidate / "content").is_dir():
            return candidate
    return here.parent / "assets"


def asset(*parts: str) -> Path:
    """The path of one file under `assets/`."""
    return assets_dir().joinpath(*parts)


def content_dir() -> Path:
    """Where the built-in content packs live."""
    return asset("content")


def picture(name: str) -> Path:
    """A step or topic picture by its name in the content."""
    return asset("pictures", f"{name}.svg")
