"""Opening SQLite files: backup before upgrade, refusal of a newer schema, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tcd_desktop.store import migrate
from tcd_desktop.store.database import DatabaseError, SchemaTooNewError, open_database


def test_new_file_gets_wal_foreign_keys_and_head(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_upgrade_from_older_revision_copies_file_first(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}", upgrade=False)
    migrate.upgrade(db.engine, "0001")
    db.close()
    db = open_database(f"sqlite:///{path}", backup_dir=tmp_path / "bk")
    db.close()
    backups = list((tmp_path / "bk").glob("desk-*-before-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    open_database(f"sqlite:///{path}").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # as an older tool might leave it
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="phiên bản TCD Desktop mới hơn"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert not list(tmp_path.rglob("*-before-*"))


def test_error_message_never_shows_a_password() -> None:
    from tcd_desktop.store.database import DatabaseError

    with pytest.raises(DatabaseError) as info:
        open_database("postgresql+psycopg://tcd:s3cret@127.0.0.1:1/tcd", upgrade=False)
    assert "s3cret" not in str(info.value)


def test_upgrade_falls_back_to_the_default_backup_folder(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}", upgrade=False)
    migrate.upgrade(db.engine, "0001")
    db.close()
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    open_database(f"sqlite:///{path}", backup_dir=not_a_folder / "sub").close()
    from tcd_desktop.store.sqlite_backup import default_backup_dir, list_backups

    assert any(b.label.startswith("before-") for b in list_backups(default_backup_dir(), "desk"))


def test_a_file_cut_short_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A copy missing its last pages opens in SQLite and reads wrongly later: refuse it."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.close()  # checkpointed: no write-ahead log left beside the file
    whole = path.read_bytes()
    page_size = int.from_bytes(whole[16:18], "big")
    cut = whole[: len(whole) - page_size - 100]
    path.write_bytes(cut)
    with pytest.raises(DatabaseError, match="cắt cụt"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == cut
    path.write_bytes(whole)  # the whole file still opens
    open_database(f"sqlite:///{path}").close()
