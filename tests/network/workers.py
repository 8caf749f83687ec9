"""Work run in separate processes by the network tests (importable under ``spawn``)."""

from __future__ import annotations

import uuid

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ConcurrentChange
from tcd_desktop.services.reception.inputs import CitizenInput
from tcd_desktop.store.database import open_database


def save_phone_in_process(
    url: str, actor: Actor, citizen_id: uuid.UUID, version: int, phone: str, minute: int
) -> tuple[str, str]:
    """One desk process: a visit changing the citizen's phone, from a form of ``version``.

    Returns ("saved", phone) or ("conflict", the phone the other desk saved).
    """
    from tests.network.fixtures import record, visit_of

    db = open_database(url, upgrade=False)
    form = CitizenInput(existing_id=citizen_id, phone=phone, version=version)
    try:
        record(db, actor, visit_of(form, minute))
    except ConcurrentChange as exc:
        return "conflict", str(exc.theirs.get("phone", ""))
    finally:
        db.close()
    return "saved", phone


def listen_and_print(url: str, count: int) -> None:
    """A second desk: print each change it hears as one JSON line, after "ready"."""
    import sys
    import threading

    from tcd_desktop.store.notify import ChangeListener

    db = open_database(url, upgrade=False)
    heard = threading.Semaphore(0)
    ready = threading.Event()

    def on_changes(changes) -> None:  # type: ignore[no-untyped-def]
        print(changes.to_json(), flush=True)
        heard.release()

    listener = ChangeListener(db, on_changes, lambda up: up and ready.set())
    listener.start()
    ready.wait(10)
    print("ready", flush=True)
    for _ in range(count):
        if not heard.acquire(timeout=20):
            break
    listener.stop()
    db.close()
    sys.exit(0)


if __name__ == "__main__":
    import sys

    listen_and_print(sys.argv[1], int(sys.argv[2]))
