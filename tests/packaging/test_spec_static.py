"""Fast checks of the packaging rules without building anything: the spec, the bundle policy, the version file."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "familysafe.spec"
sys.path.insert(0, str(PACKAGING))

import bundle_policy as policy  # noqa: E402

FORBIDDEN_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPositioning",
    "tkinter",
    "unittest",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
]


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name]


def _kw(call: ast.Call, key: str) -> Any:
    for k in call.keywords:
        if k.arg == key:
            return k.value
    raise AssertionError(f"{ast.unparse(call.func)}(...) has no {key}=")


def _const(call: ast.Call, key: str) -> Any:
    node = _kw(call, key)
    assert isinstance(node, ast.Constant), f"{key}= should be a literal, is {ast.unparse(node)}"
    return node.value


@pytest.fixture(scope="module")
def spec() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_two_executables_windowed_and_console(spec: ast.Module) -> None:
    exes = {_const(c, "name"): c for c in _calls(spec, "EXE")}
    assert set(exes) == {"FamilySafe", "familysafe-cli"}
    assert _const(exes["FamilySafe"], "console") is False
    assert _const(exes["familysafe-cli"], "console") is True


def test_onedir_one_collect_with_both_executables(spec: ast.Module) -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "onefile" not in source.replace("Never onefile", "")
    for exe in _calls(spec, "EXE"):
        # onedir: the executable carries only the Python code; binaries and data go to the COLLECT folder.
        assert _const(exe, "exclude_binaries") is True
        assert len(exe.args) == 3 and isinstance(exe.args[2], ast.List) and not exe.args[2].elts
    (coll,) = _calls(spec, "COLLECT")
    assert [ast.unparse(a) for a in coll.args[:2]] == ["exe_gui", "exe_cli"]
    assert {"a.binaries", "a.datas"} <= {ast.unparse(a) for a in coll.args}
    assert _const(coll, "name") == "FamilySafe"


def test_no_upx_anywhere(spec: ast.Module) -> None:
    for call in _calls(spec, "EXE") + _calls(spec, "COLLECT"):
        assert _const(call, "upx") is False


def test_assets_folder_is_bundled_as_assets(spec: ast.Module) -> None:
    (analysis,) = _calls(spec, "Analysis")
    assert ast.unparse(_kw(analysis, "datas")) == "[(str(ROOT / 'assets'), 'assets')]"
    assert ast.unparse(_kw(analysis, "excludes")) == "EXCLUDES"
    assert "EXCLUDES = policy.qt_excludes(installed_qt_modules()) + list(policy.PYTHON_EXCLUDES)" in ast.unparse(spec)


def test_excludes_hold_the_forbidden_modules_and_not_the_used_ones() -> None:
    excludes = set(policy.qt_excludes({"QtFutureThing"})) | set(policy.PYTHON_EXCLUDES)
    missing = [m for m in FORBIDDEN_MODULES if m not in excludes]
    assert not missing, f"not excluded: {missing}"
    assert "PySide6.QtFutureThing" in excludes  # modules found installed are excluded too
    assert not {f"PySide6.{m}" for m in policy.QT_USED} & excludes


def test_no_code_imports_qtnetwork_or_qtmultimedia() -> None:
    """libQt6Network may ride along as Qt Multimedia's link dependency; the app never uses it (DESIGN §9)."""
    for path in (REPO / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("QtNetwork", "QtMultimedia"):
            assert name not in text, f"{path.relative_to(REPO)} mentions {name}"


def test_offered_languages_match_the_app() -> None:
    from familysafe.ui.i18n import LANGUAGES

    assert set(policy.OFFERED_LANGUAGES) == set(LANGUAGES) - {"en"}


def test_macos_bundle_info_plist(spec: ast.Module) -> None:
    (bundle,) = _calls(spec, "BUNDLE")
    assert _const(bundle, "bundle_identifier") == "org.familysafe.FamilySafe"
    assert ast.unparse(_kw(bundle, "version")) == "VERSION"
    plist = _kw(bundle, "info_plist")
    assert isinstance(plist, ast.Dict)
    entries = {ast.literal_eval(k): v for k, v in zip(plist.keys, plist.values, strict=True) if k is not None}
    assert ast.literal_eval(entries["NSHighResolutionCapable"]) is True
    assert ast.literal_eval(entries["NSRequiresAquaSystemAppearance"]) is False
    assert ast.literal_eval(entries["CFBundleExecutable"]) == "FamilySafe"
    assert ast.unparse(entries["CFBundleShortVersionString"]) == "VERSION"


def test_macos_app_is_a_foreground_app(spec: ast.Module, tmp_path: Path) -> None:
    """The Info.plist PyInstaller would write: its defaults for a console COLLECT, then the spec's info_plist.

    (PyInstaller.building.osx.BUNDLE sets LSBackgroundOnly=True when the last executable is a console one,
    then updates the dict with info_plist; the release workflow checks the built one with PlistBuddy.)
    """
    import plistlib

    (bundle,) = _calls(spec, "BUNDLE")
    node = _kw(bundle, "info_plist")
    names = {"VERSION": "1.2.3", "policy": policy}
    info = eval(compile(ast.Expression(node), "info_plist", "eval"), {"__builtins__": {}}, names)
    written = {"CFBundleName": "FamilySafe", "CFBundlePackageType": "APPL", "LSBackgroundOnly": True}
    written.update(info)
    path = tmp_path / "Info.plist"
    path.write_bytes(plistlib.dumps(written))
    plist = plistlib.loads(path.read_bytes())
    assert plist["LSBackgroundOnly"] is False
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["CFBundleLocalizations"] == ["en", "es"]
    assert plist["CFBundleShortVersionString"] == "1.2.3"


@pytest.mark.parametrize(
    "path",
    [
        "_internal/PySide6/QtNetwork.abi3.so",
        "_internal/PySide6/QtNetwork.pyd",
        "_internal/PySide6/Qt/lib/libQt6NetworkAuth.so.6",
        "_internal/PySide6/QtMultimedia.pyd",
        "_internal/PySide6/QtMultimedia.abi3.so",
        "_internal/PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "_internal/PySide6/avcodec-63.dll",
        "_internal/PySide6/Qt/lib/libavformat.so.61",
        "_internal/PySide6/swresample-7.dll",
        "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "_internal/PySide6/Qt/libexec/QtWebEngineProcess",
        "_internal/PySide6/Qt6Qml.dll",
        "_internal/PySide6/Qt/lib/libQt6QuickControls2.so.6",
        "_internal/PySide6/Qt/lib/libQt6Positioning.so.6",
        "_internal/PySide6/QtPositioning.abi3.so",
    ],
)
def test_forbidden_files_are_recognised(path: str) -> None:
    assert policy.is_forbidden(path)


@pytest.mark.parametrize(
    "path",
    [
        "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
        "_internal/PySide6/QtWidgets.abi3.so",
        "_internal/PySide6/Qt6Svg.dll",
        "_internal/assets/content/core/pack.yaml",
        "_internal/libpython3.11.so.1.0",
        # Read-aloud (DESIGN §9): QtTextToSpeech, and the libraries it links, present as link dependencies only.
        "_internal/PySide6/QtTextToSpeech.pyd",
        "_internal/PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "_internal/PySide6/Qt6Multimedia.dll",
        "_internal/PySide6/Qt/lib/libQt6Network.so.6",
        "_internal/PySide6/Qt6Network.dll",
        "Contents/Frameworks/PySide6/Qt/lib/QtNetwork.framework",
    ],
)
def test_needed_files_are_not_forbidden(path: str) -> None:
    assert not policy.is_forbidden(path)


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_sapi.dll", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_winrt.dll", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_darwin.dylib", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so", False),  # silent: tests only
        ("PySide6/plugins/multimedia/windowsmediaplugin.dll", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/QtCore.abi3.so", True),  # not a plugin at all
    ],
)
def test_plugin_allowlist(path: str, kept: bool) -> None:
    assert policy.keep_plugin(path) is kept


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/translations/qtbase_cy.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_en.qm", False),
        ("PySide6/Qt/translations/qtwebengine_es.qm", False),
        ("assets/content/core/anything.qm", True),  # ours, not Qt's
    ],
)
def test_translation_allowlist(path: str, kept: bool) -> None:
    assert policy.keep_translation(path) is kept


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("_internal/PySide6/opengl32sw.dll", False),
        ("_internal/PySide6/d3dcompiler_47.dll", False),
        ("_internal/PySide6/Qt6Gui.dll", True),
        ("_internal/PySide6/Qt/lib/libQt6Gui.so.6", True),
    ],
)
def test_windows_opengl_fallbacks_are_dropped(path: str, kept: bool) -> None:
    assert policy.keep_binary(path) is kept


class _Record:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def _eval_version_info(text: str) -> _Record:
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo")
    env: dict[str, Any] = {n: _Record for n in (*names, "VarStruct")}
    result = eval(text, {"__builtins__": {}}, env)  # our own file, evaluated with stand-ins only
    assert isinstance(result, _Record)
    return result


def test_windows_version_info_gets_the_pyproject_version() -> None:
    version = policy.project_version()
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    text = policy.render_version_info(template, version, "familysafe-cli.exe", "FamilySafe (command line)")
    info = _eval_version_info(text)
    nums = tuple(int(x) for x in version.split(".")[:3])
    assert info.kwargs["ffi"].kwargs["filevers"][:3] == nums
    assert info.kwargs["ffi"].kwargs["prodvers"][:3] == nums
    table = info.kwargs["kids"][0].args[0][0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "familysafe-cli.exe"
    assert strings["ProductName"] == "FamilySafe"


def test_windows_version_info_parses_with_pyinstaller(tmp_path: Path) -> None:
    versioninfo = pytest.importorskip(
        "PyInstaller.utils.win32.versioninfo",
        reason="PyInstaller's version-file reader is not importable here (it needs pefile, as on Windows)",
        exc_type=ImportError,
    )
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    out = tmp_path / "v.txt"
    out.write_text(policy.render_version_info(template, "1.2.3", "FamilySafe.exe", "FamilySafe"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(out))
    assert "1.2.3" in str(info)


def test_requirements_pin_pyinstaller_to_one_major() -> None:
    reqs = (PACKAGING / "requirements.txt").read_text(encoding="utf-8")
    assert "pyinstaller>=6." in reqs and ",<7" in reqs
