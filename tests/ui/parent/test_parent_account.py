"""Issue 16, item 4 and 14: nothing chosen at setup is permanent. The PIN can be set after "Skip for
now", changed with the old PIN or the recovery code, and recovered at the gate (the new PIN twice, the
new code on its own page); the country and a child's picture can be changed. A bad entry is said
beside its field and changes nothing saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from familysafe.core.models import Family
from familysafe.ui.parent import TAB_CHILDREN, TAB_SETTINGS

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def child_a(svc: Any) -> Any:
    svc.save_family(Family(name="Rivers", setup_step="done", country="GB"))
    return svc.add_child("Child A", "8-10", "fox")


def click(qtbot: Any, w: QWidget) -> None:
    assert w.isVisible() and w.isEnabled(), f"{w.accessibleName()!r} cannot be clicked"
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def typed(qtbot: Any, field: QWidget, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def open_settings(qtbot: Any, area: Any) -> Any:
    area.show_tab(TAB_SETTINGS)
    tab = area.settings_tab
    qtbot.waitUntil(lambda: tab.pin_button.isVisible())
    return tab


def test_a_pin_can_be_set_after_skipping_it(qtbot: Any, svc: Any, child_a: Any, area: Any) -> None:
    assert not svc.has_pin()
    tab = open_settings(qtbot, area)
    # With no PIN, Settings never claims that the PIN keeps children out.
    assert "no PIN" in tab.pin_note.text() and "keeps children out of this area" not in tab.pin_note.text()
    click(qtbot, tab.pin_button)
    dialog = tab.pin_dialog
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    assert not form.old.isVisible()  # nothing to prove yet
    # Two different PINs: said beside the new PIN, nothing saved.
    typed(qtbot, form.new, "2468")
    typed(qtbot, form.again, "2469")
    click(qtbot, form.go)
    qtbot.waitUntil(form.new_error.isVisible)
    assert "different" in form.new_error.text()
    assert not svc.has_pin()
    # A PIN too short: said beside it, nothing saved.
    typed(qtbot, form.new, "12")
    typed(qtbot, form.again, "12")
    click(qtbot, form.go)
    qtbot.waitUntil(lambda: "at least 4" in form.new_error.text())
    assert not svc.has_pin()
    typed(qtbot, form.new, "2468")
    typed(qtbot, form.again, "2468")
    qtbot.keyClick(form.again, Qt.Key.Key_Return)
    # The new recovery code shows on a page of its own.
    qtbot.waitUntil(lambda: form.stack.currentIndex() == 1)
    assert len(form.code.text()) == 19 and form.code.isVisible()
    assert not form.new.isVisible()
    assert svc.check_pin("2468").ok
    click(qtbot, form.written)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "keeps children out" in area.settings_tab.pin_note.text())
    assert area.settings_tab.pin_button.text().startswith("Change")
    assert "PIN is set" in area.status.text()


def test_the_pin_is_changed_with_the_old_pin_or_the_recovery_code(
    qtbot: Any, svc: Any, child_a: Any, area: Any
) -> None:
    code = svc.set_pin("1357")
    tab = open_settings(qtbot, area)
    click(qtbot, tab.pin_button)
    form = tab.pin_dialog.form
    qtbot.waitUntil(form.old.isVisible)
    # A wrong old PIN: said beside the old PIN's field; the PIN is unchanged.
    typed(qtbot, form.old, "9999")
    typed(qtbot, form.new, "2468")
    typed(qtbot, form.again, "2468")
    click(qtbot, form.go)
    qtbot.waitUntil(form.old_error.isVisible)
    assert "Nothing was changed" in form.old_error.text()
    assert not form.new_error.isVisible()
    assert svc.check_pin("1357").ok and not svc.check_pin("2468").ok
    # The old PIN works.
    typed(qtbot, form.old, "1357")
    click(qtbot, form.go)
    qtbot.waitUntil(lambda: form.stack.currentIndex() == 1)
    first_new_code = form.code.text()
    assert first_new_code != code and len(first_new_code) == 19
    assert svc.check_pin("2468").ok and not svc.check_pin("1357").ok
    click(qtbot, form.written)
    qtbot.waitUntil(lambda: not tab.pin_dialog.isVisible())
    # And the recovery code (the newest one) works instead of the PIN.
    tab = area.settings_tab
    click(qtbot, tab.pin_button)
    form = tab.pin_dialog.form
    qtbot.waitUntil(form.old.isVisible)
    typed(qtbot, form.old, first_new_code.lower())
    typed(qtbot, form.new, "8642")
    typed(qtbot, form.again, "8642")
    click(qtbot, form.go)
    qtbot.waitUntil(lambda: form.stack.currentIndex() == 1)
    assert svc.check_pin("8642").ok
    # Cancel on a new dialog changes nothing.
    click(qtbot, form.written)
    tab = area.settings_tab
    click(qtbot, tab.pin_button)
    form = tab.pin_dialog.form
    qtbot.waitUntil(form.old.isVisible)
    typed(qtbot, form.old, "8642")
    typed(qtbot, form.new, "1111")
    click(qtbot, form.cancel)
    qtbot.waitUntil(lambda: not tab.pin_dialog.isVisible())
    assert svc.check_pin("8642").ok


def test_recovery_at_the_gate_asks_twice_and_shows_the_code_on_its_own_page(
    qtbot: Any, svc: Any, child_a: Any, area: Any
) -> None:
    code = svc.set_pin("1357")
    area.start()
    gate = area.gate
    qtbot.waitUntil(gate.pin.isVisible)
    click(qtbot, gate.forgot)
    qtbot.waitUntil(gate.code.isVisible)
    typed(qtbot, gate.code, code)
    typed(qtbot, gate.new_pin, "2468")
    typed(qtbot, gate.new_pin_again, "2486")
    click(qtbot, gate.reset)
    qtbot.waitUntil(gate.recovery.new_error.isVisible)
    assert svc.check_pin("1357").ok  # nothing changed
    typed(qtbot, gate.code, "AAAA-BBBB-CCCC-DDDD")
    typed(qtbot, gate.new_pin, "2468")
    typed(qtbot, gate.new_pin_again, "2468")
    click(qtbot, gate.reset)
    qtbot.waitUntil(lambda: "not right" in gate.recovery.old_error.text())
    assert svc.check_pin("1357").ok
    typed(qtbot, gate.code, code)
    typed(qtbot, gate.new_pin, "2468")
    typed(qtbot, gate.new_pin_again, "2468")
    click(qtbot, gate.reset)
    qtbot.waitUntil(gate.new_code.isVisible)
    # Its own page: the code, and nothing of the gate's PIN field or the recovery fields.
    assert len(gate.new_code.text()) == 19
    assert not gate.pin.isVisible() and not gate.code.isVisible() and not gate.new_pin.isVisible()
    assert svc.check_pin("2468").ok
    click(qtbot, gate.recovery.written)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.area)


def test_the_country_can_be_changed_and_the_help_page_follows(qtbot: Any, svc: Any, child_a: Any) -> None:
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset
    from familysafe.ui.main_window import MainWindow

    contacts = load_contacts(asset("help", "contacts.yaml"))
    win = MainWindow(svc, contacts, load_child_help(asset("help", "child-help.yaml")))
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    qtbot.waitExposed(win)

    def help_words() -> str:
        click(qtbot, win.worried_btn)
        qtbot.waitUntil(win.help.isVisible)
        words = " ".join(w.text() for w in win.help.findChildren(QLabel))
        click(qtbot, win.help.back_btn)
        return words

    gb, us = contacts.emergency_number("GB"), contacts.emergency_number("US")
    assert gb and us and gb != us
    assert gb in help_words()
    win.show_parent()
    tab = open_settings(qtbot, win.parent_area)
    assert tab.country_combo.currentData() == "GB"
    tab.country_combo.setCurrentIndex(tab.country_combo.findData("US"))
    click(qtbot, tab.country_save)
    qtbot.waitUntil(lambda: "United States" in win.parent_area.status.text())
    assert svc.family().country == "US"
    words = help_words()
    assert us in words and gb not in words


def test_a_childs_picture_can_be_changed_with_the_setup_chooser(
    qtbot: Any, svc: Any, child_a: Any, area: Any
) -> None:
    from familysafe.ui.setup import AvatarPicker

    area.show_tab(TAB_CHILDREN)
    tab = area.children_tab
    change = next(
        b for b in tab.widget().findChildren(QWidget) if b.accessibleName() == "Change the picture of Child A"
    )
    qtbot.waitUntil(change.isVisible)
    click(qtbot, change)
    dialog = tab.picture_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog.picker, AvatarPicker)  # the same chooser as setup
    assert dialog.picker.value() == "fox"
    # Cancel: nothing changes.
    click(qtbot, dialog.picker.group.button(1))
    click(qtbot, dialog.cancel)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert svc.children()[0].avatar == "fox"
    name = "Change the picture of Child A"
    change = next(b for b in tab.widget().findChildren(QWidget) if b.accessibleName() == name)
    click(qtbot, change)
    dialog = tab.picture_dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.picker.group.button(1))
    click(qtbot, dialog.use)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert svc.children()[0].avatar == "owl"
    qtbot.waitUntil(lambda: "new picture" in area.status.text())


def test_file_dialogs_start_in_documents_or_home_and_create_nothing(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.ui import folders

    missing = tmp_path / "Documents"

    class Paths:
        StandardLocation = folders.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_where: Any) -> str:
            return str(missing)

    monkeypatch.setattr(folders, "QStandardPaths", Paths)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    from pathlib import Path

    assert folders.documents_dir() == Path.home()  # no Documents: home, never a folder that does not exist
    assert not missing.exists()
    missing.mkdir()
    assert folders.documents_dir() == missing
    assert QApplication.instance() is not None
