"""Fail the build when the frozen bundle holds what it must not, or lacks what it needs.

    python packaging/check_bundle.py dist/FamilySafe          (Linux, Windows)
    python packaging/check_bundle.py dist/FamilySafe.app      (macOS)

Fails (exit 1) on:
- any file or folder of a forbidden Qt module (QtNetwork, QtWebEngine*, QtQml, QtQuick*, QtPositioning):
  libQt6Network*, Qt6Network*.dll, QtNetwork*.pyd/.so/.abi3.so, Qt6WebEngine*, Qt6Qml*, Qt6Quick*,
  Qt6Positioning*, and their macOS frameworks;
- a Qt plugin or Qt translation that bundle_policy.py does not keep;
- a Python package from bundle_policy.PYTHON_EXCLUDES inside the executables' module archive
  (checked when PyInstaller is importable, as it is right after a build);
- a library bundle_policy.LINK_ONLY allows only as a link dependency (libQt6Network, Qt Multimedia) without the
  library that links it;
- read-aloud missing: no QtTextToSpeech module or library, or no system speech engine plugin;
- a language the app offers without its .qm (assets/translations/familysafe_<code>.qm, Qt's qtbase_<code>.qm);
- a missing executable (FamilySafe, familysafe-cli) or a missing assets/content folder.
Prints what it found either way, so the build log shows the bundle's make-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_policy as policy

EXECUTABLES = ("FamilySafe", "familysafe-cli")


def _walk(root: Path) -> list[Path]:
    """Every file, link and folder under root, relative to it (links are not followed)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        base = Path(dirpath)
        out += [(base / n).relative_to(root) for n in dirnames + filenames]
    return sorted(out)


def _executable(root: Path, name: str) -> Path | None:
    for cand in (root / name, root / f"{name}.exe", root / "Contents" / "MacOS" / name):
        if cand.is_file():
            return cand
    return None


def _archive_modules(exe: Path) -> set[str] | None:
    """Top-level module names in the executable's PYZ, or None when PyInstaller is not installed."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return None
    pyz = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    return set(pyz.toc)


def _qt_library(paths: list[Path], module: str) -> list[Path]:
    """The Qt library files of a module: libQt6X.so.6, Qt6X.dll, QtX.framework (not the Python module)."""
    short = module.removeprefix("Qt").lower()
    out = []
    for p in paths:
        name = p.name.lower()
        if name.startswith((f"libqt6{short}.", f"qt6{short}.")) or name == f"qt{short}.framework":
            out.append(p)
    return out


def _link_only_problems(paths: list[Path]) -> list[str]:
    problems = []
    for module, linked_by in policy.LINK_ONLY.items():
        if _qt_library(paths, module) and not _qt_library(paths, linked_by):
            problems.append(f"{module} is in the bundle but {linked_by}, the only reason it may be, is not")
    return problems


def _read_aloud_problems(root: Path, paths: list[Path]) -> list[str]:
    """QtTextToSpeech ships (DESIGN §9): its Python module, its library and at least one system engine."""
    problems = []
    if not any(p.name.lower().startswith("qttexttospeech.") and p.suffix in (".pyd", ".so") for p in paths):
        problems.append("read-aloud: the QtTextToSpeech module (QtTextToSpeech.pyd / .abi3.so) is missing")
    if not _qt_library(paths, "QtTextToSpeech"):
        problems.append("read-aloud: the Qt TextToSpeech library is missing")
    engines = [p for p in paths if (found := policy._plugin_parts(p)) and found[0] == "texttospeech"]
    if not engines:
        problems.append("read-aloud: no speech engine plugin (texttospeech/qtexttospeech_*)")
    return problems


def _translation_problems(paths: list[Path]) -> list[str]:
    names = {p.name for p in paths}
    problems = []
    for code in policy.OFFERED_LANGUAGES:
        for qm, made_by in ((f"familysafe_{code}.qm", "make translations"), (f"qtbase_{code}.qm", "PySide6")):
            if qm not in names:
                problems.append(f"the app offers '{code}' but {qm} is not in the bundle (made by {made_by})")
    return problems


def check(root: Path) -> list[str]:
    """The problems found in the bundle at root (empty when it passes)."""
    problems: list[str] = []
    if not root.is_dir():
        return [f"{root}: no such bundle folder"]
    paths = _walk(root)

    forbidden = [p for p in paths if policy.is_forbidden(p)]
    # Report a forbidden folder once, not every file inside it.
    forbidden = [p for p in forbidden if not any(q in p.parents for q in forbidden)]
    problems += [f"forbidden Qt module file: {p}" for p in forbidden]

    plugins = [p for p in paths if policy._plugin_parts(p) is not None and not (root / p).is_dir()]
    problems += [f"Qt plugin not in bundle_policy.KEEP_PLUGINS: {p}" for p in plugins if not policy.keep_plugin(p)]
    problems += [f"library in bundle_policy.DROP_BINARIES: {p}" for p in paths if not policy.keep_binary(p)]
    translations = [p for p in paths if p.suffix == ".qm" and "PySide6" in p.parts]
    problems += [
        f"Qt translation not in bundle_policy.KEEP_TRANSLATIONS: {p}"
        for p in translations
        if not policy.keep_translation(p)
    ]

    problems += _link_only_problems(paths)
    problems += _read_aloud_problems(root, paths)
    problems += _translation_problems(paths)

    exes = {name: _executable(root, name) for name in EXECUTABLES}
    problems += [f"missing executable: {name}" for name, exe in exes.items() if exe is None]
    if not any(p.name == "content" and p.parent.name == "assets" and (root / p).is_dir() for p in paths):
        problems.append("missing assets/content folder")

    excluded_top = {m for m in policy.PYTHON_EXCLUDES if "." not in m}
    for name, exe in exes.items():
        if exe is None:
            continue
        modules = _archive_modules(exe)
        if modules is None:
            print(f"note: PyInstaller is not importable, so {name}'s module archive was not checked")
            continue
        leaked = sorted({m for m in modules if m.split(".")[0] in excluded_top})
        leaked += sorted(
            m
            for m in modules
            if m.startswith("PySide6.") and m.split(".")[1] not in policy.QT_USED and m.split(".")[1].startswith("Qt")
        )
        problems += [f"{name}: excluded module in the archive: {m}" for m in leaked]

    size = sum((root / p).stat().st_size for p in paths if (root / p).is_file() and not (root / p).is_symlink())
    print(f"bundle: {root} ({len(paths)} entries, {size / 2**20:.1f} MiB)")
    print("qt plugins: " + (", ".join(sorted(str(Path(*policy._plugin_parts(p))) for p in plugins)) or "none"))  # type: ignore[misc]
    print("qt translations: " + (", ".join(sorted(p.name for p in translations)) or "none"))
    print(f"forbidden Qt module files: {len(forbidden)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Check a frozen FamilySafe bundle against packaging/bundle_policy.py.")
    p.add_argument("bundle", type=Path, help="dist/FamilySafe, or dist/FamilySafe.app on macOS")
    args = p.parse_args(argv)
    problems = check(args.bundle)
    if problems:
        print(f"\ncheck_bundle: FAILED, {len(problems)} problem(s):", file=sys.stderr)
        for prob in problems:
            print(f"  {prob}", file=sys.stderr)
        return 1
    print("check_bundle: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
