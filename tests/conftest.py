"""Shared fixtures. The network guard is active for the whole run: no test, and no code under test,
may open an internet socket."""

from __future__ import annotations

import base64
import functools
import logging
import os
import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test starts or waits on the machine's speech service; read-aloud tests use Qt's mock engine.
os.environ["SPEECHD_ADDRESS"] = "unix_socket:/nonexistent/familysafe-tests/speechd.sock"
os.environ["FAMILYSAFE_DATA_DIR"] = str(
    Path(os.environ.get("TMPDIR", "/tmp")) / "familysafe-tests-never-used"
)


class NetworkBlocked(RuntimeError):
    """Raised when anything tries to reach the network during the tests."""


_INET = {socket.AF_INET, socket.AF_INET6}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    # Unix sockets (Qt's single-instance and D-Bus) are allowed; internet sockets never are.
    if event == "socket.__new__" and len(args) > 1 and args[1] in _INET:
        raise NetworkBlocked(f"a test tried to open an internet socket ({event})")
    if event in ("socket.connect", "socket.sendto") and len(args) > 1 and isinstance(args[1], tuple):
        raise NetworkBlocked(f"a test tried to reach {args[1]!r}")
    if event == "socket.getaddrinfo":
        raise NetworkBlocked(f"a test tried to look up {args[0]!r}")


sys.addaudithook(_audit)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def library() -> Any:
    """The built-in content, loaded once."""
    from familysafe.boot import choose_language
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir

    return choose_language(load_library(content_dir(), check_reading=False), "en")[0]


# The built-in packs as read by `shipped_content_once`: (path, options) -> (their files' names, sizes
# and times, the LoadedPack). Read-only content, so one reading serves every test while it is unchanged.
_SHIPPED: dict[tuple[str, str], tuple[Any, Any]] = {}


@pytest.fixture
def shipped_content_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """For one test, a built-in pack (a folder of the shipped content) is read and validated once per run
    and then reused while none of its files has changed; any other folder is read as usual.

    The command line reads the built-in content two or three times a command (its units, the activities
    already known, the library), the best part of a second each: the CLI tests' walks spent 30 s on it.
    What the content itself is worth is checked by tests/core (test_shipped_content and its neighbours)
    with a real reading.
    """
    from familysafe.core import content
    from familysafe.core.content import loader
    from familysafe.resources import content_dir

    real = loader.load_pack
    root = content_dir().resolve()

    def load_pack(folder: Path, **kwargs: Any) -> Any:
        where = Path(folder).resolve()
        if where.parent != root:
            return real(folder, **kwargs)
        stamp = sorted((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in where.rglob("*") if f.is_file())
        key = (str(folder), repr(sorted(kwargs.items())))
        hit = _SHIPPED.get(key)
        if hit is None or hit[0] != stamp:
            hit = _SHIPPED[key] = (stamp, real(folder, **kwargs))
        return hit[1]

    monkeypatch.setattr(loader, "load_pack", load_pack)
    monkeypatch.setattr(content, "load_pack", load_pack, raising=False)


@pytest.fixture(scope="session")
def shipped_library() -> Any:
    """The built-in content read once with every rule on (the reading level, and the pictures the steps
    name), both languages: what tests/core's checks of the shipped content look at (read-only)."""
    from familysafe.core.content import load_library
    from familysafe.resources import asset, content_dir

    return load_library(content_dir(), pictures=asset("pictures"), check_reading=True)


@pytest.fixture
def help_data() -> tuple[Any, Any]:
    """The Help page's facts as shipped: the contacts and the child's help."""
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset

    return load_contacts(asset("help", "contacts.yaml")), load_child_help(asset("help", "child-help.yaml"))


@pytest.fixture(scope="session")
def example_unit_one(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The together tests' own family activity for unit 1 (tests/fixtures/family/u01-tell-team.yaml),
    whose 14-17 part is a follow-up: the shipped unit 1 has none, and its words may change."""
    from familysafe.core.content import load_pack
    from familysafe.resources import asset, content_dir

    d = tmp_path_factory.mktemp("example") / "core"
    (d / "activities" / "family").mkdir(parents=True)
    pack = (content_dir() / "core" / "pack.yaml").read_text()
    (d / "pack.yaml").write_text(pack.replace("year: true", "year: false"))
    shutil.copy(REPO / "tests" / "fixtures" / "family" / "u01-tell-team.yaml", d / "activities" / "family")
    lp = load_pack(d, pictures=asset("pictures"))
    assert not lp.problems and len(lp.family) == 1, lp.problems
    return lp.family[0]


@pytest.fixture
def unit_one_example(library: Any, example_unit_one: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """For one test, the example unit 1 in place of the shipped one (the library is shared: put back after)."""
    for fid in [f.id for f in library.family.values() if f.unit == 1]:
        monkeypatch.delitem(library.family, fid)
    monkeypatch.setitem(library.family, example_unit_one.id, example_unit_one)
    return example_unit_one


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A prepared empty database, copied per test (faster than building the schema each time)."""
    from familysafe.core.clock import FakeClock
    from familysafe.store.db import Store

    folder = tmp_path_factory.mktemp("empty")
    st = Store.open(folder / "familysafe.db", clock=FakeClock())
    st.close()
    return folder / "familysafe.db"


# The scrypt cost the tests hash a PIN or recovery code with (the app's is OWASP's n=2**17: a third of a
# second and 128 MiB a hash; a run made 556 of them, 60 s of a 335 s run on a busy machine). A hash keeps
# its parameters, so checking it costs the same; tests marked `real_pin_cost` keep the app's own cost
# (tests/services/test_pin_cost.py checks that the service asks for it).
QUICK_PIN_N = 2**10


@pytest.fixture(autouse=True)
def _quick_pin_hashes(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_pin_cost") is not None:
        yield
        return
    from familysafe.core import pin

    # Its own MonkeyPatch, not the test's: an autouse fixture asking for `monkeypatch` would make the
    # test's monkeypatch outlive every other fixture's teardown (tests/packaging/test_selftest_media.py's
    # assets copy was then read again, and kept, after its own teardown).
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pin, "hash_secret", functools.partial(pin.hash_secret, n=QUICK_PIN_N))
        yield


@pytest.fixture
def clock() -> Any:
    from familysafe.core.clock import FakeClock

    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path, empty_db: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    shutil.copy(empty_db, d / "familysafe.db")
    return d


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str], shipped_content_once: None
) -> Any:
    """Run familysafe-cli on the test family's data folder; returns (exit status, stdout, stderr)."""
    from familysafe.cli import main

    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(data_dir))

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(list(args))
        out = capsys.readouterr()
        return rc, out.out, out.err

    return run


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Any]:
    from familysafe.store.db import Store

    st = Store.open(data_dir / "familysafe.db", clock=clock, backup_dir=data_dir / "backups")
    yield st
    st.close()


@pytest.fixture
def svc(store: Any, library: Any, clock: Any) -> Any:
    from familysafe.services.family import FamilyService

    return FamilyService(store, library, clock)


# The parent area's fixtures: a family that has done some activities, the parent area widget, and
# test publisher keys (used by the parent area's, the packs' and the CLI's tests).
@pytest.fixture
def family(svc: Any, clock: Any) -> dict[str, Any]:
    """The Rivers family: Child A (8-10) has finished unit 1 with a note; Child B (4-7) has done nothing."""
    from familysafe.core.models import Family
    from parent_helpers import finish

    svc.save_family(Family(name="Rivers", setup_step="done"))
    child_a = svc.add_child("Child A", "8-10", "fox")
    child_b = svc.add_child("Child B", "4-7", "owl")
    act = svc.activity(svc.overview(child_a).todo[0])
    clock.advance(600)
    finish(svc, child_a, act, note="Child A said she would tell me about strange messages.")
    return {"child_a": child_a, "child_b": child_b, "activity": act}


@pytest.fixture
def area(qtbot: Any, svc: Any, qapp: Any) -> Iterator[Any]:
    """The parent area, open (no PIN unless a test sets one); deleted afterwards, so widgets do not pile up
    and slow every later restyle."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from familysafe.ui import theme
    from familysafe.ui.parent import ParentArea

    theme.apply(qapp, "light", 1.0)
    w = ParentArea(svc)
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    yield w
    w.reminders.timer.stop()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def make_key() -> Callable[[], Any]:
    """Makes a fresh Ed25519 key pair (a test publisher)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], None]:
    """Make the app trust a test publisher's key (the shipped list is empty)."""
    from familysafe.services import packs

    def _trust(key: Any) -> None:
        raw = base64.b64decode(packs.public_key_text(key))
        monkeypatch.setattr(packs.trust, "trusted_keys", lambda: [packs.TrustedKey("Test School", raw)])

    return _trust


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked posix_only on Windows (execute bits, POSIX modes)."""
    if os.name == "posix":
        return
    skip = pytest.mark.skip(reason="POSIX only (marked posix_only)")
    for item in items:
        if item.get_closest_marker("posix_only") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _windows_deleted(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a GUI test, the windows it closed are deleted now, not "later".

    pytest-qt closes a test's widgets and calls deleteLater(), but a deferred delete asked for outside
    any event loop waits for a loop at that level, which a test suite never runs: the widgets stayed,
    piled up across the run, and every theme change (each window's set-up applies one) restyled all
    of them, so a late GUI test spent 20 s in set-up. This teardown runs after pytest-qt's.
    """
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames) or "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # Windows no test registered, already hidden (dialogs, the parent area's own window): delete too.
    for w in QApplication.topLevelWidgets():
        if not w.isVisible():
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # The look every GUI test starts from (light, 100 %), put back now that no window is left to restyle
    # (a test that changed it need not put it back itself, while its whole window was still open).
    app = QApplication.instance()
    if app is not None and app.property("familysafe_theme") is not None:
        from qt_checks import apply_look

        apply_look("light", 1.0)


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test fails when the app logged an error during it.

    The parent area's `@_guarded` slots turn an exception into a log entry and a status line, so
    without this a broken button would pass every test that clicks it. A test that provokes an
    error on purpose says so with `@pytest.mark.logs_errors` (and checks what the family sees).
    """
    gui = {"qtbot", "qapp"} & set(request.fixturenames)
    if not gui or request.node.get_closest_marker("logs_errors"):
        yield
        return
    handler = _ErrorRecords()
    logger = logging.getLogger("familysafe")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records:
        lines = []
        for r in handler.records:
            lines.append(f"{r.name}: {r.getMessage()}")
            if r.exc_info and r.exc_info[1] is not None:
                lines.append(f"  {type(r.exc_info[1]).__name__}: {r.exc_info[1]}")
        pytest.fail("the app logged an error during this GUI test:\n" + "\n".join(lines), pytrace=False)


# Non-zero until pytest's own finish says otherwise: a run that ends early (an INTERNALERROR in a
# session-start hook, a crash before the tests ran) must never leave with status 0.
_EXIT_STATUS = int(pytest.ExitCode.INTERNAL_ERROR)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _EXIT_STATUS
    _EXIT_STATUS = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final clean-up once Qt has been loaded.

    After every test has passed and the summary is printed, PySide6 6.12 can abort in the final
    garbage collection ("bool_dealloc", exit 134) depending on which widgets the run left behind.
    Nothing is left to check then, so the run ends here with pytest's own exit status.
    """
    # Not under mutmut (`make mutate`), which runs pytest inside its own process and goes on after it.
    if "PySide6.QtCore" in sys.modules and "MUTANT_UNDER_TEST" not in os.environ:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS)
