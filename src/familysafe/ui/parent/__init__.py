"""The parent area, behind the PIN: one module per tab, talking to the area through signals (see
docs/architecture.md, *Where a change goes*).

Importing this package is cheap: `ParentArea` and the tabs load when first asked for, so the main
window can use the reminder runner and the visit banner from the start and build the area only when
a grown-up first opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from familysafe.ui.parent.common import (
    TAB_CHILDREN,
    TAB_DATA,
    TAB_GUIDES,
    TAB_NOTES,
    TAB_PACKS,
    TAB_PRINT,
    TAB_PROGRESS,
    TAB_SCHEDULE,
    TAB_SETTINGS,
)
from familysafe.ui.reminders import ReminderRunner, visit_banner

if TYPE_CHECKING:
    from familysafe.ui.parent.area import ParentArea
    from familysafe.ui.parent.dialogs import ask_secret, confirm, run_print_dialog
    from familysafe.ui.parent.gate import PinGate

def __getattr__(name: str) -> Any:
    """The area, its gate and its dialogs (and Qt's printing), imported on first use. Plain import
    statements, so the bundler sees these modules."""
    if name == "ParentArea":
        from familysafe.ui.parent.area import ParentArea

        return ParentArea
    if name == "PinGate":
        from familysafe.ui.parent.gate import PinGate

        return PinGate
    if name in ("ask_secret", "confirm", "run_print_dialog"):
        from familysafe.ui.parent import dialogs

        return getattr(dialogs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "TAB_CHILDREN",
    "TAB_DATA",
    "TAB_GUIDES",
    "TAB_NOTES",
    "TAB_PACKS",
    "TAB_PRINT",
    "TAB_PROGRESS",
    "TAB_SCHEDULE",
    "TAB_SETTINGS",
    "ParentArea",
    "PinGate",
    "ReminderRunner",
    "ask_secret",
    "confirm",
    "run_print_dialog",
    "visit_banner",
]
