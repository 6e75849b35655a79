"""check_bundle.py on stand-in bundles: read-aloud must be there, libQt6Network only beside Qt Multimedia, and
every offered .qm present (issue 12, items 5 and 10). The real bundles are checked by test_frozen.py and CI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import check_bundle  # noqa: E402

WINDOWS = (
    "FamilySafe.exe",
    "familysafe-cli.exe",
    "_internal/assets/content/core/pack.yaml",
    "_internal/assets/translations/familysafe_es.qm",
    "_internal/PySide6/translations/qtbase_es.qm",
    "_internal/PySide6/QtTextToSpeech.pyd",
    "_internal/PySide6/Qt6TextToSpeech.dll",
    "_internal/PySide6/Qt6Multimedia.dll",
    "_internal/PySide6/Qt6Network.dll",
    "_internal/PySide6/plugins/texttospeech/qtexttospeech_sapi.dll",
)


def _bundle(root: Path, files: tuple[str, ...]) -> Path:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"stand-in")
    return root


@pytest.fixture(autouse=True)
def no_archive_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_bundle, "_archive_modules", lambda exe: set())


def test_a_complete_windows_bundle_passes(tmp_path: Path) -> None:
    assert check_bundle.check(_bundle(tmp_path, WINDOWS)) == []


@pytest.mark.parametrize(
    ("missing", "problem"),
    [
        ("_internal/assets/translations/familysafe_es.qm", "familysafe_es.qm is not in the bundle"),
        ("_internal/PySide6/translations/qtbase_es.qm", "qtbase_es.qm is not in the bundle"),
        ("_internal/PySide6/QtTextToSpeech.pyd", "the QtTextToSpeech module"),
        ("_internal/PySide6/Qt6TextToSpeech.dll", "the Qt TextToSpeech library is missing"),
        ("_internal/PySide6/plugins/texttospeech/qtexttospeech_sapi.dll", "no speech engine plugin"),
        ("_internal/PySide6/Qt6Multimedia.dll", "QtNetwork is in the bundle but QtMultimedia"),
    ],
)
def test_fails_naming_what_is_missing(tmp_path: Path, missing: str, problem: str) -> None:
    problems = check_bundle.check(_bundle(tmp_path, tuple(f for f in WINDOWS if f != missing)))
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    "extra",
    [
        "_internal/PySide6/QtNetwork.pyd",
        "_internal/PySide6/QtMultimedia.pyd",
        "_internal/PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "_internal/PySide6/avcodec-63.dll",
        "_internal/PySide6/plugins/texttospeech/qtexttospeech_mock.dll",
        "_internal/PySide6/plugins/networkinformation/qnetworklistmanager.dll",
    ],
)
def test_fails_on_what_must_stay_out(tmp_path: Path, extra: str) -> None:
    assert check_bundle.check(_bundle(tmp_path, (*WINDOWS, extra))) != []


def test_linux_and_macos_names_are_recognised(tmp_path: Path) -> None:
    linux = _bundle(
        tmp_path / "linux",
        (
            "FamilySafe",
            "familysafe-cli",
            "_internal/assets/content/core/pack.yaml",
            "_internal/assets/translations/familysafe_es.qm",
            "_internal/PySide6/Qt/translations/qtbase_es.qm",
            "_internal/PySide6/QtTextToSpeech.abi3.so",
            "_internal/PySide6/Qt/lib/libQt6TextToSpeech.so.6",
            "_internal/PySide6/Qt/lib/libQt6Multimedia.so.6",
            "_internal/PySide6/Qt/lib/libQt6Network.so.6",
            "_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        ),
    )
    assert check_bundle.check(linux) == []
