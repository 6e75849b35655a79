"""Helpers for the parent area's tests: playing activities, PDF text, and pack builders (good and hostile)."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import stat
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ci_tools import need

FIXTURE_PACK = Path(__file__).resolve().parents[0] / "fixtures" / "pack"


def finish(svc: Any, child: Any, activity: Any, *, note: str | None = None, right: bool = True) -> None:
    """Play an activity to the end through the service, agreeing to its pledge, answering each quiz
    question right (or, with `right=False`, wrong) and typing `note` at a reflect step."""
    from familysafe.core.answers import PledgeAnswer, QuizAnswer, ReflectAnswer, StepAnswer

    def answer(step: Any) -> StepAnswer | None:
        if step.kind == "quiz":
            return QuizAnswer(
                {q.id: next((i for i, o in enumerate(q.options) if o.correct == right), 0) for q in step.questions}
            )
        if step.kind == "pledge":
            return PledgeAnswer(True)
        if step.kind == "reflect" and note:
            return ReflectAnswer(note)
        return None

    svc.open_session(child, activity).play_to_end(answer)


def pdf_text(path: Path) -> str:
    """The text of a PDF, by poppler's pdftotext (skips the test when it is not installed)."""
    exe = need("pdftotext", "poppler-utils")
    out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, check=True, timeout=60)
    # NFKC turns the ligatures fonts use ("ﬁ") back into letters.
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def pdf_pages(path: Path) -> int:
    """How many pages the PDF has (by pdftotext's page breaks)."""
    return pdf_text(path).count("\f")


# ---------------------------------------------------------------- packs


def pack_folder(tmp_path: Path, *, version: int = 1, pack_id: str = "fixture", name: str = "src") -> Path:
    """A copy of the test pack folder, with a chosen version and id."""
    dest = tmp_path / name
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(FIXTURE_PACK, dest)
    text = (dest / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace("version: 1", f"version: {version}").replace("id: fixture", f"id: {pack_id}")
    (dest / "pack.yaml").write_text(text, encoding="utf-8")
    return dest


def folder_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def manifest_for(files: dict[str, bytes]) -> bytes:
    listed = {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    doc = {"format": "familysafe-pack-manifest", "format_version": 1, "files": listed}
    return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")


def write_zip(dest: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return dest


def raw_pack(
    dest: Path,
    files: dict[str, bytes],
    *,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),  # type: ignore[assignment]
    list_extra: bool = True,
    key: Any = None,
) -> Path:
    """A .fspack written by hand: `files` plus `extra` members (listed in the manifest unless told not to),
    signed with `key` (an Ed25519 private key) if given."""
    listed = dict(files)
    if list_extra:
        for info, data in extra:
            listed[info.filename if isinstance(info, zipfile.ZipInfo) else info] = data
    manifest = manifest_for(listed)
    members: list[tuple[zipfile.ZipInfo | str, bytes]] = [("manifest.json", manifest), *files.items(), *extra]
    if key is not None:
        members.append(("manifest.sig", signature_for(key, manifest)))
    return write_zip(dest, members)


def signature_for(key: Any, manifest: bytes) -> bytes:
    from familysafe.services.packs import public_key_text

    sig = {
        "format": "familysafe-pack-signature",
        "key": public_key_text(key),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(sig).encode("utf-8")


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def hostile_packs(tmp_path: Path, key: Any) -> Iterator[tuple[str, Path, str]]:
    """(case, file, words the refusal must contain) for every kind of bad pack."""
    good = folder_files(pack_folder(tmp_path, name="hostile-src"))
    out = tmp_path / "hostile"
    out.mkdir(exist_ok=True)

    yield "zip-slip", raw_pack(out / "slip.fspack", good, extra=[("../evil.yaml", b"a: 1\n")]), "'..'"
    yield "absolute path", raw_pack(out / "abs.fspack", good, extra=[("/tmp/evil.yaml", b"a: 1\n")]), "absolute"
    bomb = b" " * (1_500_000)
    yield "zip bomb", raw_pack(out / "bomb.fspack", good, extra=[("guides/bomb.yaml", bomb)]), "zip bomb"
    yield (
        "symlink",
        raw_pack(out / "link.fspack", good, extra=[(symlink_info("guides/x.yaml"), b"/etc/passwd")]),
        "link",
    )
    many = [(f"guides/n{i:05d}.md", b"x") for i in range(10_000)]
    yield "10,000 entries", raw_pack(out / "many.fspack", good, extra=many), "10,"
    whole = raw_pack(out / "whole.fspack", good).read_bytes()
    truncated = out / "truncated.fspack"
    truncated.write_bytes(whole[: len(whole) // 2])
    yield "truncated archive", truncated, "damaged"
    yield "unknown file type", raw_pack(out / "exe.fspack", good, extra=[("run.exe", b"MZ")]), "kind of file"

    signed = raw_pack(out / "signed.fspack", good, key=key)
    with zipfile.ZipFile(signed) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    sig = json.loads(dict(members)["manifest.sig"])
    raw = bytearray(base64.b64decode(sig["signature"]))
    raw[0] ^= 0xFF
    sig["signature"] = base64.b64encode(bytes(raw)).decode("ascii")
    members = [(n, json.dumps(sig).encode() if n == "manifest.sig" else d) for n, d in members]
    yield "bad signature", write_zip(out / "badsig.fspack", members), "signature does not match"  # type: ignore[arg-type]

    tampered = dict(good)
    manifest = manifest_for(good)
    tampered["pack.yaml"] = good["pack.yaml"] + b"# changed after the manifest\n"
    yield (
        "changed after the manifest",
        write_zip(out / "tampered.fspack", [("manifest.json", manifest), *tampered.items()]),
        "SHA-256",
    )
    yield "no manifest", write_zip(out / "nomanifest.fspack", list(good.items())), "manifest.json"

    bad = dict(good)
    act = "activities/8-10/u01-test.yaml"
    bad[act] = good[act].replace(b"minutes: 3", b"minutes: 7")
    yield "invalid content", raw_pack(out / "invalid.fspack", bad), "u01-test.yaml: steps: minutes add up"

    core = dict(good)
    core["pack.yaml"] = good["pack.yaml"].replace(b"id: fixture", b"id: core")
    yield "the built-in pack's id", raw_pack(out / "core.fspack", core), "FamilySafe's own"


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (staging included) with its SHA-256: the state a refusal must not change."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(packs_dir: Path) -> list[str]:
    """What an import or removal left in the staging folder (should be nothing)."""
    staging = packs_dir / ".staging"
    return sorted(p.name for p in staging.iterdir()) if staging.exists() else []
