"""Pack dist/FamilySafe into dist/FamilySafe-<version>-linux-<arch>.tar.gz, with its desktop entry and icon.

    python packaging/linux/make_tarball.py [--dist dist]

The archive unpacks to one folder, FamilySafe/: the frozen bundle (FamilySafe, familysafe-cli, _internal/),
plus familysafe.desktop, familysafe.png (256 px) and install-desktop-entry.sh, which adds the app to the
user's menu. Entries are sorted and carry no owner or build-time dates, so two builds of the same bundle give
the same archive (set SOURCE_DATE_EPOCH to choose the date stamped on them).
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import bundle_policy as policy  # noqa: E402

EXTRAS = (
    (HERE / "familysafe.desktop", "familysafe.desktop", 0o644),
    (HERE.parent / "icons" / "familysafe-256.png", "familysafe.png", 0o644),
    (HERE / "install-desktop-entry.sh", "install-desktop-entry.sh", 0o755),
)


def archive_name(version: str, machine: str | None = None) -> str:
    """FamilySafe-<version>-linux-<arch>.tar.gz"""
    return f"FamilySafe-{version}-linux-{machine or platform.machine()}.tar.gz"


def make_tarball(bundle: Path, out: Path, top: str = "FamilySafe") -> Path:
    """Write the archive; returns its path."""
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        return info

    tmp = out.with_suffix(".part")
    # filename="" keeps the file's own name out of the gzip header, so the bytes depend on the content only.
    with (
        tmp.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=mtime) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(bundle, arcname=top, recursive=False, filter=clean)
        for dirpath, dirnames, filenames in os.walk(bundle):
            dirnames.sort()
            base = Path(dirpath)
            for name in sorted(dirnames + filenames):
                path = base / name
                tar.add(path, arcname=f"{top}/{path.relative_to(bundle).as_posix()}", recursive=False, filter=clean)
        for src, name, mode in EXTRAS:
            info = clean(tar.gettarinfo(str(src), arcname=f"{top}/{name}"))
            info.mode = mode
            with src.open("rb") as f:
                tar.addfile(info, f)
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=Path("dist"), help="the folder holding the FamilySafe bundle")
    args = p.parse_args(argv)
    bundle = args.dist / "FamilySafe"
    if not (bundle / "FamilySafe").is_file():
        print(f"make_tarball: {bundle}: no frozen bundle here; run `make dist`", file=sys.stderr)
        return 1
    out = make_tarball(bundle, args.dist / archive_name(policy.project_version()))
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
