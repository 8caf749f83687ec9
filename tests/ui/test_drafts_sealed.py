"""Drafts are encrypted with the session key and written owner-only (issue 12: plain JSON,
mode 0644, with name, ID and "tố cáo")."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest

from tcd_desktop.services.session_key import derive_session_key
from tcd_desktop.ui.drafts import LOCAL_KEY_NAME, DraftStore

FORM = {
    "citizen": {"full_name": "Trịnh Thị Bích Ngọc", "id_number": "001190012345"},
    "petitions": [{"kind": "to_cao", "summary": "Tố cáo cán bộ địa chính"}],
}
USER = uuid.UUID("01234567-89ab-7def-8123-456789abcdef")


def _key(password: str = "matkhau123") -> bytes:
    return derive_session_key(password, USER)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_draft_is_ciphertext_owner_only_and_restores(tmp_path: Path) -> None:
    store = DraftStore("intake-tiepdan", tmp_path / "drafts", key=_key())
    store.save(FORM)
    raw = store.path.read_bytes()
    for secret in (b"Ng\xe1\xbb\x8dc", b"001190012345", "tố cáo".encode(), b"to_cao"):
        assert secret not in raw
    assert json.loads(raw)["cipher"] == "AES-256-GCM"
    if os.name == "posix":
        assert _mode(store.path) == 0o600 and _mode(store.directory) == 0o700
    again = DraftStore("intake-tiepdan", tmp_path / "drafts", key=_key())
    loaded = again.load()
    assert loaded is not None and loaded[0] == FORM
    recovered = store.sibling("recovered")
    assert store.move_to(recovered) and recovered.load() is not None  # same key, same owner


def test_another_key_cannot_read_it_and_the_file_is_kept(tmp_path: Path) -> None:
    DraftStore("intake-tiepdan", tmp_path, key=_key()).save(FORM)
    other = DraftStore("intake-tiepdan", tmp_path, key=_key("mat-khau-moi9"))
    assert other.load() is None
    assert not other.path.exists() and other.path.with_suffix(".undecryptable").exists()
    renamed = tmp_path / "intake-xuly.json"
    DraftStore("intake-tiepdan", tmp_path, key=_key()).save(FORM)
    os.replace(tmp_path / "intake-tiepdan.json", renamed)  # passed off as another user's
    assert DraftStore("intake-xuly", tmp_path, key=_key()).load() is None


def test_an_old_plain_draft_restores_once_then_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "intake-tiepdan.json"
    plain = {"format": 1, "saved_at": "2026-12-04T08:00:00+00:00", "form": FORM}
    path.write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")
    store = DraftStore("intake-tiepdan", tmp_path, key=_key())
    loaded = store.load()
    assert loaded is not None and loaded[0] == FORM
    raw = path.read_bytes()
    assert b"001190012345" not in raw and json.loads(raw)["format"] == 2
    assert store.load() is not None  # still there, now encrypted


def test_without_a_session_key_a_private_key_file_is_used(tmp_path: Path) -> None:
    store = DraftStore("intake-system", tmp_path)
    store.save(FORM)
    key_file = tmp_path / LOCAL_KEY_NAME
    assert key_file.exists() and b"001190012345" not in store.path.read_bytes()
    if os.name == "posix":
        assert _mode(key_file) == 0o600 and _mode(store.path) == 0o600
    assert DraftStore("intake-system", tmp_path).load() is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b'{"format": 2, "cipher": "AES-256-GCM"}',
        b'{"format": 2, "cipher": "AES-256-GCM", "data": "!!"}',
    ],
)
def test_a_broken_draft_is_set_aside(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "intake-tiepdan.json").write_bytes(content)
    assert DraftStore("intake-tiepdan", tmp_path, key=_key()).load() is None
    assert (tmp_path / "intake-tiepdan.corrupt").exists()
