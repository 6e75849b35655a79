"""Typed errors: every code the use-cases raise has words in the window's table (translated) and the
command line's (English), and the Spanish window shows a refused nickname in Spanish."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from familysafe.cli import errors as cli_errors
from familysafe.services.errors import CHARACTER_KINDS, CODES, ChoiceError, FamilyError
from familysafe.ui import errors as ui_errors
from familysafe.ui import i18n

SERVICES = Path(__file__).resolve().parents[2] / "src" / "familysafe" / "services"


def _raised_codes() -> set[str]:
    """Every literal code in a FamilyError/ChoiceError(...) and every PackError kind (as pack.<kind>)
    anywhere in services/."""
    codes: set[str] = set()
    for f in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ("FamilyError", "ChoiceError") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant):
                    codes.add(str(arg.value))
                else:  # set_pin passes on core.pin.pin_problem's code: take those from core/pin.py
                    assert ast.unparse(arg) == "problem", f"{f.name}:{node.lineno}: a code must be a literal"
                    pin = (SERVICES.parent / "core" / "pin.py").read_text(encoding="utf-8")
                    codes |= {
                        str(n.value)
                        for n in ast.walk(ast.parse(pin))
                        if isinstance(n, ast.Constant) and str(n.value).startswith("pin.")
                    }
            elif name == "ExportError":
                code = next((k.value for k in node.keywords if k.arg == "code"), None)
                assert isinstance(code, ast.Constant), f"{f.name}:{node.lineno}: an ExportError needs its code"
                codes.add(str(code.value))
            elif name == "PackError":
                keyword = next((k.value for k in node.keywords if k.arg == "kind"), None)
                kind = node.args[1] if len(node.args) > 1 else keyword
                if isinstance(kind, ast.Constant):
                    codes.add(f"pack.{kind.value}")
    return codes


def test_every_code_raised_in_services_has_words_in_both_tables() -> None:
    raised = _raised_codes()
    # the scan sees every kind of raise
    assert {"nickname.empty", "pin.too_long", "export.no_folder", "pack.unsafe-path"} <= raised
    assert {c for c in raised if not c.startswith("pack.")} <= set(CODES)
    for code in raised | set(CODES):
        assert code in ui_errors.WORDS, f"{code} has no words in ui/errors.py"
        assert code in cli_errors.WORDS, f"{code} has no words in cli/errors.py"


def test_every_kind_of_refused_character_has_words_in_both_tables() -> None:
    assert set(CHARACTER_KINDS) == set(ui_errors.CHARACTER_KINDS) == set(cli_errors.CHARACTER_KINDS)


def test_every_parameter_is_used_by_both_tables() -> None:
    for code, names in CODES.items():
        for name in names:
            assert "{" + name + "}" in ui_errors.WORDS[code], (code, name)
            assert "{" + name + "}" in cli_errors.WORDS[code], (code, name)


def test_services_raise_codes_not_sentences(svc: Any) -> None:
    with pytest.raises(FamilyError) as info:
        svc.add_child("   ", "8-10", "fox")
    assert info.value.code == "nickname.empty"
    with pytest.raises(FamilyError) as info:
        svc.add_child("Child F\u202e", "8-10", "fox")
    assert (info.value.code, info.value.params) == ("nickname.character", {"char": "U+202E", "kind": "direction"})
    assert "a text-direction control (U+202E)" in cli_errors.english(info.value)
    with pytest.raises(FamilyError) as info:
        svc.set_pin("12")
    assert (info.value.code, info.value.params) == ("pin.too_short", {"min": "4"})
    assert cli_errors.english(info.value) == "A PIN needs at least 4 numbers."
    with pytest.raises(ChoiceError) as choice:
        svc.backup_to(str(svc.store.path))
    assert choice.value.code == "backup.same_file"
    assert cli_errors.english(choice.value).startswith(str(svc.store.path))


@pytest.mark.skipif(not i18n.asset("translations", "familysafe_es.qm").is_file(), reason="translations not built")
def test_the_spanish_window_shows_a_nickname_error_in_spanish(qapp: Any, qtbot: Any, svc: Any) -> None:
    from familysafe.ui.setup import SetupScreen

    try:
        assert i18n.install(qapp, "es") == "es"
        screen = SetupScreen(svc)
        qtbot.addWidget(screen)
        screen._go("children", save=False)  # the page where children are added, as the family reaches it
        screen.nick_edit.setText("\u200b\u200b")  # only invisible characters
        screen.add_btn.click()
        assert screen.error.text().startswith("Ese apodo no tiene letras visibles.")
        screen.nick_edit.setText("   ")
        screen.add_btn.click()
        assert screen.error.text() == "Hace falta un apodo."
    finally:
        i18n.install(qapp, "en")
    assert ui_errors.error_text(FamilyError("nickname.empty")) == "A nickname is needed."
