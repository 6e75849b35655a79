"""The Windows installer script: per-user, keeps the family's data by default, and compiles with makensis."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from ci_tools import need

REPO = Path(__file__).resolve().parents[2]
NSI = REPO / "packaging" / "windows" / "familysafe.nsi"


@pytest.fixture(scope="module")
def script() -> str:
    return NSI.read_text(encoding="utf-8")


def test_installs_per_user_without_admin(script: str) -> None:
    assert re.search(r"^RequestExecutionLevel user$", script, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\FamilySafe"$', script, re.M)
    assert "HKLM" not in script and "$PROGRAMFILES" not in script


def test_start_menu_shortcut_and_hkcu_uninstall_entry(script: str) -> None:
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"' in script
    assert r'!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FamilySafe"' in script
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "QuietUninstallString", "InstallLocation"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in script
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in script


def test_uninstaller_keeps_data_unless_the_box_is_ticked(script: str) -> None:
    assert r'!define DATA_DIR "$APPDATA\FamilySafe"' in script
    assert '"Also delete the family\'s saved progress"' in script
    # Unticked by default (silent uninstalls included): $DeleteData starts at 0 and only the box or
    # /DELETEDATA sets it; the data folder is removed only under that condition.
    init = script[script.index("Function un.onInit") : script.index("FunctionEnd", script.index("Function un.onInit"))]
    assert "StrCpy $DeleteData 0" in init
    section = script[script.index('Section "Uninstall"') :]
    assert section.count('RMDir /r "${DATA_DIR}"') == 1
    guarded = section[section.index("${If} $DeleteData == 1") : section.index("${Else}")]
    assert 'RMDir /r "${DATA_DIR}"' in guarded
    assert 'RMDir /r "$INSTDIR"' not in script  # never a recursive delete of a folder the user may have chosen


def _stand_in_bundle(root: Path) -> Path:
    bundle = root / "FamilySafe"
    (bundle / "_internal" / "assets" / "content").mkdir(parents=True)
    (bundle / "FamilySafe.exe").write_bytes(b"MZ stand-in")
    (bundle / "familysafe-cli.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (bundle / "_internal" / "assets" / "content" / "pack.yaml").write_text("id: core\n")
    return bundle


def test_script_compiles_with_makensis(tmp_path: Path) -> None:
    makensis = need("makensis", "nsis")
    bundle = _stand_in_bundle(tmp_path)
    out = tmp_path / "FamilySafe-setup.exe"
    proc = subprocess.run(
        [makensis, "-V2", "-WX", "-DVERSION=0.0.1", f"-DBUNDLE_DIR={bundle}", f"-DOUTFILE={out}", str(NSI)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert out.stat().st_size > 50_000  # the NSIS stub, the UI, the icon and the files
