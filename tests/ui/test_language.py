"""The interface language and the content language: the pack that matches, else English, and saying so."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from ci_tools import CI
from familysafe.boot import choose_language
from familysafe.core.content import Library, load_pack
from familysafe.ui import i18n
from familysafe.ui.setup import SetupScreen

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"


def _library(tmp_path: Path) -> Library:
    en = tmp_path / "en"
    shutil.copytree(FIXTURE, en)
    es = tmp_path / "es"
    shutil.copytree(FIXTURE, es)
    pack = yaml.safe_load((es / "pack.yaml").read_text())
    pack.update(id="fixture-es", language="es")
    (es / "pack.yaml").write_text(yaml.safe_dump(pack))
    f = es / "activities/8-10/u01-test.yaml"
    act = yaml.safe_load(f.read_text())
    act.update(id="b810-u01-test-es", title="La actividad de prueba")
    act["if_worried"] = (
        "Mantén la calma, dale las gracias por contarlo, dile que no se ha metido en problemas y no le quites "
        "el dispositivo como castigo."
    )
    act["steps"][-1]["child"] = (
        "Siempre puedes contárselo a un adulto de confianza. También hay una línea de ayuda para jóvenes."
    )
    act["conversation"] = ["¿A quién se lo contarías?", "¿Qué te ayudaría a contarlo?", "¿Cómo te ayuda un adulto?"]
    for step in act["steps"]:
        if step.get("grown_up_pledge"):
            step["grown_up_pledge"] = "Voy a escucharte con calma cuando me cuentes algo."
    endings = iter(["Sam se lo cuenta a su mamá.", "Sam se lo cuenta a su papá.", "Sam se lo cuenta a su maestra."])
    for step in act["steps"]:
        for node in step.get("nodes", []):
            if node.get("end"):
                node["text"] = next(endings)
    f.write_text(yaml.safe_dump(act))
    # A unit only the English pack has: unit 2 for 8-10.
    act2 = yaml.safe_load((en / "activities/8-10/u01-test.yaml").read_text())
    act2.update(id="b810-u02-two", unit=2, title="Unit two")
    for s in act2["steps"]:
        if s["kind"] == "quiz":
            for q in s["questions"]:
                q["text"] += " (unit two)"
    (en / "activities/8-10/u02-two.yaml").write_text(yaml.safe_dump(act2))
    return Library([load_pack(en, check_reading=False), load_pack(es, check_reading=False)])


def test_spanish_is_preferred_and_english_fills_the_gaps(tmp_path: Path) -> None:
    lib, fallback = choose_language(_library(tmp_path), "es")
    titles = [a.title for a in lib.for_band("8-10")]
    assert titles == ["La actividad de prueba", "Unit two"]
    assert fallback, "the app says that some activities are shown in English"


def test_english_library_has_no_other_language(tmp_path: Path) -> None:
    lib, fallback = choose_language(_library(tmp_path), "en")
    assert [a.id for a in lib.for_band("8-10")] == ["b810-u01-test", "b810-u02-two"]
    assert not fallback


def test_unknown_language_falls_back_to_english(qapp: Any) -> None:
    assert i18n.install(qapp, "xx") == "en"
    assert i18n.system_language() in i18n.LANGUAGES


def test_language_is_chosen_at_first_run(qtbot: Any, svc: Any) -> None:
    screen = SetupScreen(svc)
    qtbot.addWidget(screen)
    screen.show()
    screen.start()
    assert screen.language.accessibleName()
    with qtbot.waitSignal(screen.language_changed) as sig:
        screen.language.setCurrentIndex(screen.language.findData("es"))
        screen.language.activated.emit(screen.language.currentIndex())
    assert sig.args == ["es"]
    assert svc.family().settings.language == "es"
    assert svc.family().setup_step == "welcome"  # the first run goes on where it was


@pytest.mark.skipif(
    not CI and not i18n.asset("translations", "familysafe_es.qm").is_file(), reason="translations not built"
)
def test_spanish_translation_translates_the_session(qapp: Any, qtbot: Any, svc: Any) -> None:
    from familysafe.ui.session import SessionScreen

    try:
        assert i18n.install(qapp, "es") == "es"
        screen = SessionScreen(svc)
        qtbot.addWidget(screen)
        assert screen.pause_btn.text() not in ("Pause", "")
        assert screen.pause_btn.text() == qapp.translate("SessionScreen", "Pause")
    finally:
        i18n.install(qapp, "en")


@pytest.mark.skipif(
    not CI and not i18n.asset("translations", "familysafe_es.qm").is_file(), reason="translations not built"
)
def test_topic_names_follow_the_language(qapp: Any) -> None:
    try:
        assert i18n.install(qapp, "es") == "es"
        assert i18n.strand_name("bullying") != "Online bullying"
    finally:
        i18n.install(qapp, "en")
    assert i18n.strand_name("bullying") == "Online bullying"
