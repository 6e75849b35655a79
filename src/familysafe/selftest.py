"""`familysafe-cli --self-test`: prove the layers work together here, in a temporary data folder."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# The Qt plugins the app draws with: SVG pictures (imageformats) and SVG icons (iconengines). Without the
# icon engine Qt still shows an SVG icon through the image plugin, but blurred at every size but one: so
# each plugin is looked for and loaded, not only used.
NEEDED_PLUGINS = (("imageformats", "qsvg"), ("iconengines", "qsvgicon"))


def find_plugin(kind: str, stem: str, folders: list[str] | None = None) -> Path | None:
    """The Qt plugin file `kind/stem` (qsvg.dll, libqsvg.so, libqsvg.dylib) in Qt's plugin folders."""
    if folders is None:
        from PySide6.QtCore import QCoreApplication

        folders = QCoreApplication.libraryPaths()
    for folder in folders:
        kind_dir = Path(folder) / kind
        if not kind_dir.is_dir():
            continue
        for f in kind_dir.iterdir():
            if f.suffix in (".dll", ".so", ".dylib") and f.name.split(".")[0] in (stem, f"lib{stem}"):
                return f
    return None


def _drawn_share(image: object) -> float:
    """The share of an image's pixels that are not transparent (0.0 for a blank image)."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    if w == 0 or h == 0:
        return 0.0
    step = max(1, min(w, h) // 32)
    points = [(x, y) for x in range(0, w, step) for y in range(0, h, step)]
    return sum(1 for x, y in points if img.pixelColor(x, y).alpha() > 0) / len(points)


def media_check() -> str:
    """Draw a picture and an icon, load the easy-read font and every offered translation (needs a QApplication).

    Raises RuntimeError naming everything missing: a frozen bundle without a plugin, font or .qm fails here.
    """
    from PySide6.QtCore import QLibraryInfo, QPluginLoader, QSize, QTranslator
    from PySide6.QtGui import QFontDatabase, QIcon, QImageReader

    from familysafe.resources import asset, picture
    from familysafe.ui import i18n, theme

    problems: list[str] = []
    for kind, stem in NEEDED_PLUGINS:
        found = find_plugin(kind, stem)
        if found is None:
            problems.append(f"the Qt plugin {kind}/{stem} is missing")
        elif not QPluginLoader(str(found)).load():
            problems.append(f"the Qt plugin {found} does not load")

    pic = picture("agreement")
    reader = QImageReader(str(pic))
    reader.setScaledSize(QSize(128, 128))
    img = reader.read()
    if img.isNull():
        problems.append(f"the picture {pic.name} cannot be drawn ({reader.errorString()})")
    elif _drawn_share(img) < 0.05:
        problems.append(f"the picture {pic.name} was drawn blank")
    icon = QIcon(str(asset("icons", "familysafe.svg")))
    pix = icon.pixmap(QSize(64, 64))
    if pix.isNull() or _drawn_share(pix.toImage()) < 0.05:
        problems.append("the app icon (icons/familysafe.svg) cannot be drawn")

    family = theme.easy_read_family()
    if not family:
        problems.append("the easy-read font (fonts/atkinson-hyperlegible) is missing or cannot be read")
    if not QFontDatabase.families():
        problems.append("no font at all: no text can be drawn")

    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in i18n.LANGUAGES:
        if code == "en":
            continue
        qm = asset("translations", f"familysafe_{code}.qm")
        if not QTranslator().load(str(qm)):
            problems.append(f"the {i18n.LANGUAGES[code]} translation {qm.name} is missing or damaged")
        if not QTranslator().load(f"qtbase_{code}", qt_translations):
            problems.append(f"Qt's own {i18n.LANGUAGES[code]} translation qtbase_{code}.qm is missing")
    if problems:
        raise RuntimeError("; ".join(problems))
    languages = ", ".join(i18n.LANGUAGES)
    return f"SVG picture and icon drawn, font {family}, languages {languages}"


def speech_check() -> str:
    """Qt's speech module loads and lists its engines (none are started: no voice is needed to pass).

    Every bundle ships QtTextToSpeech (DESIGN §9), so failing to import it means a broken install.
    """
    from familysafe.ui import speech

    if speech.QTextToSpeech is None:
        raise RuntimeError("Qt's speech module (QtTextToSpeech) cannot be loaded")
    engines = [e for e in speech.QTextToSpeech.availableEngines() if e != "mock"]
    return f"engines: {', '.join(engines) or 'none on this computer (the speaker buttons hide)'}"


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Load content, create a family, run a session through engine and store, build the window offscreen."""
    from familysafe.core.clock import FakeClock

    t0 = time.perf_counter()
    failures: list[str] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
            out(f"ok    {name}{': ' + detail if detail else ''}")
        except Exception as e:  # the self-test reports every failure, never a traceback
            failures.append(name)
            out(f"FAIL  {name}: {type(e).__name__}: {e}")

    with tempfile.TemporaryDirectory(prefix="familysafe-selftest-") as tmp:
        data = Path(tmp)
        clock = FakeClock()
        state: dict[str, object] = {}

        def content() -> str:
            from familysafe.boot import load_assets

            loaded = load_assets()
            state["loaded"] = loaded
            n = len(loaded.library.activities)
            if n == 0:
                raise RuntimeError("no activities could be loaded")
            if loaded.contacts is None:
                raise RuntimeError("the help contacts could not be read")
            return f"{n} activities, {len(loaded.library.guides)} guides"

        def store() -> str:
            from familysafe.store import paths
            from familysafe.store.db import Store

            folder = paths.ensure_data_dir(data / "FamilySafe")
            st = Store.open(paths.db_path(folder), clock=clock, backup_dir=paths.backup_dir(folder))
            state["store"] = st
            return f"schema v{st.schema_version}"

        def family() -> str:
            from familysafe.core.models import Family
            from familysafe.services.family import FamilyService

            svc = FamilyService(state["store"], state["loaded"].library, clock)  # type: ignore[arg-type, attr-defined]
            svc.save_family(Family(name="Self-test", setup_step="done"))
            child = svc.add_child("Tester", "8-10", "owl")
            state["svc"], state["child"] = svc, child
            todo = svc.overview(child).todo
            if not todo:
                raise RuntimeError("no activity is open for a new child")
            return f"unit 1 open: {todo[0].title}"

        def session() -> str:
            from familysafe.services.family import FamilyService

            svc = state["svc"]
            assert isinstance(svc, FamilyService)
            child = state["child"]
            act = svc.activity(svc.overview(child).todo[0])  # type: ignore[arg-type]
            s = svc.open_session(child, act)  # type: ignore[arg-type]
            s.play_to_end(before_step=lambda step: clock.advance(step.minutes * 60))
            done = svc.store.sessions.finished_activity_ids(s.child.id or 0)
            if act.id not in done:
                raise RuntimeError("the finished session was not saved")
            return f"{len(act.steps)} steps saved, {s.elapsed_seconds / 60:.0f} min"

        def together() -> str:
            from familysafe.services.family import FamilyService
            from familysafe.services.together import open_together

            svc = state["svc"]
            assert isinstance(svc, FamilyService)
            fam = svc.library.family_for_unit(1)
            if fam is None:
                raise RuntimeError("unit 1 has no family activity")
            young = svc.add_child("Young", "4-7", "fox")
            old = svc.add_child("Older", "11-13", "robot")
            s = open_together(svc, [old, young], fam)
            s.play_to_end(before_step=lambda step: clock.advance(step.minutes * 60))
            for c in (young, old):
                own = [r for r in svc.store.sessions.for_child(c.id or 0) if r.activity_id == fam.id]
                if len(own) != 1 or own[0].status != "done" or own[0].id is None:
                    raise RuntimeError(f"{c.nickname}'s part of the sitting was not saved")
                if "our-turn" not in {r.step_id for r in svc.store.sessions.step_results(own[0].id)}:
                    raise RuntimeError(f"{c.nickname}'s answers were not saved")
            return f"{len(s.activity.steps)} steps for a 4-7 and an 11-13, each child's part saved"

        def window() -> str:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from familysafe.ui import theme
            from familysafe.ui.main_window import MainWindow

            app = QApplication.instance() or QApplication([sys.argv[0]])
            assert isinstance(app, QApplication)
            theme.apply(app, "light", 1.0)
            loaded = state["loaded"]
            win = MainWindow(state["svc"], loaded.contacts, loaded.child_help)  # type: ignore[arg-type, attr-defined]
            win.show()
            app.processEvents()
            cards = len(win.home.cards)
            win.close()
            return f"home screen with {cards} child card(s)"

        for name, fn in (
            ("content loads", content),
            ("store opens", store),
            ("family and child", family),
            ("a session, saved step by step", session),
            ("a sitting together, two bands", together),
            ("main window", window),
            ("pictures, icons, fonts and translations", media_check),
            ("read-aloud", speech_check),
        ):
            if failures:
                out(f"skip  {name}")
                continue
            check(name, fn)
        st = state.get("store")
        if st is not None:
            st.close()  # type: ignore[attr-defined]
    out(f"{'self-test passed' if not failures else 'self-test FAILED'} in {time.perf_counter() - t0:.2f} s")
    return 1 if failures else 0
