"""Reading YAML safely: `safe_load` only, after a cheap pass over the parser's events that refuses
alias bombs and deep nesting before anything is built, and a stricter loader that refuses a key given
twice, a date that does not exist and a number too big to mean anything. Every refusal is a
`YamlRefused` with a plain message (and the line, where there is one), never a traceback.

Used by the content loader, the Help facts (core/help.py) and the pack checks (services/packs).
"""

from __future__ import annotations

import reprlib
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import yaml

# Limits that keep a hostile or broken file from costing more than a moment.
MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 24
MAX_ALIASES = 50
MAX_NODES = 20_000
# Values after aliases are followed: a few aliases nested in each other can still mean millions.
MAX_EXPANDED = 100_000


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
                return f"{short_repr(node.value)} is not a real date (use YYYY-MM-DD)"
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
                        f"{_at(key_node)}: the key {short_repr(key_node.value)} appears twice in one place "
                        f"(first on line {seen[key] + 1}); keep only one"
                    )
                seen[key] = key_node.start_mark.line
                problem = self._scalar_problem(value_node)
                if problem:
                    raise YamlRefused(f"{_at(value_node)}: {short_repr(key_node.value)}: {problem}")
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
        raise YamlRefused(f"holds a value FamilySafe cannot read ({short_repr(str(e))})") from None


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


_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxstring = _SHORT_REPR.maxother = 60


def short_repr(value: Any) -> str:
    """A repr of a bad value cut to a readable size: an alias bomb must not become a megabyte message."""
    return _SHORT_REPR.repr(value)
