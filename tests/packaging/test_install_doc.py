"""docs/install.md, the parent's page: linked first from the README, and naming what the release really ships."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "install.md").read_text(encoding="utf-8")


def test_readme_links_the_install_page_first() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"(?<!!)\[[^\]]+\]\(([^)]+)\)", readme)
    assert links[0] == "docs/install.md"


def test_names_every_file_the_release_uploads() -> None:
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    nsi = (REPO / "packaging" / "windows" / "familysafe.nsi").read_text(encoding="utf-8")
    assert "-windows-x64-setup.exe" in nsi
    for name in ("windows-x64-setup.exe", "macos-arm64.dmg", "macos-x86_64.dmg", "linux-x86_64.tar.gz"):
        assert f"FamilySafe-<version>-{name}" in DOC, name
    for target in ("windows-x64", "macos-arm64", "macos-x86_64", "linux-x86_64"):
        assert f"target: {target}" in workflow


def test_says_what_an_unsigned_app_shows() -> None:
    for words in (
        "Windows protected your PC",
        "More info",
        "Run anyway",
        "Not Opened",
        "Privacy & Security",
        "Open Anyway",
    ):
        assert words in DOC, words


def test_uninstall_and_the_data_folders_match_the_app() -> None:
    nsi = (REPO / "packaging" / "windows" / "familysafe.nsi").read_text(encoding="utf-8")
    assert "Also delete the family's saved progress" in nsi and "Also delete the family's saved progress" in DOC
    for folder in (r"%APPDATA%\FamilySafe", "~/Library/Application Support/FamilySafe", "~/.local/share/FamilySafe"):
        assert folder in DOC, folder
    assert DOC.count("To uninstall") == 3
