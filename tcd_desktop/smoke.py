"""What ``tcd-desktop --smoke-test --smoke-receipt FILE`` does once the window is shown.

The frozen build is tested as an office would first use it: on the fresh default database it
makes the sample office ("Dùng thử với dữ liệu mẫu"), then prints a receipt (Mẫu 02/TCD) of
one sample citizen to ``FILE``. ``installer/smoke_test.py`` reads the PDF's text back. This
exercises what a bundle most easily loses: Alembic scripts, rule packs, holiday data, bundled
fonts, the form definitions and reportlab.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import select

from tcd_desktop.store.database import Database

log = logging.getLogger(__name__)

#: Cases in the smoke test's sample office (enough to exercise the generator, quick to make).
SMOKE_CASES = 40


def _place(province: str) -> str:
    """ "Tỉnh Nghệ An" → "Nghệ An" (the place before the date of a document)."""
    for prefix in ("Tỉnh ", "Thành phố "):
        province = province.removeprefix(prefix)
    return province


def make_sample_receipt(db: Database, target: Path) -> str:
    """Load the sample office into ``db``, print a receipt to ``target``; return its number."""
    from tcd_desktop.config.resources import data_root
    from tcd_desktop.documents.fields import Issuer, ItemCondition, Official, Person, ReceivedItem
    from tcd_desktop.documents.forms.receipt import ReceiptData
    from tcd_desktop.documents.registry import render
    from tcd_desktop.services.setup import load_sample_office
    from tcd_desktop.store.models import Citizen

    log.info("smoke test: resources and translations from %s", data_root())
    sample = load_sample_office(db, cases=SMOKE_CASES)
    with db.session() as session:
        citizen = session.scalars(select(Citizen).order_by(Citizen.full_name).limit(1)).one()
        full_name = citizen.full_name
    office = sample.profile.office_name
    number = f"{sample.profile.desk_code}-{dt.date.today().year}-000001"
    data = ReceiptData(
        issuer=Issuer(name=office, place=_place(sample.profile.province)),
        received_at=dt.datetime.now(dt.UTC),
        number=number,
        location=office,
        officer=Official("Cán bộ tiếp công dân mẫu", "Chuyên viên", office),
        provider=Person(full_name=full_name),
        items=(ReceivedItem("Đơn khiếu nại (dữ liệu mẫu)", 2, ItemCondition.ORIGINAL),),
        content_summary="Kiểm tra bản cài đặt",
    )
    target.write_bytes(render("tcd.receipt", data).pdf)
    log.info("smoke test: sample office %s, receipt %s written to %s", office, number, target)
    return number
