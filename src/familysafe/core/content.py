"""The content model (packs, units, activities, steps, guides), its loader and its validator.

YAML is read with `safe_load` only, after a cheap pass over the parser's events that refuses
alias bombs and deep nesting before anything is built. Every problem is collected and reported
with the file, the field path and the problem, never as a traceback.
"""

from __future__ import annotations

import re
import reprlib
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from familysafe.core import standard
from familysafe.core.models import AGE_BANDS, AgeBand
from familysafe.core.readability import fk_grade
from familysafe.core.text import text_problem

STRANDS: dict[str, str] = {
    "self-image": "Self-image and identity",
    "relationships": "Online relationships",
    "reputation": "Online reputation",
    "bullying": "Online bullying",
    "information": "Managing online information",
    "wellbeing": "Health, wellbeing and lifestyle",
    "privacy-security": "Privacy and security",
    "copyright": "Copyright and ownership",
}
Strand = Literal[
    "self-image",
    "relationships",
    "reputation",
    "bullying",
    "information",
    "wellbeing",
    "privacy-security",
    "copyright",
]
STEP_KINDS = ("talk", "story", "quiz", "scenario", "activity", "pledge", "reflect")
BAND_CODES: dict[str, str] = {"4-7": "b47", "8-10": "b810", "11-13": "b1113", "14-17": "b1417"}
READING_LIMITS: dict[str, float] = {"4-7": 3.0, "8-10": 5.0, "11-13": 7.0, "14-17": 9.0}
SESSION_MINUTES = 15.0
MINUTES_TOLERANCE = 1.0
GUIDE_WORDS = (400, 900)

# Limits that keep a hostile or broken file from costing more than a moment.
MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 24
MAX_ALIASES = 50
MAX_NODES = 20_000
# Values after aliases are followed: a few aliases nested in each other can still mean millions.
MAX_EXPANDED = 100_000



def _plain_line(value: str) -> str:
    """A short text shows what it says: no control characters, direction overrides or invisible-only text."""
    problem = text_problem(value)
    if problem:
        raise PydanticCustomError("plain_text", problem)
    return value


# A pack's version, one integer type everywhere (model, install record, installed_version): no "7" or 7.0.
MAX_PACK_VERSION = 1_000_000
PackVersion = Annotated[int, Field(strict=True, ge=1, le=MAX_PACK_VERSION)]
_PACK_VERSION: TypeAdapter[int] = TypeAdapter(PackVersion)


def pack_version(value: Any) -> int | None:
    """`value` if it is a valid pack version (an integer from 1 to MAX_PACK_VERSION), else None."""
    try:
        return _PACK_VERSION.validate_python(value, strict=True)
    except ValidationError:
        return None


Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Short = Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_plain_line)]
PictureName = Annotated[str, Field(pattern=r"^[a-z0-9-]{1,40}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    text: Short
    feedback: Text
    correct: bool = False


class Question(_Model):
    id: Id
    text: Short
    options: Annotated[list[Option], Field(min_length=2, max_length=4)]
    # No single right answer ("which would you do first, and why?"): no option is `correct`, each
    # option's feedback discusses that choice, and the question is not scored.
    discuss: bool = False


class Choice(_Model):
    text: Short
    feedback: Text
    next: Id


class Node(_Model):
    id: Id
    text: Text
    choices: Annotated[list[Choice], Field(max_length=3)] = []
    end: bool = False


class Page(_Model):
    text: Text
    picture: PictureName


class _StepBase(_Model):
    id: Id
    minutes: Annotated[float, Field(ge=0.5, le=8)]
    picture: PictureName
    child: Text
    grown_up: Text


class TalkStep(_StepBase):
    kind: Literal["talk"]


class StoryStep(_StepBase):
    kind: Literal["story"]
    pages: Annotated[list[Page], Field(min_length=2, max_length=6)]


class QuizStep(_StepBase):
    kind: Literal["quiz"]
    questions: Annotated[list[Question], Field(min_length=1, max_length=4)]


class ScenarioStep(_StepBase):
    kind: Literal["scenario"]
    start: Id
    nodes: Annotated[list[Node], Field(min_length=2, max_length=20)]


class ActivityStep(_StepBase):
    kind: Literal["activity"]
    checklist: Annotated[list[Short], Field(min_length=2, max_length=6)]
    # Big tasks moved out of the 15 minutes: "to do together later", saved with the step's answer.
    later: Annotated[list[Short], Field(min_length=1, max_length=6)] | None = None


class PledgeStep(_StepBase):
    kind: Literal["pledge"]
    pledge: Short


class ReflectStep(_StepBase):
    kind: Literal["reflect"]
    prompt: Short


Step = Annotated[
    TalkStep | StoryStep | QuizStep | ScenarioStep | ActivityStep | PledgeStep | ReflectStep,
    Field(discriminator="kind"),
]


class KeyMessage(_Model):
    id: Id
    text: Short
    question: Short


class Activity(_Model):
    id: Id
    title: Short
    band: AgeBand
    unit: Annotated[int, Field(ge=1, le=520)]
    strand: Strand
    topic: Short
    badge: Short
    intro: Text
    if_worried: Text
    key_messages: Annotated[list[KeyMessage], Field(min_length=1, max_length=3)]
    steps: Annotated[list[Step], Field(min_length=2, max_length=12)]

    @property
    def minutes(self) -> float:
        """The suggested minutes of all steps together."""
        return sum(s.minutes for s in self.steps)

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError when there is none)."""
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def child_text(self) -> str:
        """Everything the child's side of the screen shows, joined, for the reading-level check."""
        return "\n".join(t.strip() for t in _child_texts(self) if t.strip())

    def recall_key(self, message_id: str) -> str:
        """The key of a key message in a child's recall boxes."""
        return f"{self.id}/{message_id}"


class Unit(_Model):
    number: Annotated[int, Field(ge=1, le=520)]
    title: Short
    strand: Strand | None = None


class Pack(_Model):
    id: Id
    title: Short
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")]
    version: PackVersion
    publisher: Short
    year: bool = False  # a full year: one activity per unit per band, every strand twice
    variety: Short | None = None  # the language variety written in, e.g. "neutral Latin American Spanish"
    units: Annotated[list[Unit], Field(min_length=1, max_length=520)]

    @field_validator("units")
    @classmethod
    def _units_in_order(cls, units: list[Unit]) -> list[Unit]:
        numbers = [u.number for u in units]
        if numbers != list(range(1, len(units) + 1)):
            raise ValueError("units must be numbered 1, 2, 3, ... in order")
        return units


class Guide(_Model):
    id: Id
    title: Short
    summary: Text
    unit: Annotated[int, Field(ge=1, le=520)]
    strand: Strand
    bands: Annotated[list[AgeBand], Field(min_length=1, max_length=4)]
    # Where a band's activity on this subject is in another unit: band -> its units (then `unit` is
    # not used for that band). The guide is open when any of its units is open for that band.
    units: dict[AgeBand, Annotated[list[Annotated[int, Field(ge=1, le=520)]], Field(min_length=1, max_length=4)]] = {}
    reviewed: date
    body: Annotated[str, Field(min_length=1, max_length=20_000)]

    def units_for(self, band: str) -> list[int]:
        """The units of a band whose activity this guide belongs to (none when not written for the band)."""
        if band not in self.bands:
            return []
        return list(self.units.get(band, [self.unit]))

    @property
    def words(self) -> int:
        """How many words the body has."""
        return len(self.body.split())


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content: where, and what."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


@dataclass
class LoadedPack:
    """A pack with its activities and guides, and every problem found on the way."""

    folder: Path
    pack: Pack | None
    activities: list[Activity] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class Library:
    """Every valid activity and guide the app can offer, by id, band and unit."""

    def __init__(self, packs: Iterable[LoadedPack]) -> None:
        self.packs = list(packs)
        self.activities: dict[str, Activity] = {}
        self.guides: dict[str, Guide] = {}
        self.pack_of: dict[str, str] = {}
        for lp in self.packs:
            if lp.pack is None:
                continue
            for a in lp.activities:
                self.activities.setdefault(a.id, a)
                self.pack_of.setdefault(a.id, lp.pack.id)
            for g in lp.guides:
                self.guides.setdefault(g.id, g)

    @property
    def problems(self) -> list[Problem]:
        """Problems in any pack (the app loads what is valid and tells the parent the rest)."""
        return [p for lp in self.packs for p in lp.problems]

    def for_band(self, band: str) -> list[Activity]:
        """The band's activities in unit order."""
        return sorted((a for a in self.activities.values() if a.band == band), key=lambda a: (a.unit, a.id))

    def unit_activities(self, band: str, unit: int) -> list[Activity]:
        """The band's activities of one unit."""
        return [a for a in self.for_band(band) if a.unit == unit]

    def total_units(self, band: str) -> int:
        """The highest unit number the band has an activity for."""
        return max((a.unit for a in self.for_band(band)), default=0)

    def guides_for_unit(self, unit: int, band: str | None = None) -> list[Guide]:
        """The guides that belong to a unit (of one band, when given: see `Guide.units`).

        With a band, a guide that names its units for that band comes first: it was lined up with
        that band's activity on purpose.
        """
        if band is None:
            return sorted((g for g in self.guides.values() if g.unit == unit), key=lambda g: g.id)
        found = [g for g in self.guides.values() if unit in g.units_for(band)]
        return sorted(found, key=lambda g: (band not in g.units, g.id))


# ---------------------------------------------------------------- YAML, safely


class YamlRefused(ValueError):
    """A YAML file that is not read at all: too big, too deep, alias-bombed or not YAML."""


# A watcher for the files read in this thread (see `watching`): called with (path, data, refusal) after
# each file, it may raise to stop a long load at once (a pack import stops at the first bad file, or on
# Cancel). A context variable, so a load in a worker thread never sees another thread's watcher.
_WATCHER: ContextVar[Callable[[Path, Any, YamlRefused | None], None] | None] = ContextVar(
    "familysafe_yaml_watcher", default=None
)


@contextmanager
def watching(watcher: Callable[[Path, Any, YamlRefused | None], None]) -> Iterator[None]:
    """Call `watcher(path, data, refusal)` after each YAML file this thread reads, inside the block."""
    token = _WATCHER.set(watcher)
    try:
        yield
    finally:
        _WATCHER.reset(token)


def read_yaml(path: Path) -> Any:
    """Read one YAML file with `safe_load`, after refusing oversized, deep or alias-heavy input."""
    watcher = _WATCHER.get()
    if watcher is None:
        return _read_yaml(path)
    try:
        data = _read_yaml(path)
    except YamlRefused as e:
        watcher(path, None, e)
        raise
    watcher(path, data, None)
    return data


def _read_yaml(path: Path) -> Any:
    try:
        info = path.stat()
    except OSError as e:
        raise YamlRefused(f"cannot be read ({e.strerror or e})") from None
    # A device or a pipe has no honest size (and a pipe may never end): only plain files are read.
    if not stat.S_ISREG(info.st_mode):
        raise YamlRefused("is not an ordinary file (a folder, device or pipe), so it was not read")
    if info.st_size > MAX_FILE_BYTES:
        raise YamlRefused(f"is too big ({info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # never more than the limit, whatever the size said
        if len(raw) > MAX_FILE_BYTES:
            raise YamlRefused(f"is too big (more than {MAX_FILE_BYTES:,} bytes)")
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlRefused("is not UTF-8 text") from None
    except OSError as e:
        raise YamlRefused(f"cannot be read ({e.strerror or e})") from None
    return parse_yaml(text)


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_INT_DIGITS = 18  # no number in content needs more; Python refuses to read past 4300 digits anyway
_INT_TAG = "tag:yaml.org,2002:int"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _at(node: Any) -> str:
    return f"line {node.start_mark.line + 1}, column {node.start_mark.column + 1}"


class _StrictLoader(_BaseLoader):  # type: ignore[misc]
    """`safe_load`'s loader, stricter: a key given twice in one mapping, a date that does not exist and
    a number too big to mean anything are refused with their line and field, never read or crashed on."""

    def _scalar_problem(self, node: Any) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            return None
        if node.tag == _INT_TAG:
            digits = sum(ch.isdigit() for ch in node.value)
            if digits > MAX_INT_DIGITS:
                return f"the number ({digits} digits) is too big; numbers in content have at most {MAX_INT_DIGITS}"
        elif node.tag == _TIMESTAMP_TAG:
            try:
                yaml.constructor.SafeConstructor.construct_yaml_timestamp(self, node)
            except (ValueError, OverflowError):
                return f"{_short(node.value)} is not a real date (use YYYY-MM-DD)"
        return None

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise YamlRefused(
                        f"{_at(key_node)}: the key {_short(key_node.value)} appears twice in one place "
                        f"(first on line {seen[key] + 1}); keep only one"
                    )
                seen[key] = key_node.start_mark.line
                problem = self._scalar_problem(value_node)
                if problem:
                    raise YamlRefused(f"{_at(value_node)}: {_short(key_node.value)}: {problem}")
        return super().construct_mapping(node, deep)

    def _checked_int(self, node: Any) -> Any:
        problem = self._scalar_problem(node)
        if problem:
            raise YamlRefused(f"{_at(node)}: {problem}")
        return super().construct_yaml_int(node)

    def _checked_timestamp(self, node: Any) -> Any:
        problem = self._scalar_problem(node)
        if problem:
            raise YamlRefused(f"{_at(node)}: {problem}")
        return super().construct_yaml_timestamp(node)


_StrictLoader.add_constructor(_INT_TAG, _StrictLoader._checked_int)
_StrictLoader.add_constructor(_TIMESTAMP_TAG, _StrictLoader._checked_timestamp)


def parse_yaml(text: str) -> Any:
    """Parse YAML text safely (see `read_yaml`); raise YamlRefused with a plain message."""
    loader = _BaseLoader
    depth = aliases = nodes = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlRefused(f"is nested too deeply (more than {MAX_DEPTH} levels)")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise YamlRefused(f"uses too many aliases (more than {MAX_ALIASES}); refused as unsafe")
            nodes += 1
            if nodes > MAX_NODES:
                raise YamlRefused(f"has too many values (more than {MAX_NODES:,})")
        data = yaml.load(text, Loader=_StrictLoader)
        _check_expanded(data)
        return data
    except YamlRefused:
        raise
    except yaml.constructor.ConstructorError as e:
        if "tag" not in (e.problem or ""):  # e.g. a list used as a key: a structure YAML allows, Python not
            raise YamlRefused(f"is not valid YAML here ({_mark(e)}{e.problem})") from None
        raise YamlRefused(f"uses a YAML tag that is not allowed ({_mark(e)}{e.problem})") from None
    except yaml.MarkedYAMLError as e:
        raise YamlRefused(f"is not valid YAML ({_mark(e)}{e.problem or e.context})") from None
    except yaml.YAMLError as e:
        raise YamlRefused(f"is not valid YAML ({e})") from None
    except RecursionError:
        raise YamlRefused(f"is nested too deeply (more than {MAX_DEPTH} levels)") from None
    except (ValueError, OverflowError) as e:  # a value the constructors cannot build: never a traceback
        raise YamlRefused(f"holds a value FamilySafe cannot read ({_short(str(e))})") from None


def _check_expanded(data: Any) -> None:
    """Refuse data that, with its aliases followed, holds more than MAX_EXPANDED values (or loops)."""
    count = 0
    stack = [data]
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_EXPANDED:
            raise YamlRefused(
                f"repeats its parts into more than {MAX_EXPANDED:,} values (an alias bomb?); refused as unsafe"
            )
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _mark(e: yaml.MarkedYAMLError) -> str:
    mark = e.problem_mark or e.context_mark
    return f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""


# ---------------------------------------------------------------- loading


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in STEP_KINDS or part.startswith("function-"):
            continue  # pydantic's union branch names are noise for a writer
        else:
            out += f".{part}" if out else str(part)
    return out


_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxstring = _SHORT_REPR.maxother = 60


def _short(value: Any) -> str:
    """A repr of a bad value cut to a readable size: an alias bomb must not become a megabyte message."""
    return _SHORT_REPR.repr(value)


def _pydantic_problems(file: str, err: ValidationError) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        path = _loc(tuple(e["loc"]))
        kind = e["type"]
        if kind == "union_tag_invalid":
            msg = f"unknown step kind {_short(e['input'].get('kind'))}; use one of: {', '.join(STEP_KINDS)}"
        elif kind == "union_tag_not_found":
            msg = "missing field 'kind'"
        elif kind == "missing":
            msg = "missing (this field is required)"
        elif kind == "extra_forbidden":
            msg = "is not a field here (a typo?)"
        elif kind == "literal_error":
            msg = f"{_short(e['input'])} is not allowed; {e['msg'].replace('Input should be ', 'use ')}"
        else:
            msg = e["msg"]
        problems.append(Problem(file, path, msg))
    return problems


def _parse_model(model: type[_Model], path: Path, base: Path, problems: list[Problem]) -> Any | None:
    rel = _rel(path, base)
    try:
        data = read_yaml(path)
    except YamlRefused as e:
        problems.append(Problem(rel, "", str(e)))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(rel, "", f"should be a mapping of fields, not {type(data).__name__}"))
        return None
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
    for f in sorted((folder / "activities").rglob("*.yaml")) if (folder / "activities").is_dir() else []:
        a = _parse_model(Activity, f, folder, problems)
        if a is not None:
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
        problems.extend(checks)
        bad_files = {p.file for p in checks}
    bad_files |= {p.file for p in problems}
    return LoadedPack(
        folder,
        pack,
        activities=[a for f, a in activities if f not in bad_files],
        guides=[g for f, g in guides if f not in bad_files],
        problems=sorted(set(problems)),
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


CACHE_FORMAT = 2  # 2: the content standard (issue 13) and its new fields


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


# ---------------------------------------------------------------- the rules


def _child_texts(a: Activity) -> Iterator[str]:
    # One definition of "child-facing text", shared with the content standard's rules.
    return standard.child_texts(a)


def _pictures_of(a: Activity) -> Iterator[tuple[str, str]]:
    for i, s in enumerate(a.steps):
        yield f"steps[{i}].picture", s.picture
        if isinstance(s, StoryStep):
            for j, p in enumerate(s.pages):
                yield f"steps[{i}].pages[{j}].picture", p.picture


def _duplicates(items: Iterable[str]) -> list[str]:
    return [k for k, n in Counter(items).items() if n > 1]


# "Who to tell" is checked by word; each content language has its own words for it.
TELL_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\btell", re.IGNORECASE),
    "es": re.compile(r"\b(cuent|cuént|cont[aá]r|díselo|dile\b|avis|avís)", re.IGNORECASE),
}
TELL_HINT = {"en": "the word 'tell'", "es": "'cuéntaselo', 'contar', 'díselo' or 'avisa'"}


def _tell(language: str) -> tuple[re.Pattern[str], str]:
    code = language.split("-")[0]
    return TELL_WORDS.get(code, TELL_WORDS["en"]), TELL_HINT.get(code, TELL_HINT["en"])


def _normal(text: str) -> str:
    return re.sub(r"[^\w ]", "", " ".join(text.lower().split()))


def scenario_problems(step: ScenarioStep, language: str = "en") -> list[tuple[str, str]]:
    """(field path, problem) for a scenario: references resolve, no loops, every path ends safely."""
    out: list[tuple[str, str]] = []
    tell, hint = _tell(language)
    index = {n.id: i for i, n in enumerate(step.nodes)}
    for dup in _duplicates(n.id for n in step.nodes):
        out.append(("nodes", f"node id {dup!r} is used more than once"))
    if step.start not in index:
        out.append(("start", f"names node {step.start!r}, which does not exist"))
        return out
    for i, n in enumerate(step.nodes):
        if n.end and n.choices:
            out.append((f"nodes[{i}]", "an end node cannot have choices"))
        if not n.end and len(n.choices) < 2:
            out.append((f"nodes[{i}]", "needs at least 2 choices, or `end: true`"))
        if n.end and not tell.search(n.text):
            out.append((f"nodes[{i}].text", f"an ending must say who to tell (use {hint})"))
        for j, c in enumerate(n.choices):
            if c.next not in index:
                out.append((f"nodes[{i}].choices[{j}].next", f"names node {c.next!r}, which does not exist"))
    if out:
        return out
    # Depth-first walk: a node seen again on the current path is a loop.
    reached: set[str] = set()
    on_path: list[str] = []

    def walk(node_id: str) -> None:
        if node_id in on_path:
            cycle = " → ".join([*on_path[on_path.index(node_id) :], node_id])
            out.append(("nodes", f"has a loop ({cycle}); every path must reach an end"))
            return
        if node_id in reached:
            return
        on_path.append(node_id)
        for c in step.nodes[index[node_id]].choices:
            walk(c.next)
        on_path.pop()
        reached.add(node_id)

    walk(step.start)
    for i, n in enumerate(step.nodes):
        if n.id not in reached:
            out.append((f"nodes[{i}]", f"node {n.id!r} can never be reached from {step.start!r}"))
    return out


def _check_activities(
    pack: Pack,
    activities: list[tuple[str, Activity]],
    pictures: Path | None,
    check_reading: bool,
) -> Iterator[Problem]:
    units = {u.number for u in pack.units}
    known_pictures = {p.stem for p in pictures.glob("*.svg")} if pictures and pictures.is_dir() else None
    for dup in _duplicates(a.id for _, a in activities):
        files = ", ".join(f for f, a in activities if a.id == dup)
        yield Problem("pack", "", f"activity id {dup!r} is used by more than one file: {files}")
    for dup in _duplicates(_normal(a.title) for _, a in activities):
        files = ", ".join(f for f, a in activities if _normal(a.title) == dup)
        yield Problem("pack", "", f"two activities share the title {dup!r}: {files}")
    seen_questions: dict[str, str] = {}
    tell, hint = _tell(pack.language)
    for f, a in activities:
        prefix = f"{BAND_CODES[a.band]}-u{a.unit:02d}-"
        if not a.id.startswith(prefix):
            yield Problem(f, "id", f"should start with {prefix!r} (its band and unit)")
        if a.unit not in units:
            yield Problem(f, "unit", f"unit {a.unit} is not one of the pack's units (1 to {len(units)})")
        band_folder = Path(f).parent.name
        if band_folder in AGE_BANDS and band_folder != a.band:
            yield Problem(f, "band", f"is {a.band!r} but the file is in the {band_folder!r} folder")
        if abs(a.minutes - SESSION_MINUTES) > MINUTES_TOLERANCE:
            yield Problem(f, "steps", f"minutes add up to {a.minutes:g}; they should add up to 15 (±1)")
        for dup in _duplicates(s.id for s in a.steps):
            yield Problem(f, "steps", f"step id {dup!r} is used more than once")
        for dup in _duplicates(k.id for k in a.key_messages):
            yield Problem(f, "key_messages", f"key message id {dup!r} is used more than once")
        kinds = Counter(s.kind for s in a.steps)
        if not kinds["talk"]:
            yield Problem(f, "steps", "needs at least one talk step")
        if not (kinds["quiz"] or kinds["scenario"]):
            yield Problem(f, "steps", "needs at least one quiz or scenario step")
        if kinds["pledge"] != 1:
            yield Problem(f, "steps", f"needs exactly one pledge step (has {kinds['pledge']})")
        if not tell.search(a.steps[-1].child):
            yield Problem(
                f, f"steps[{len(a.steps) - 1}].child", f"the last step must say who the child can tell (use {hint})"
            )
        for i, s in enumerate(a.steps):
            if isinstance(s, QuizStep):
                for dup in _duplicates(q.id for q in s.questions):
                    yield Problem(f, f"steps[{i}].questions", f"question id {dup!r} is used more than once")
                for j, q in enumerate(s.questions):
                    if not q.discuss and not any(o.correct for o in q.options):
                        yield Problem(
                            f,
                            f"steps[{i}].questions[{j}]",
                            "no option is marked `correct: true` (or set `discuss: true`: no single right answer)",
                        )
                    key = _normal(q.text)
                    if key in seen_questions:
                        yield Problem(
                            f,
                            f"steps[{i}].questions[{j}].text",
                            f"repeats a question in {seen_questions[key]}",
                        )
                    else:
                        seen_questions[key] = f
            elif isinstance(s, ScenarioStep):
                for path, msg in scenario_problems(s, pack.language):
                    yield Problem(f, f"steps[{i}].{path}", msg)
        if known_pictures is not None:
            for path, name in _pictures_of(a):
                if name not in known_pictures:
                    yield Problem(f, path, f"picture {name!r} does not exist in assets/pictures")
        if check_reading and pack.language.startswith("en"):
            grade = fk_grade(a.child_text())
            limit = READING_LIMITS[a.band]
            if grade > limit:
                yield Problem(
                    f,
                    "steps",
                    f"the child's text reads at grade {grade:.1f}; the {a.band} limit is {limit:g}",
                )
    if pack.year:
        yield from _check_year(pack, activities)
    for f, path, msg in standard.check(activities, pack.language):
        yield Problem(f, path, msg)


def _check_year(pack: Pack, activities: list[tuple[str, Activity]]) -> Iterator[Problem]:
    by_band_unit = Counter((a.band, a.unit) for _, a in activities)
    for band in AGE_BANDS:
        for u in pack.units:
            n = by_band_unit[(band, u.number)]
            if n != 1:
                yield Problem(
                    "pack", "units", f"band {band}, unit {u.number} has {n} activities; a year needs 1"
                )
        strands: Counter[str] = Counter(a.strand for _, a in activities if a.band == band)
        for s in STRANDS:
            if strands[s] < 2:
                yield Problem(
                    "pack", "", f"band {band} meets the strand {s!r} {strands[s]} time(s); a year needs 2"
                )


_LINKISH = re.compile(r"(https?://|www\.|\]\(|<[a-zA-Z/!])")


def _check_guides(
    pack: Pack, guides: list[tuple[str, Guide]], activities: list[tuple[str, Activity]] | None = None
) -> Iterator[Problem]:
    units = {u.number for u in pack.units}
    have = {(a.band, a.unit) for _, a in activities or []}
    bands_with_activities = {b for b, _ in have}
    for dup in _duplicates(g.id for _, g in guides):
        yield Problem("pack", "", f"guide id {dup!r} is used by more than one file")
    for f, g in guides:
        if g.unit not in units:
            yield Problem(f, "unit", f"unit {g.unit} is not one of the pack's units")
        for band in g.units:
            if band not in g.bands:
                yield Problem(f, f"units.{band}", f"band {band} is not one of the guide's `bands`")
        # The guide is open when its activity is: each band's unit must hold that band's activity.
        for band in g.bands:
            for u in g.units_for(band):
                if band in g.units and u not in units:
                    yield Problem(f, f"units.{band}", f"unit {u} is not one of the pack's units")
                elif band in bands_with_activities and (band, u) not in have:
                    yield Problem(
                        f,
                        f"units.{band}" if band in g.units else "unit",
                        f"band {band} has no activity in unit {u}, so the guide would open with nothing to "
                        f"go with; name the band's unit under `units:`",
                    )
        lo, hi = GUIDE_WORDS
        if not lo <= g.words <= hi:
            yield Problem(f, "body", f"has {g.words} words; a guide has {lo} to {hi}")
        m = _LINKISH.search(g.body)
        if m:
            line = g.body[: m.start()].count("\n") + 1
            yield Problem(f, "body", f"line {line}: links, images and HTML are not allowed ({m.group(0)!r})")


# ---------------------------------------------------------------- reports


def reading_summary(activities: Iterable[Activity]) -> dict[str, dict[str, float]]:
    """Per band: count, min, median, max reading grade of the child's text."""
    grades: dict[str, list[float]] = {}
    out: dict[str, dict[str, float]] = {}
    for a in activities:
        grades.setdefault(a.band, []).append(fk_grade(a.child_text()))
    for band in AGE_BANDS:
        g = sorted(grades.get(band, []))
        if g:
            out[band] = {"count": len(g), "min": g[0], "median": g[len(g) // 2], "max": g[-1]}
    return out


def coverage(activities: Iterable[Activity]) -> dict[str, Counter[str]]:
    """Per band: how many activities meet each strand."""
    counts: dict[str, Counter[str]] = {b: Counter() for b in AGE_BANDS}
    for a in activities:
        counts[a.band][a.strand] += 1
    return counts
