"""Issue 18: the parent area shows sittings together in each child's progress, and the printouts mark them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from familysafe.core.models import Family
from familysafe.services import together as tg
from familysafe.ui.parent import TAB_PROGRESS
from familysafe.ui.printouts import Printouts

# The engine's own example of unit 1 (with a 14-17 follow-up), not the shipped words.
pytestmark = pytest.mark.usefixtures("unit_one_example")


def _sitting(svc: Any) -> tuple[Any, Any]:
    svc.save_family(Family(name="Rivers", setup_step="done"))
    child_h, child_k = svc.add_child("Child H", "4-7", "owl"), svc.add_child("Child K", "14-17", "fox")
    tg.open_together(svc, [child_h, child_k], svc.library.family_for_unit(1)).play_to_end()
    return child_h, child_k


def test_progress_marks_sittings_together_and_the_follow_up_still_to_do(area: Any, svc: Any) -> None:
    _sitting(svc)
    area.refresh()
    area.show_tab(TAB_PROGRESS)
    texts = [w.text() for w in area.progress_tab.widget().findChildren(QLabel)]
    assert "Unit 1, together: Our Family Tell Team, with Child K" in texts
    assert (
        "Unit 1, together: Our Family Tell Team, with Child H · their own part (to do with you alone) is still to do"
        in texts
    )
    agreement = [t for t in texts if "We will tell a grown-up" in t]
    assert len(agreement) == 1 and agreement[0].count("We will tell a grown-up") == 1  # the promise, once
    assert "(agreed by Child H, Child K)" in agreement[0]  # with everyone who agreed


def test_the_agreement_names_only_who_agreed_on_screen_and_printed(area: Any, svc: Any) -> None:
    from familysafe.core.answers import PledgeAnswer, default_answer

    svc.save_family(Family(name="Rivers", setup_step="done"))
    child_h, child_k = svc.add_child("Child H", "4-7", "owl"), svc.add_child("Child K", "11-13", "fox")
    s = tg.open_together(svc, [child_h, child_k], svc.library.family_for_unit(1))
    s.play_to_end(lambda st: PledgeAnswer(True, who=(child_k.id or 0,)) if st.kind == "pledge" else default_answer(st))
    area.refresh()
    area.show_tab(TAB_PROGRESS)
    texts = [w.text() for w in area.progress_tab.widget().findChildren(QLabel)]
    [agreement] = [t for t in texts if "We will tell a grown-up" in t]
    assert "(agreed by Child K)" in agreement and "Child H" not in agreement
    printed = " ".join(Printouts(svc).agreement().toPlainText().split())
    assert printed.count("We will tell a grown-up") == 1 and "Agreed by Child K" in printed
    assert "Agreed by Child H" not in printed


def test_the_summary_marks_a_unit_done_together(qapp: Any, svc: Any) -> None:
    child_h, child_k = _sitting(svc)
    assert "1. Who can I tell? (together)" in Printouts(svc).summary(child_h).toPlainText()
    assert "Who can I tell?" not in Printouts(svc).summary(child_k).toPlainText().split("Units finished")[1]
