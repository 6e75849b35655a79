"""Loading content: one pack folder (`load_pack`) or every pack under a root (`load_library`), with the
validated result cached as JSON beside the family's data. Problems are collected, never raised: each
names the file, the field path and what is wrong.

The cache path imports no pydantic: a pack whose files are unchanged comes back as a `CachedPack`,
which answers the home screen from the cache's small index and builds (and validates) each full model
on first use. pydantic, the models and the rules are imported only when something is validated.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familysafe.core.content.library import ActivityInfo, Library, LoadedPack, Problem

if TYPE_CHECKING:
    from pydantic import ValidationError

    from familysafe.core.content.family import FamilyActivity
    from familysafe.core.content.model import Activity, Guide, Pack, _Model


def _loc(loc: tuple[int | str, ...]) -> str:
    from familysafe.core.content.model import STEP_KINDS

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
    from familysafe.core.content.model import STEP_KINDS
    from familysafe.core.safe_yaml import short_repr

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
    from pydantic import ValidationError

    from familysafe.core.content.family import is_family
    from familysafe.core.safe_yaml import YamlRefused, read_yaml

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
    from familysafe.core.content.family import FamilyActivity, check_family
    from familysafe.core.content.model import Activity, Guide, Pack
    from familysafe.core.content.rules import _check_activities, _check_guides

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

    With `cache`, each pack's validated result is kept as JSON beside the family's data and reused
    while none of its files has changed (same names, sizes and times); a pack whose files changed is
    read and validated again, the others still come from the cache. Reading 140 YAML files is most of
    the app's start-up. The cache is two files: a small index (each activity's `ActivityInfo`, each
    pack's id, language and problems), read at start without pydantic, and the full models, read and
    validated again on first use of an activity (`CachedPack`). It is data, never code; a bad or stale
    one is simply rebuilt, and a cached model that does not validate (or does not match the index)
    sends its pack back to its YAML.
    """
    root = Path(root)
    folders = sorted(p.parent for p in root.glob("*/pack.yaml")) if root.is_dir() else []
    if not folders and (root / "pack.yaml").is_file():
        folders = [root]
    if cache is None:
        return Library(load_pack(f, **kwargs) for f in folders)
    full = _FullCache(cache)
    index = _read_index(_index_path(cache), kwargs)
    packs: list[LoadedPack] = []
    keys: list[str] = []
    changed = set(index) != {str(f) for f in folders}
    for folder in folders:
        key = _fingerprint(folder, kwargs)
        entry = index.get(str(folder))
        lp: LoadedPack | None = None
        if entry is not None and entry.get("key") == key:
            try:
                lp = CachedPack.from_index(folder, key, entry, full, kwargs)
            except (ValueError, TypeError, KeyError):
                lp = None  # a damaged index entry: read the pack's YAML
        if lp is None:
            lp = load_pack(folder, **kwargs)
            changed = True
        packs.append(lp)
        keys.append(key)
    if changed:
        _write_cache(cache, kwargs, list(zip(keys, packs, strict=True)))
    return Library(packs)


# 2: the content standard (issue 13); 3: an index, and a key per pack; 4: family activities (issue 18);
# 5: the safeguarding review's rules (R3 c, R4 c, R7 c, R8 to R12), so a cached "valid" is checked again.
CACHE_FORMAT = 5


def _index_path(cache: Path) -> Path:
    return cache.with_name(cache.stem + "-index.json")


def _options(options: dict[str, Any]) -> str:
    return f"{CACHE_FORMAT}|{sorted((k, str(v)) for k, v in options.items())}"


def _fingerprint(folder: Path, options: dict[str, Any]) -> str:
    """A pack's files (names, sizes, times) and the load's options, as one key."""
    h = hashlib.sha256(_options(options).encode())
    for f in sorted(folder.rglob("*")):
        if f.is_file():
            st = f.stat()
            h.update(f"{f}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _read_index(path: Path, options: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The index's entries by pack folder; empty when it is missing, damaged or of other options."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("options") != _options(options):
            return {}
        return {str(e["folder"]): e for e in data["packs"] if isinstance(e, dict)}
    except (OSError, ValueError, TypeError, KeyError):
        return {}


class _FullCache:
    """The cache's full models as JSON, read once, when the first model is needed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._packs: dict[str, Any] | None = None

    def entry(self, folder: Path, key: str) -> dict[str, Any] | None:
        """The cached JSON of a pack with this key, or None (missing, damaged or stale)."""
        if self._packs is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._packs = data["packs"] if isinstance(data, dict) and isinstance(data.get("packs"), dict) else {}
            except (OSError, ValueError, TypeError, KeyError):
                self._packs = {}
        entry = self._packs.get(str(folder))
        return entry if isinstance(entry, dict) and entry.get("key") == key else None


def _text_or_none(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("not a text")
    return value


class CachedPack(LoadedPack):
    """A pack read from the cache: its index answers at once; its models are built (and validated
    again) on first use, one activity at a time. If the cache cannot give a model that validates and
    matches the index, the pack is loaded from its YAML instead."""

    def __init__(
        self,
        folder: Path,
        key: str,
        pack_id: str | None,
        language: str | None,
        infos: list[ActivityInfo],
        problems: list[Problem],
        source: _FullCache,
        options: dict[str, Any],
    ) -> None:
        self.folder = folder
        self.problems = problems
        self._key, self._pack_id, self._language, self._infos = key, pack_id, language, infos
        self._source, self._options = source, options
        self._raw: dict[str, Any] | None = None
        self._loaded: LoadedPack | None = None  # from the YAML, when the cache failed
        self._pack: Pack | None = None
        self._made: dict[str, Activity] = {}
        self._guides: list[Guide] | None = None
        self._family: list[FamilyActivity] | None = None

    @classmethod
    def from_index(
        cls, folder: Path, key: str, entry: dict[str, Any], source: _FullCache, options: dict[str, Any]
    ) -> CachedPack:
        """The pack of an index entry (ValueError, TypeError or KeyError when the entry is damaged)."""
        problems = [Problem(str(p["file"]), str(p["path"]), str(p["message"])) for p in entry["problems"]]
        infos = [ActivityInfo.from_json(x) for x in entry["infos"]]
        pack_id, language = _text_or_none(entry["pack_id"]), _text_or_none(entry["language"])
        if pack_id is None and infos:
            raise ValueError("activities without a pack")
        return cls(folder, key, pack_id, language, infos, problems, source, options)

    # ---- the index: no model built

    @property
    def pack_id(self) -> str | None:
        return self._pack_id

    @property
    def language(self) -> str | None:
        return self._language

    def infos(self) -> list[ActivityInfo]:
        return list(self._infos)

    def only(self, activity_ids: set[str]) -> LoadedPack:
        kept = CachedPack(
            self.folder,
            self._key,
            self._pack_id,
            self._language,
            [i for i in self._infos if i.id in activity_ids],
            self.problems,
            self._source,
            self._options,
        )
        kept._raw, kept._loaded, kept._pack, kept._made = self._raw, self._loaded, self._pack, self._made
        kept._family = self._family
        return kept

    # ---- the models, built on first use

    def _fallback(self) -> LoadedPack:
        """The pack read from its YAML (the cache could not give a valid model)."""
        if self._loaded is None:
            self._loaded = load_pack(self.folder, **self._options)
        return self._loaded

    def _entry(self) -> dict[str, Any] | None:
        if self._raw is None:
            self._raw = self._source.entry(self.folder, self._key)
        return self._raw

    @property
    def pack(self) -> Pack | None:
        if self._loaded is None and self._pack is None and self._pack_id is not None:
            from familysafe.core.content.model import Pack

            try:
                entry = self._entry()
                if entry is None:
                    raise ValueError("not in the cache")
                pack = Pack.model_validate(entry["pack"])
                if (pack.id, pack.language) != (self._pack_id, self._language):
                    raise ValueError("the cache's pack does not match its index")
                self._pack = pack
            except (ValueError, TypeError, KeyError):
                self._fallback()
        return self._loaded.pack if self._loaded is not None else self._pack

    @pack.setter
    def pack(self, value: Pack | None) -> None:
        self._loaded = LoadedPack(self.folder, value, self.activities, self.guides, self.problems, self.family)

    def activity(self, activity_id: str) -> Activity | None:
        if self._loaded is None and activity_id not in self._made:
            info = next((i for i in self._infos if i.id == activity_id), None)
            if info is None:
                return None
            from familysafe.core.content.model import Activity

            try:
                entry = self._entry()
                raw = next(a for a in entry["activities"] if a["id"] == activity_id) if entry else None
                if raw is None:
                    raise ValueError("not in the cache")
                made = Activity.model_validate(raw)
                if ActivityInfo.of(made) != info:
                    raise ValueError("the cache's activity does not match its index")
                self._made[activity_id] = made
            except (ValueError, TypeError, KeyError, StopIteration):
                self._fallback()
        if self._loaded is not None:
            return self._loaded.activity(activity_id) if any(i.id == activity_id for i in self._infos) else None
        return self._made[activity_id]

    @property
    def activities(self) -> list[Activity]:
        found = [self.activity(i.id) for i in self._infos]
        return [a for a in found if a is not None]

    @activities.setter
    def activities(self, value: list[Activity]) -> None:
        self._loaded = LoadedPack(self.folder, self.pack, value, self.guides, self.problems, self.family)

    @property
    def guides(self) -> list[Guide]:
        if self._loaded is None and self._guides is None:
            from familysafe.core.content.model import Guide

            try:
                entry = self._entry()
                if entry is None:
                    raise ValueError("not in the cache")
                self._guides = [Guide.model_validate(g) for g in entry["guides"]]
            except (ValueError, TypeError, KeyError):
                self._fallback()
        return self._loaded.guides if self._loaded is not None else (self._guides or [])

    @guides.setter
    def guides(self, value: list[Guide]) -> None:
        self._loaded = LoadedPack(self.folder, self.pack, self.activities, value, self.problems, self.family)

    @property
    def family(self) -> list[FamilyActivity]:
        if self._loaded is None and self._family is None:
            from familysafe.core.content.family import FamilyActivity

            try:
                entry = self._entry()
                if entry is None:
                    raise ValueError("not in the cache")
                self._family = [FamilyActivity.model_validate(f) for f in entry["family"]]
            except (ValueError, TypeError, KeyError):
                self._fallback()
        return self._loaded.family if self._loaded is not None else (self._family or [])

    @family.setter
    def family(self, value: list[FamilyActivity]) -> None:
        self._loaded = LoadedPack(self.folder, self.pack, self.activities, self.guides, self.problems, value)

    def to_json(self) -> dict[str, Any]:
        """The pack's JSON for a new cache: its cached entry as it is, when that is still good."""
        entry = self._entry() if self._loaded is None else None
        return entry if entry is not None else _pack_json(self, self._key)


def _pack_json(lp: LoadedPack, key: str) -> dict[str, Any]:
    return {
        "key": key,
        "pack": lp.pack.model_dump(mode="json") if lp.pack else None,
        "activities": [a.model_dump(mode="json") for a in lp.activities],
        "guides": [g.model_dump(mode="json") for g in lp.guides],
        "family": [f.model_dump(mode="json") for f in lp.family],
    }


def _write_cache(cache: Path, options: dict[str, Any], packs: list[tuple[str, LoadedPack]]) -> None:
    """Write the full models, then the index that points at them (a crash between leaves an index of
    other keys, or none: either way the packs are read again)."""
    full = {
        "packs": {
            str(lp.folder): lp.to_json() if isinstance(lp, CachedPack) else _pack_json(lp, key) for key, lp in packs
        }
    }
    index = {
        "options": _options(options),
        "packs": [
            {
                "folder": str(lp.folder),
                "key": key,
                "pack_id": lp.pack_id,
                "language": lp.language,
                "infos": [i.to_json() for i in lp.infos()],
                "problems": [vars(x) for x in lp.problems],
            }
            for key, lp in packs
        ],
    }
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for path, data in ((cache, full), (_index_path(cache), index)):
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written costs time, nothing else
