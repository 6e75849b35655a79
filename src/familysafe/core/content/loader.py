"""Loading content: one pack folder (`load_pack`) or every pack under a root (`load_library`), with the
validated result cached as JSON beside the family's data. Problems are collected, never raised: each
names the file, the field path and what is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from familysafe.core.content.family import FamilyActivity, check_family, is_family
from familysafe.core.content.model import (
    STEP_KINDS,
    Activity,
    Guide,
    Library,
    LoadedPack,
    Pack,
    Problem,
    _Model,
)
from familysafe.core.content.rules import _check_activities, _check_guides
from familysafe.core.safe_yaml import YamlRefused, read_yaml, short_repr


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in STEP_KINDS or part == "layered" or part.startswith("function-"):
            continue  # pydantic's union branch names are noise for a writer
        else:
            out += f".{part}" if out else str(part)
    return out


def _pydantic_problems(file: str, err: ValidationError) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        path = _loc(tuple(e["loc"]))
        kind = e["type"]
        if kind == "union_tag_invalid":
            msg = f"unknown step kind {short_repr(e['input'].get('kind'))}; use one of: {', '.join(STEP_KINDS)}"
        elif kind == "union_tag_not_found":
            msg = "missing field 'kind'"
        elif kind == "missing":
            msg = "missing (this field is required)"
        elif kind == "extra_forbidden":
            msg = "is not a field here (a typo?)"
        elif kind == "literal_error":
            msg = f"{short_repr(e['input'])} is not allowed; {e['msg'].replace('Input should be ', 'use ')}"
        else:
            msg = e["msg"]
        problems.append(Problem(file, path, msg))
    return problems


def _parse_model(
    model: type[_Model], path: Path, base: Path, problems: list[Problem], family: type[_Model] | None = None
) -> Any | None:
    """The file read as `model` (as `family` instead when given and the file says `family: true`)."""
    rel = _rel(path, base)
    try:
        data = read_yaml(path)
    except YamlRefused as e:
        problems.append(Problem(rel, "", str(e)))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(rel, "", f"should be a mapping of fields, not {type(data).__name__}"))
        return None
    if family is not None and is_family(data):
        model = family
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems.extend(_pydantic_problems(rel, e))
        return None
    except (RecursionError, ValueError, TypeError) as e:  # belt and braces: never a traceback
        problems.append(Problem(rel, "", f"could not be read ({e})"))
        return None


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base.parent).as_posix()
    except ValueError:
        return path.as_posix()


def load_pack(folder: Path, *, pictures: Path | None = None, check_reading: bool = True) -> LoadedPack:
    """Load one pack folder and validate everything in it; problems are collected, never raised."""
    folder = Path(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        return LoadedPack(folder, None, problems=[Problem(str(folder), "", "folder does not exist")])
    pack_file = folder / "pack.yaml"
    if not pack_file.is_file():
        return LoadedPack(
            folder, None, problems=[Problem(_rel(pack_file, folder), "", "pack.yaml is missing")]
        )
    pack = _parse_model(Pack, pack_file, folder, problems)
    activities: list[tuple[str, Activity]] = []
    family: list[tuple[str, FamilyActivity]] = []  # issue 18: `family: true` files, kept apart
    for f in sorted((folder / "activities").rglob("*.yaml")) if (folder / "activities").is_dir() else []:
        a = _parse_model(Activity, f, folder, problems, family=FamilyActivity)
        if isinstance(a, FamilyActivity):
            family.append((_rel(f, folder), a))
        elif a is not None:
            activities.append((_rel(f, folder), a))
    guides: list[tuple[str, Guide]] = []
    for f in sorted((folder / "guides").rglob("*.yaml")) if (folder / "guides").is_dir() else []:
        g = _parse_model(Guide, f, folder, problems)
        if g is not None:
            guides.append((_rel(f, folder), g))
    bad_files: set[str] = set()
    if pack is not None:
        checks = list(_check_activities(pack, activities, pictures, check_reading))
        checks += list(_check_guides(pack, guides, activities))
        known = {p.stem for p in pictures.glob("*.svg")} if pictures and pictures.is_dir() else None
        checks += list(check_family(pack, family, known, check_reading))
        problems.extend(checks)
        bad_files = {p.file for p in checks}
    bad_files |= {p.file for p in problems}
    return LoadedPack(
        folder,
        pack,
        activities=[a for f, a in activities if f not in bad_files],
        guides=[g for f, g in guides if f not in bad_files],
        problems=sorted(set(problems)),
        family=[a for f, a in family if f not in bad_files],
    )


def load_library(root: Path, *, cache: Path | None = None, **kwargs: Any) -> Library:
    """Load every pack under a content root (each sub-folder with a pack.yaml).

    With `cache`, the validated result is kept as JSON beside the family's data and reused while
    no content file has changed (same names, sizes and times): reading 140 YAML files is most of
    the app's start-up, and JSON through pydantic is ten times quicker. The cache is data, never
    code, and it is validated again as it is read; a bad or stale one is simply rebuilt.
    """
    root = Path(root)
    folders = sorted(p.parent for p in root.glob("*/pack.yaml")) if root.is_dir() else []
    if not folders and (root / "pack.yaml").is_file():
        folders = [root]
    if cache is None:
        return Library(load_pack(f, **kwargs) for f in folders)
    key = _fingerprint(folders, kwargs)
    packs = _read_cache(cache, key)
    if packs is None:
        packs = [load_pack(f, **kwargs) for f in folders]
        _write_cache(cache, key, packs)
    return Library(packs)


CACHE_FORMAT = 3  # 2: the content standard (issue 13) and its new fields; 3: family activities (issue 18)


def _fingerprint(folders: list[Path], options: dict[str, Any]) -> str:
    import hashlib

    h = hashlib.sha256(f"{CACHE_FORMAT}|{sorted((k, str(v)) for k, v in options.items())}".encode())
    for folder in folders:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                st = f.stat()
                h.update(f"{f}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _read_cache(cache: Path, key: str) -> list[LoadedPack] | None:
    import json

    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return [
            LoadedPack(
                Path(p["folder"]),
                Pack.model_validate(p["pack"]) if p["pack"] is not None else None,
                [Activity.model_validate(a) for a in p["activities"]],
                [Guide.model_validate(g) for g in p["guides"]],
                [Problem(**x) for x in p["problems"]],
                [FamilyActivity.model_validate(a) for a in p["family"]],
            )
            for p in data["packs"]
        ]
    except (OSError, ValueError, TypeError, KeyError):
        return None  # missing, stale, damaged or from another version: load the YAML instead


def _write_cache(cache: Path, key: str, packs: list[LoadedPack]) -> None:
    import json
    import os

    data = {
        "key": key,
        "packs": [
            {
                "folder": str(lp.folder),
                "pack": lp.pack.model_dump(mode="json") if lp.pack else None,
                "activities": [a.model_dump(mode="json") for a in lp.activities],
                "guides": [g.model_dump(mode="json") for g in lp.guides],
                "problems": [vars(x) for x in lp.problems],
                "family": [a.model_dump(mode="json") for a in lp.family],
            }
            for lp in packs
        ],
    }
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass  # a cache that cannot be written costs time, nothing else
