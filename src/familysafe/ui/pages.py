"""The Help page and the "What grown-ups see" page. Offline text only: nothing opens a browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.ui.help_texts import CONTEXT as HELP_CONTEXT
from familysafe.ui.widgets import Card, TextBlock, button, label, scrolling

if TYPE_CHECKING:
    from familysafe.core.help import ChildHelp, Contacts


def _data(text: str) -> str:
    """A text from the help files in the interface language (listed in ui/help_texts.py)."""
    return QCoreApplication.translate(HELP_CONTEXT, text)


class _ScrollPage(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A page of text: the page itself is a tab stop (with its ring), so the arrow keys scroll it.
        self.scroll_area = scrolling(name=self.tr("Page"), focusable=True)
        outer.addWidget(self.scroll_area)

    def _body(self) -> QVBoxLayout:
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(36, 24, 36, 30)
        lay.setSpacing(14)
        self.back_btn = button(self.tr("◀ Back"), self.tr("Back"))
        self.back_btn.clicked.connect(self.back)
        lay.addWidget(self.back_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.scroll_area.setWidget(body)
        return lay


class HelpScreen(_ScrollPage):
    """ "Worried about something?": the child's steps, then the grown-up's contacts for the country."""

    def show_help(
        self, child_help: ChildHelp | None, contacts: Contacts | None, country: str, band: str
    ) -> None:
        """Fill the page for a country and (for the child's part) an age band."""
        import html  # here, when the page is first shown: not at start-up

        lay = self._body()
        lay.addWidget(label(self.tr("Worried about something?"), "title"))
        if child_help is not None:
            steps = child_help.bands.get(band) or child_help.bands.get("8-10")  # type: ignore[call-overload]
            if steps is not None:
                card = Card()
                cl = QVBoxLayout(card)
                cl.setContentsMargins(20, 16, 20, 16)
                cl.addWidget(label(_data(steps.title), "subtitle"))
                cl.addWidget(TextBlock("\n".join(f"- {_data(s)}" for s in steps.steps), "childText"))
                lay.addWidget(card)
            g = child_help.grown_up
            card = Card("grownUpPanel")
            cl = QVBoxLayout(card)
            cl.setContentsMargins(20, 16, 20, 16)
            cl.addWidget(label(_data(g.title), "subtitle"))
            cl.addWidget(TextBlock("\n".join(f"- {_data(s)}" for s in g.steps)))
            lay.addWidget(card)
        if contacts is None:
            lay.addWidget(
                label(self.tr("The list of helplines could not be read. Please reinstall FamilySafe."))
            )
        else:
            lay.addWidget(label(self.tr("Who can help"), "title"))
            emergency = contacts.emergency_number(country)
            if emergency:
                lay.addWidget(
                    label(
                        self.tr("If a child is in danger right now, call %1.").replace("%1", emergency),
                        "subtitle",
                    )
                )
            for where, c in contacts.for_country(country):
                card = Card()
                cl = QVBoxLayout(card)
                cl.setContentsMargins(18, 12, 18, 12)
                who = {
                    "children": self.tr("for children and young people"),
                    "adults": self.tr("for adults"),
                }.get(c.for_, self.tr("for children and adults"))
                cl.addWidget(label(_data(c.name), "subtitle"))
                cl.addWidget(label(f"{_data(where)} · {who}", "muted"))
                cl.addWidget(label(_data(c.what)))
                details = []
                if c.phone:
                    details.append(self.tr("Phone: %1").replace("%1", c.phone))
                if c.text:
                    details.append(self.tr("Text: %1").replace("%1", _data(c.text)))
                if c.web:
                    details.append(self.tr("Website: %1").replace("%1", c.web))
                if c.hours:
                    details.append(self.tr("Hours: %1").replace("%1", _data(c.hours)))
                for d in details:
                    w = label(d)
                    w.setAccessibleName(html.unescape(d))
                    cl.addWidget(w)
                lay.addWidget(card)
            lay.addWidget(
                label(
                    self.tr("These details were last checked on %1.").replace(
                        "%1", contacts.checked.isoformat()
                    ),
                    "muted",
                )
            )
        lay.addStretch(1)
        self.back_btn.setFocus()


class GrownUpsSeeScreen(_ScrollPage):
    """What the grown-up can see in the parent area, told to the child (ICO Children's Code, standard 11)."""

    def show_page(self) -> None:
        """Fill the page."""
        lay = self._body()
        lay.addWidget(label(self.tr("What grown-ups can see"), "title"))
        lay.addWidget(
            TextBlock(
                self.tr(
                    "Your grown-up has a parent area in FamilySafe. In it they can see:\n\n"
                    "- which activities you have done, and how long they took\n"
                    "- how the quiz answers went, by topic\n"
                    "- the notes they typed at the end of an activity\n"
                    "- the promises your family made together\n\n"
                    "They cannot see anything else on this computer, and nothing is sent anywhere. "
                    "Everything stays on this computer.\n\n"
                    "If you want to talk about what they can see, just ask them."
                ),
                "childText",
            )
        )
        lay.addStretch(1)
        self.back_btn.setFocus()
