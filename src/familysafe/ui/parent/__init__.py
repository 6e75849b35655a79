"""The parent area, behind the PIN (see docs/architecture.md, *Where a change goes*)."""

from familysafe.ui.parent.area import ParentArea, PinGate, ReminderRunner, ask_secret, confirm, run_print_dialog

__all__ = ["ParentArea", "PinGate", "ReminderRunner", "ask_secret", "confirm", "run_print_dialog"]
