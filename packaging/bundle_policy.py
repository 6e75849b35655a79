"""What goes into the frozen bundle and what never may: one list, read by the spec, check_bundle.py and the tests.

Plain Python with no imports beyond the standard library, so the spec (inside PyInstaller), the check
(after the build) and the fast tests (no PyInstaller needed) all read the same rules.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[1]

# The Qt modules the app imports (QtPrintSupport: certificates and the family agreement; QtTextToSpeech:
# read-aloud with the system's own offline voices, DESIGN §9).
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtTextToSpeech")

# Qt libraries that may be present only because a used one links them, never imported by the app:
# libQt6TextToSpeech links Qt Multimedia, which links libQt6Network. Their Python modules (QtNetwork.pyd,
# QtNetwork.abi3.so, QtMultimedia.*) stay out, and so do the network plugins (TLS, network information).
LINK_ONLY = {"QtNetwork": "QtMultimedia", "QtMultimedia": "QtTextToSpeech"}

# The languages the app offers besides English (familysafe.ui.i18n.LANGUAGES): each needs its .qm in the bundle.
OFFERED_LANGUAGES = ("es",)

# Never in the bundle (DESIGN §9: an offline app ships no network stack, browser engine or location code).
QT_FORBIDDEN = (
    "QtNetwork",
    "QtNetworkAuth",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
    "QtHttpServer",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtPositioning",
    "QtLocation",
)

# Every other PySide6 module we know of; the spec also adds any Qt* module it finds installed but not in QT_USED.
QT_UNUSED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtLabsStyleKit",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtQmlFeatures",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtUiTools",
    "QtXml",
)

# Python packages that must not ride along: GUI toolkits we don't use, test and lint tools, build tools.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "test",
    "unittest",
    "doctest",
    "pydoc",
    "pydoc_data",
    "pdb",
    "ssl",  # offline app: no TLS (hashlib keeps its own OpenSSL link for scrypt)
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "hypothesis",
    "_hypothesis_ftz_detector",
    "_hypothesis_globals",
    "_hypothesis_pytestplugin",
    "mypy",
    "mypyc",
    "ruff",
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "pip",
    "textstat",
    "nltk",
    # Collected by hooks or lazy imports but never used by FamilySafe (each copy of the module archive, one
    # per executable, shrinks by about 0.5 MB):
    "asyncio",  # only typing_extensions' @deprecated on a coroutine function would import it
    "concurrent",
    "multiprocessing",
    "xmlrpc",
    "_pydecimal",  # the C _decimal is bundled
    "PySide6.scripts",
    "familysafe.tools",
)

# Any path component matching one of these (case-insensitive) fails the build: Qt6WebEngine*.dll,
# QtWebEngineProcess, qtwebengine_*.pak, libQt6Qml*, QtQuick.framework ...; the QtNetwork Python module
# (QtNetwork.pyd, QtNetwork.abi3.so: the Qt library itself may come as a link dependency, LINK_ONLY) and
# QtNetworkAuth; FFmpeg, Qt Multimedia's media plugin and its libraries (read-aloud never needs them).
FORBIDDEN_FILE_PATTERNS = (
    *(
        p
        for name in ("webengine", "qml", "quick", "positioning", "networkauth")
        for p in (f"libqt6{name}*", f"qt6{name}*", f"qt{name}*")
    ),
    "qtnetwork.pyd",
    "qtnetwork.*so",
    "qtnetwork.so",
    "qtmultimedia*.pyd",
    "qtmultimedia*.so",
    "*ffmpegmediaplugin*",
    *(
        f"{lib}{name}*"
        for lib in ("", "lib")
        for name in ("avcodec", "avformat", "avutil", "avdevice", "avfilter", "swresample", "swscale")
    ),
)

# Qt plugins kept, by plugin folder: platform names without "lib" and the file extension.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"}),
    # Wayland: the xdg-shell protocol (every current compositor) and the client-side window decorations.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    # Typing accents (compose key) and input methods (IBus) in the grown-up's notes.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # The desktop portal (dark mode, native dialogs) but not the GTK3 theme, which would bundle GTK itself.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "imageformats": frozenset({"qsvg"}),  # PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    # Read-aloud with the system's own voices; never "mock", which is Qt's silent engine for tests.
    "texttospeech": frozenset(
        {"qtexttospeech_speechd", "qtexttospeech_sapi", "qtexttospeech_winrt", "qtexttospeech_darwin"}
    ),
    # No "printsupport": Windows and macOS print without a plugin. On Linux the CUPS plugin would bring the
    # build machine's libcups, GnuTLS and Kerberos (8.9 MB, 1.32x the hello-world bundle instead of 1.24x), so
    # the Linux build prints to PDF only. To print to Linux printers add:
    #   "printsupport": frozenset({"cupsprintersupport"}),
}

# Libraries PyInstaller's Qt hook adds on Windows for OpenGL: the software renderer (about 20 MB) and ANGLE.
# FamilySafe draws with QWidget's raster engine and never makes an OpenGL context (windeployqt --no-opengl-sw).
DROP_BINARIES = ("opengl32sw.dll", "d3dcompiler_*.dll", "libegl.dll", "libglesv2.dll")

# Qt's own translations: only qtbase, and only the languages we might ship (Welsh is not in Qt's set today).
KEEP_TRANSLATIONS = re.compile(r"qtbase_(en|es|cy)\.qm", re.IGNORECASE)


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one source of the version for every artefact."""
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def qt_excludes(installed: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """`PySide6.X` for every Qt module the app does not use, known or found installed."""
    names = (set(QT_FORBIDDEN) | set(QT_UNUSED) | set(installed)) - set(QT_USED)
    return sorted(f"PySide6.{n}" for n in names)


def is_forbidden(path: str | PurePath) -> bool:
    """True when any component of a bundle path is a forbidden Qt module's file or folder."""
    parts = PurePath(path).parts
    return any(fnmatch.fnmatch(part.lower(), pat) for part in parts for pat in FORBIDDEN_FILE_PATTERNS)


def _plugin_parts(path: str | PurePath) -> tuple[str, str] | None:
    """(plugin folder, plugin name) for a path under a Qt `plugins/` folder, else None."""
    parts = PurePath(path).parts
    for i in range(len(parts) - 2, 0, -1):
        if parts[i - 1] == "plugins" and "PySide6" in parts[:i]:
            stem = parts[-1].split(".")[0]
            return parts[i], stem[3:] if stem.startswith("lib") else stem
    return None


def keep_plugin(path: str | PurePath) -> bool:
    """True for a file that is not a Qt plugin, or is a plugin in KEEP_PLUGINS."""
    found = _plugin_parts(path)
    if found is None:
        return True
    kind, name = found
    return name in KEEP_PLUGINS.get(kind, frozenset())


def keep_binary(path: str | PurePath) -> bool:
    """False for a library in DROP_BINARIES (by file name, any case)."""
    name = PurePath(path).name.lower()
    return not any(fnmatch.fnmatch(name, pat) for pat in DROP_BINARIES)


def keep_translation(path: str | PurePath) -> bool:
    """True for a file that is not a Qt translation, or is one in KEEP_TRANSLATIONS."""
    p = PurePath(path)
    if p.suffix != ".qm" or "translations" not in p.parts or "PySide6" not in p.parts:
        return True
    return KEEP_TRANSLATIONS.fullmatch(p.name) is not None


def render_version_info(template: str, version: str, exe_name: str, description: str) -> str:
    """The Windows version resource text for one executable, with the version from pyproject."""
    nums = [int(x) for x in re.findall(r"\d+", version)[:4]]
    nums += [0] * (4 - len(nums))
    tup = "(" + ", ".join(str(n) for n in nums) + ")"
    text = re.sub(r"(filevers|prodvers)=\([^)]*\)", lambda m: f"{m.group(1)}={tup}", template)
    for key, value in (
        ("FileVersion", version),
        ("ProductVersion", version),
        ("OriginalFilename", exe_name),
        ("InternalName", exe_name.removesuffix(".exe")),
        ("FileDescription", description),
    ):
        text = re.sub(rf"StringStruct\('{key}', '[^']*'\)", f"StringStruct('{key}', '{value}')", text)
    return text


def install_qt_plugin_filter() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins KEEP_PLUGINS allows (call it in a spec, before Analysis).

    The hooks collect every plugin of each type a module uses (all ten image formats, eglfs, vnc, the virtual
    keyboard ...) and then the libraries those plugins link: vnc and tuiotouch bring QtNetwork, the virtual
    keyboard QtQuick and QtQml. Removing plugins after Analysis would leave those libraries behind, so the
    filter sits where the hooks collect plugins, QtLibraryInfo.collect_plugins, which every Qt plugin passes
    through. If a PyInstaller release renames it, the build stops here instead of shipping a fat bundle.
    """
    from PyInstaller.utils.hooks import qt as qt_hooks

    info = qt_hooks.QtLibraryInfo
    original = getattr(info, "collect_plugins", None)
    if original is None:
        raise SystemExit(
            "bundle_policy: PyInstaller.utils.hooks.qt.QtLibraryInfo.collect_plugins is gone; update the Qt "
            "plugin filter for this PyInstaller (see packaging/requirements.txt)"
        )
    if getattr(original, "_familysafe_filter", False):
        return

    def collect_kept_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        return [(src, dst) for src, dst in original(self, plugin_type) if keep_plugin(Path(dst, Path(src).name))]

    collect_kept_plugins._familysafe_filter = True  # type: ignore[attr-defined]
    info.collect_plugins = collect_kept_plugins
