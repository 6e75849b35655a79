"""Privacy (DESIGN §8): erasing a child leaves nothing of them, exports hold every row, every column of
the file has been reviewed for personal data, the data folder is private, and the PIN and recovery
code are never written down in clear. (tests/store has the store-level erase and export cases.)"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import files_under, integrity, play_steps, play_whole

from familysafe.core.clock import FakeClock
from familysafe.core.models import Child, Family
from familysafe.services.family import FamilyService
from familysafe.store import Store, auto_backup, paths, schema

# Every column of the file, reviewed for personal data. A new column fails the test below until it is
# added here with its answer: "personal" (about a child or the family: erased with the child or the
# family, exported), "secret" (stored only as a slow salted hash, never exported) or "not personal".
COLUMNS: dict[tuple[str, str], str] = {
    ("meta", "key"): "not personal: the file's own notes (upgrade times)",
    ("meta", "value"): "not personal: the file's own notes (upgrade times)",
    ("family", "id"): "not personal: always 1",
    ("family", "name"): "personal: the family's chosen name",
    ("family", "country"): "personal: the country, for the help contacts",
    ("family", "locale"): "not personal: the language of the app",
    ("family", "cadence_days"): "not personal: a setting",
    ("family", "settings"): "not personal: display settings and the last clock warning",
    ("family", "setup_step"): "not personal: where the first run stopped",
    ("family", "pin_hash"): "secret: scrypt hash and salt of the PIN, never the PIN",
    ("family", "recovery_hash"): "secret: scrypt hash and salt of the recovery code, never the code",
    ("family", "pin_failures"): "not personal: wrong PIN tries in a row",
    ("family", "pin_last_failure"): "not personal: when the last wrong try was",
    ("family", "last_wall_seen"): "not personal: the latest time the app saw (clock changes)",
    ("family", "last_visit"): "personal: when the family last used the app",
    ("child", "id"): "not personal: a number",
    ("child", "nickname"): "personal: the child's nickname (no real name is asked for)",
    ("child", "age_band"): "personal: an age range, never a birth date",
    ("child", "avatar"): "not personal: a picture chosen from the app's own",
    ("child", "start_date"): "personal: when the child started",
    ("child", "archived"): "not personal: hidden or not",
    ("session", "id"): "not personal: a number",
    ("session", "child_id"): "personal: whose session (erased with the child)",
    ("session", "activity_id"): "personal: what the child did",
    ("session", "started"): "personal: when",
    ("session", "finished"): "personal: when",
    ("session", "status"): "personal: done or not",
    ("session", "elapsed_ms"): "personal: how long",
    ("session", "current_step"): "personal: where the child is",
    ("session", "snapshot"): "personal: the child's answers so far",
    ("step_result", "session_id"): "personal: whose step (erased with the session)",
    ("step_result", "step_id"): "personal: which step",
    ("step_result", "finished"): "personal: when",
    ("step_result", "answer"): "personal: the child's answer, or the grown-up's typed note",
    ("step_result", "correct"): "personal: quiz results",
    ("step_result", "elapsed_ms"): "personal: how long",
    ("unlock", "child_id"): "personal: whose unlock",
    ("unlock", "unit"): "personal: progress",
    ("unlock", "unlocked_at"): "personal: when",
    ("unlock", "why"): "personal: schedule or the parent's choice",
    ("unlock", "band"): "personal: which age group the unit belongs to",
    ("child_band", "child_id"): "personal: whose band history",
    ("child_band", "band"): "personal: an age group the child has been in",
    ("child_band", "started"): "personal: when that age group started",
    ("child_band", "ended"): "personal: when the child left it",
    ("child_band", "nudge_answered"): "personal: the parent's answer to 'ready for the next age group?'",
    ("child_band", "nudge_remind"): "personal: when to ask again",
    ("recall", "child_id"): "personal: whose card",
    ("recall", "key"): "personal: which key message",
    ("recall", "box"): "personal: how well it is remembered",
    ("recall", "due"): "personal: when it comes back",
    ("recall", "seen"): "personal: how often seen",
    ("recall", "wrong"): "personal: how often forgotten",
    ("note", "id"): "not personal: a number",
    ("note", "child_id"): "personal: about whom",
    ("note", "text"): "personal: the grown-up's free text about the child",
    ("note", "created"): "personal: when",
    ("note", "activity_id"): "personal: during what",
    ("note", "step_id"): "personal: at which step",
    ("pledge", "id"): "not personal: a number",
    ("pledge", "child_id"): "personal: whose promise",
    ("pledge", "activity_id"): "personal: from what",
    ("pledge", "text"): "personal: the promise (the app's words, agreed by the child)",
    ("pledge", "strand"): "personal: the topic",
    ("pledge", "made"): "personal: when",
    ("pledge", "by_grown_up"): "personal: whose promise it is, the child's or the grown-up's",
    ("session", "together_id"): "personal: done together with brothers or sisters (issue 18)",
    ("together", "id"): "not personal: a number",
    ("together", "unit"): "personal: progress (erased with the last child in it)",
    ("together", "activity_id"): "personal: what the family did",
    ("together", "started"): "personal: when",
    ("together", "finished"): "personal: when",
    ("together", "status"): "personal: done or not",
    ("together", "elapsed_ms"): "personal: how long",
    ("together", "current_step"): "personal: where the sitting is",
    ("together", "snapshot"): "personal: the sitting's answers so far",
    ("together_child", "together_id"): "personal: which sitting",
    ("together_child", "child_id"): "personal: who was in it (erased with the child)",
    ("together_child", "session_id"): "personal: the child's own session of it",
    ("together_child", "follow_up"): "personal: the child's follow-up, if any",
}
PIN = "80417236"
NEW_PIN = "59316842"


def _live_columns(db: Path) -> dict[tuple[str, str], dict[str, Any]]:
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        out = {}
        for t in tables:
            fks = {r[3]: r[6] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')}  # column -> on_delete
            for r in conn.execute(f'PRAGMA table_info("{t}")'):
                out[(t, r[1])] = {"on_delete": fks.get(r[1])}
        return out
    finally:
        conn.close()


def test_every_column_has_been_reviewed_for_personal_data(empty_db: Path) -> None:
    live = _live_columns(empty_db)
    new = sorted(set(live) - set(COLUMNS))
    assert not new, (
        f"columns not yet reviewed for personal data: {new}. Add each to COLUMNS in {__file__} with "
        "'personal', 'secret' or 'not personal', and make sure erase_child and the exports cover it."
    )
    gone = sorted(set(COLUMNS) - set(live))
    assert not gone, f"COLUMNS lists columns the file no longer has: {gone}; keep the list true"
    assert all(v.split(":")[0] in ("personal", "secret", "not personal") for v in COLUMNS.values())


def test_every_child_table_goes_when_the_child_goes(empty_db: Path) -> None:
    """Each table with a child_id is one that erase knows, and it is deleted with the child (CASCADE)."""
    live = _live_columns(empty_db)
    keyed = {t for (t, c) in live if c == "child_id"}
    assert keyed == set(schema.CHILD_TABLES)
    for t in keyed:
        assert live[(t, "child_id")]["on_delete"] == "CASCADE", t
    assert live[("step_result", "session_id")]["on_delete"] == "CASCADE"


def _rows_about(db: Path, child_id: int, sessions: list[int]) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE child_id = ?", (child_id,)).fetchone()[0]
            for t in schema.CHILD_TABLES
        }
        marks = ",".join("?" * len(sessions)) or "NULL"
        counts["step_result"] = conn.execute(
            f"SELECT count(*) FROM step_result WHERE session_id IN ({marks})", sessions
        ).fetchone()[0]
        counts["child"] = conn.execute("SELECT count(*) FROM child WHERE id = ?", (child_id,)).fetchone()[0]
        return counts
    finally:
        conn.close()


def _full_life(svc: FamilyService, nickname: str) -> Child:
    """A child with a finished session (note typed, pledge agreed), one half done, recall answered."""
    child = svc.add_child(nickname, "8-10", "fox")
    acts = svc.overview(child).todo
    play_whole(svc, svc.open_session(child, acts[0]), note=f"{nickname} wants to ask before posting")
    svc.unlock_next_early(child)
    nxt = svc.overview(child).todo[0]
    play_steps(svc, svc.open_session(child, nxt), count=2)
    for card in svc.recall_cards(child):
        svc.answer_recall(child, card.key, remembered=False)
    return child


def _needles(nickname: str) -> list[bytes]:
    return [nickname.encode("utf-8"), nickname.encode("utf-16-le")]


def _holding(folder: Path, needles: list[bytes]) -> list[str]:
    return [str(p.relative_to(folder)) for p in files_under(folder) if any(n in p.read_bytes() for n in needles)]


@pytest.mark.parametrize("nickname", ["Quillonwy", "Zoë-Ŋgọ́ 🐢"])
def test_erasing_a_child_after_a_full_life_leaves_nothing(
    svc: FamilyService, store: Store, data_dir: Path, nickname: str
) -> None:
    svc.save_family(Family(name="The Sorensens"))
    keep = _full_life(svc, "Wombatina")
    gone = _full_life(svc, nickname)
    assert gone.id is not None and keep.id is not None
    db = paths.db_path(data_dir)
    sessions = [s.id for s in store.sessions.for_child(gone.id) if s.id is not None]
    before = _rows_about(db, gone.id, sessions)
    assert all(before[t] for t in ("session", "step_result", "unlock", "recall", "note", "pledge", "child")), before
    assert _holding(data_dir, _needles(nickname))  # there, in the file and its -wal, before

    store.erase_child(gone.id)
    store.checkpoint()

    assert set(_rows_about(db, gone.id, sessions).values()) == {0}
    live = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]
    assert not [p for p in live if any(n in p.read_bytes() for n in _needles(nickname))]
    assert integrity(db) == [("ok",)]
    assert svc.progress(keep).finished == 1 and len(svc.notes(keep)) == 1  # the other child is whole


def test_erasing_through_the_service_cleans_every_copy_on_this_computer(
    svc: FamilyService, store: Store, data_dir: Path, clock: FakeClock
) -> None:
    svc.save_family(Family(name="The Abara family"))
    child = _full_life(svc, "Pemberquill")
    auto_backup(store, paths.backup_dir(data_dir))  # yesterday's backup holds the child
    clock.advance(86400)
    auto_backup(store, paths.backup_dir(data_dir))
    assert len(_holding(data_dir, _needles("Pemberquill"))) >= 3
    svc.erase_child(child)
    svc.store.checkpoint()
    assert _holding(data_dir, _needles("Pemberquill")) == []


def test_export_holds_every_row_of_the_child_as_json_and_csv(
    svc: FamilyService, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    svc.save_family(Family(name="The Exporters"))
    child = _full_life(svc, "Child B")
    other = _full_life(svc, "Child C")
    assert child.id is not None and other.id is not None
    db = paths.db_path(data_dir)
    sessions = [s.id for s in store.sessions.for_child(child.id) if s.id is not None]
    rows = _rows_about(db, child.id, sessions)

    data = store.export_child(child.id)
    assert json.loads(json.dumps(data)) == data  # JSON-ready as it is
    assert data["child"]["nickname"] == "Child B" and "Child C" not in json.dumps(data)
    assert len(data["sessions"]) == rows["session"]
    assert sum(len(s["steps"]) for s in data["sessions"]) == rows["step_result"]
    for key, table in (("unlocks", "unlock"), ("recall", "recall"), ("notes", "note"), ("pledges", "pledge")):
        assert len(data[key]) == rows[table], key
    # The answers and notes are there word for word.
    conn = sqlite3.connect(db)
    marks = ",".join("?" * len(sessions))
    found = conn.execute(f"SELECT answer FROM step_result WHERE session_id IN ({marks})", sessions).fetchall()
    conn.close()
    saved_answers = sorted((json.loads(a) for (a,) in found), key=json.dumps)
    assert sorted((st["answer"] for s in data["sessions"] for st in s["steps"]), key=json.dumps) == saved_answers

    from familysafe.services import exporting

    folder = exporting.write_export(store, tmp_path, child.id)
    table_rows = {}
    for f in folder.glob("*.csv"):
        with f.open(encoding="utf-8-sig", newline="") as fh:
            table_rows[f.stem] = list(csv.DictReader(fh))
    assert len(table_rows["children"]) == 1 and table_rows["children"][0]["nickname"] == "Child B"
    assert len(table_rows["sessions"]) == rows["session"]
    assert len(table_rows["step_results"]) == rows["step_result"]
    for name, table in (("unlocks", "unlock"), ("recall", "recall"), ("notes", "note"), ("pledges", "pledge")):
        assert len(table_rows[name]) == rows[table], name
    text = "".join(p.read_text(encoding="utf-8-sig") for p in folder.iterdir())
    assert "Child C" not in text.replace("Body", "")  # nothing of the other child
    assert json.loads((folder / exporting.JSON_NAME).read_text(encoding="utf-8"))["children"][0]["child"] == data[
        "child"
    ]


def test_a_note_that_looks_like_a_formula_is_exported_as_text(svc: FamilyService, store: Store, tmp_path: Path) -> None:
    from familysafe.services import exporting

    svc.save_family(Family(name="Sheets"))
    child = svc.add_child("Child P", "8-10", "owl")
    s = svc.open_session(child, svc.overview(child).todo[0])
    play_whole(svc, s, note='=HYPERLINK("http://evil.example","click")')
    assert child.id is not None
    folder = exporting.write_export(store, tmp_path, child.id)
    with (folder / "notes.csv").open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["text"].startswith("'=")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_stays_private_whatever_the_umask(tmp_path: Path, clock: FakeClock, library: Any) -> None:
    old = os.umask(0)  # the most careless setting: everything would be world-readable
    try:
        data = paths.ensure_data_dir(tmp_path / "deep" / "FamilySafe")
        with Store.open(paths.db_path(data), clock=clock, backup_dir=paths.backup_dir(data)) as store:
            svc = FamilyService(store, library, clock)
            svc.save_family(Family(name="Umask"))
            _full_life(svc, "Penny")
            auto_backup(store, paths.backup_dir(data))
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    backups = paths.backup_dir(data)
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups.iterdir())
    data.chmod(0o755)  # loosened by hand: the next start tightens it again
    paths.ensure_data_dir(data)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_the_pin_and_recovery_code_are_never_written_in_clear(
    svc: FamilyService, store: Store, data_dir: Path, clock: FakeClock
) -> None:
    svc.save_family(Family(name="Secrets"))
    code = svc.set_pin(PIN)
    assert not svc.check_pin("11112222").ok  # a wrong try is not kept either
    clock.advance(120)
    assert svc.check_pin(PIN).ok
    new_code = svc.recover_pin(code, NEW_PIN)
    assert new_code is not None and svc.check_pin(NEW_PIN).ok
    auto_backup(store, paths.backup_dir(data_dir))
    secrets_ = [PIN, NEW_PIN, "11112222", code, new_code]
    for c in (code, new_code):
        secrets_ += [c.replace("-", ""), c.lower(), c.replace("-", "").lower()]
    needles = [s.encode() for s in secrets_] + [s.encode("utf-16-le") for s in secrets_]

    def leaks() -> list[str]:
        return [f"{p.name}: {n!r}" for p in files_under(data_dir) for n in needles if n in p.read_bytes()]

    assert leaks() == []  # in the -wal, before a checkpoint
    store.checkpoint()
    assert leaks() == []  # in the file itself
    assert "hash" in json.dumps(store.family.pin_hash())  # what is kept is a hash
    exported = json.dumps(store.export_all())
    assert not any(s in exported for s in secrets_)
