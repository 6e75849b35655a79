"""Review sessions on screen (issue 17, item 6): the review's words in the family's language, the home
card's "Review time" row, and the end page's "when the next one comes". The session screen plays a
review as it plays any activity."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from familysafe.core.review import ReviewWords
from familysafe.services.family import FamilyService
from familysafe.services.review import ReviewStatus, changed_pledges, status
from familysafe.services.sessions import Session
from familysafe.ui.widgets import Picture, button, label


def review_words() -> ReviewWords:
    """The sentences a review is built with, translated (literal arguments, so lupdate finds them)."""
    return ReviewWords(
        title=QCoreApplication.translate("Review", "Review time"),
        badge=QCoreApplication.translate("Review", "Review star"),
        topic=QCoreApplication.translate("Review", "Looking back at the year"),
        intro=QCoreApplication.translate(
            "Review",
            "A review session: a few things from this year to remember, two stories to try another way, and "
            "your promises to check. There is nothing new to learn, and nothing to get right or wrong.",
        ),
        if_worried=QCoreApplication.translate(
            "Review",
            "If something online worries you, stop and tell a grown-up you trust. You will never be in "
            "trouble for telling.",
        ),
        remember_child=QCoreApplication.translate("Review", "Remember? Let's see what we remember from this year."),
        remember_grown_up=QCoreApplication.translate(
            "Review",
            "These come from what your child found hard: questions answered wrongly before and cards they "
            "were not sure of. Read each one together; there is no score. Praise the remembering, and look "
            "again together at anything forgotten.",
        ),
        remembered=QCoreApplication.translate("Review", "We remembered it"),
        look_again=QCoreApplication.translate("Review", "Let's look at it again"),
        scenario_child=QCoreApplication.translate(
            "Review", "Last time you chose: {choice}. This time, let's try the other way."
        ),
        scenario_child_plain=QCoreApplication.translate(
            "Review", "Let's play this story again and try a different way."
        ),
        scenario_grown_up=QCoreApplication.translate(
            "Review",
            "This story is replayed with the choices your child did not take last time. Talk about what "
            "happens now, and which way felt better. There is no wrong answer here.",
        ),
        pledge_child=QCoreApplication.translate(
            "Review", "You promised: “{pledge}” Is it still true? Would you change it?"
        ),
        pledge_prompt=QCoreApplication.translate(
            "Review", "Still true? Leave the box below empty to keep it, or type the new words there."
        ),
        pledge_grown_up=QCoreApplication.translate(
            "Review",
            "Read the promise together. If it still fits, leave the box empty and it stays as it is. If your "
            "child wants to change it, type the new words: the family agreement will show them, and the old "
            "words are kept in the notes.",
        ),
        tell_child=QCoreApplication.translate(
            "Review",
            "If something online ever feels wrong, who would you tell? Say their names out loud: a grown-up "
            "at home, a teacher, or another grown-up you trust. Telling is always the right thing to do.",
        ),
        tell_grown_up=QCoreApplication.translate(
            "Review",
            "Let your child name the people they would tell, and add any they forget. Remind them that they "
            "will never be in trouble for telling you, whatever happened.",
        ),
        pledge_changed_note=QCoreApplication.translate(
            "Review", "A promise was changed in a review.\nBefore: {old}\nNow: {new}"
        ),
        pledge_kept_note=QCoreApplication.translate(
            "Review",
            "New words for the promise “{old}” were typed in a review, but they are too long for the "
            "family agreement (300 letters at most) or hold characters it cannot show, so the promise stays "
            "as it was. The new words: {new}",
        ),
        looking_back_child=QCoreApplication.translate(
            "Review", "What do you remember most from this year? Tell your grown-up."
        ),
        looking_back_grown_up=QCoreApplication.translate(
            "Review", "Ask about a favourite activity and a promise your child still keeps."
        ),
        looking_ahead_child=QCoreApplication.translate(
            "Review", "What would you like to learn about next? Tell your grown-up."
        ),
        looking_ahead_grown_up=QCoreApplication.translate(
            "Review",
            "Listen to what your child is curious or unsure about online: games, videos, friends, new apps. "
            "Agree on one thing to find out about together.",
        ),
    )


def next_review_text(status: ReviewStatus, today: date, locale: QLocale) -> str:
    """ "The next review session comes in N days, on <date>." (or today), in the user's locale; "" before
    the band's year is done."""
    nxt = status.next_date
    if nxt is None or status.year_done is None:
        return ""
    if status.waiting_for_content:
        return QCoreApplication.translate("Review", "Review sessions come back once the new activities are done.")
    days = QDate(today.year, today.month, today.day).daysTo(QDate(nxt.year, nxt.month, nxt.day))
    if days <= 0:
        return QCoreApplication.translate("Review", "A review session is ready today.")
    when = locale.toString(QDate(nxt.year, nxt.month, nxt.day), QCoreApplication.translate("Review", "dddd d MMMM"))
    text = (
        QCoreApplication.translate("Review", "The next review session comes tomorrow, %2.")
        if days == 1
        else QCoreApplication.translate("Review", "The next review session comes in %1 days, on %2.")
    )
    return text.replace("%1", str(days)).replace("%2", when)


def review_row(status: ReviewStatus, nickname: str) -> tuple[QHBoxLayout, QPushButton]:
    """The home card's "Review time" row and its button (Start, or Carry on for one begun)."""
    row = QHBoxLayout()
    row.addWidget(Picture("pictures", "thinking", 48))
    txt = QVBoxLayout()
    txt.addWidget(label(QCoreApplication.translate("Review", "Review time"), "subtitle"))
    txt.addWidget(
        label(
            QCoreApplication.translate("Review", "Looking back at the year · about 15 minutes"),
            "muted",
        )
    )
    row.addLayout(txt, 1)
    if status.in_progress:
        text = QCoreApplication.translate("Review", "Carry on")
        name = QCoreApplication.translate("Review", "Carry on %1's review session")
    else:
        text = QCoreApplication.translate("Review", "Start")
        name = QCoreApplication.translate("Review", "Start %1's review session")
    b = button(text, name=name.replace("%1", nickname), object_name="primary")
    row.addWidget(b)
    return row, b


def show_review_end(page: Any, s: Session, svc: FamilyService) -> None:
    """Fill the session's end page (ui/session.py EndPage) for a finished review: well done, a changed
    promise, and when the next review comes."""
    page.title.setText(QCoreApplication.translate("Review", "Review done, %1!").replace("%1", s.child.nickname))
    page.badge_name.setText(QCoreApplication.translate("Review", "Well done for looking back together!"))
    changed = changed_pledges(s)
    page.pledge.setText(
        QCoreApplication.translate("Review", "Your new promise is in the family agreement.") if changed else ""
    )
    today = svc.clock.now().date()
    page.next_text.setText(next_review_text(status(svc, s.child), today, QLocale()))
