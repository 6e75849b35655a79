"""The content model, its loader and its rules (being split into modules)."""

from familysafe.core.content.model import *  # noqa: F403
from familysafe.core.content.model import _pydantic_problems  # noqa: F401
