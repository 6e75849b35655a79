"""The Windows installer script: per-user, keeps the family's data by default, and compiles with makensis."""

from __future__ import annotations

import re
import struct
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


def _makensis(tmp_path: Path, version: str) -> bytes:
    """Compile the installer (x64 stub, as shipped) for a stand-in bundle; its bytes."""
    makensis = need("makensis", "nsis")
    bundle = _stand_in_bundle(tmp_path)
    out = tmp_path / "FamilySafe-setup.exe"
    proc = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            "-XTarget amd64-unicode",
            f"-DVERSION={version}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out.read_bytes()


def _fixed_file_version(exe: bytes) -> tuple[int, int, int, int]:
    """dwFileVersionMS/LS of the VS_FIXEDFILEINFO in a PE file's version resource."""
    at = exe.index(struct.pack("<I", 0xFEEF04BD))
    ms, ls = struct.unpack_from("<II", exe, at + 8)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def test_script_compiles_with_makensis(tmp_path: Path) -> None:
    exe = _makensis(tmp_path, "0.0.1")
    assert exe[:2] == b"MZ"
    assert len(exe) > 50_000  # the NSIS stub, the UI, the icon and the files
    pe = struct.unpack_from("<I", exe, 0x3C)[0]
    assert struct.unpack_from("<H", exe, pe + 4)[0] == 0x8664, "not the x64 installer"
    assert _fixed_file_version(exe) == (0, 0, 1, 0)


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.2.0rc1", (0, 2, 0, 0)), ("1.2", (1, 2, 0, 0)), ("0.3.0.dev4", (0, 3, 0, 0)), ("2.0.1b2", (2, 0, 1, 0))],
)
def test_pre_release_versions_compile(tmp_path: Path, version: str, numeric: tuple[int, ...]) -> None:
    exe = _makensis(tmp_path, version)
    assert _fixed_file_version(exe) == numeric
    assert version.encode("utf-16-le") in exe  # the text version stays as given


def test_refuses_32_bit_windows_and_a_running_app(script: str) -> None:
    for init in ("Function .onInit", "Function un.onInit"):
        body = script[script.index(init) : script.index("FunctionEnd", script.index(init))]
        prefix = "un." if init.startswith("Function un.") else ""
        assert f"Call {prefix}RefuseOn32Bit" in body and f"Call {prefix}RefuseWhileOpen" in body
    assert "${IfNot} ${RunningX64}" in script
    assert 'FileOpen $R8 "$INSTDIR\\$R9" a' in script  # a running .exe cannot be opened for writing
