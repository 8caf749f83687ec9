"""Sentence pieces shared by the forms: people, identity papers, labelled lines, tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from tcd_desktop.documents.dates import vn_long_date, vn_short_date
from tcd_desktop.documents.fields import Issuer, Person
from tcd_desktop.documents.styles import PLACEHOLDER, Styles, clean, esc, table_style, value
from tcd_desktop.documents.template import DocumentSpec
from tcd_desktop.documents.versions import FormVersion, version_on
from tcd_desktop.domain.enums import PetitionKind


def resolve(code: str, on: dt.date, version: FormVersion | None) -> FormVersion:
    """``version`` if given (it must be a version of ``code``), else the one in force ``on``."""
    if version is None:
        return version_on(code, on)
    if version.code != code:
        raise ValueError(
            f"phiên bản {version.version} là của mẫu {version.code}, không phải {code}"
        )
    return version


def head(
    version: FormVersion, issuer: Issuer, issued_on: dt.date, number: str, **kw: object
) -> dict[str, Any]:
    """The keyword arguments of :class:`DocumentSpec` common to every form."""
    return {
        "issuer": issuer,
        "issued_on": issued_on,
        "number": number,
        "title": version.title,
        "subtitle": version.subtitle,
        "form_reference": version.form_reference,
        "qr_payload": number,
        **kw,
    }


def spec(
    version: FormVersion, issuer: Issuer, issued_on: dt.date, number: str, **kw: object
) -> DocumentSpec:
    """A :class:`DocumentSpec` with the version's title, reference and the number's QR code."""
    return DocumentSpec(**head(version, issuer, issued_on, number, **kw))  # type: ignore[arg-type]


def para(markup: str, st: Styles, *, flush: bool = False) -> Paragraph:
    """A body paragraph (``markup`` already escaped)."""
    return Paragraph(markup, st.body_flush if flush else st.body)


def field_line(markup: str, st: Styles) -> Paragraph:
    """A line of labelled fields (``markup`` already escaped), left-aligned: justifying it
    would stretch the gaps around dotted blanks across the whole line."""
    return Paragraph(markup, st.body_left)


def heading(markup: str, st: Styles) -> Paragraph:
    """A bold section line ("I. Thành phần", "Điều 1.")."""
    return Paragraph(markup, st.heading)


def decides(st: Styles, word: str = "QUYẾT ĐỊNH") -> Paragraph:
    """The centred bold "QUYẾT ĐỊNH:" line that opens the articles of a decision."""
    return Paragraph(f"{esc(word)}:", st.center_bold)


def labelled(label: str, text: str | None) -> str:
    """ "Label: value" markup with a dotted placeholder for an empty value."""
    return f"{esc(label)}: {value(text)}"


def date_or_dots(d: dt.date | None) -> str:
    """``ngày 05 tháng 3 năm 2026`` or a placeholder."""
    return vn_long_date(d) if d else f"ngày {PLACEHOLDER}"


def sentence_date(d: dt.date | None) -> str:
    """``Ngày 05 tháng 3 năm 2026`` to open a sentence (placeholder when unknown)."""
    text = date_or_dots(d)
    return text[0].upper() + text[1:]


def short_date_or_dots(d: dt.date | None) -> str:
    """``05/3/2026`` or a placeholder."""
    return vn_short_date(d) if d else PLACEHOLDER


def id_phrase(person: Person) -> str:
    """ "Căn cước số …, cấp ngày …, nơi cấp: …" (escaped)."""
    kind = clean(person.id_kind) or "Giấy tờ tùy thân"
    return (
        f"{esc(kind)} số: {value(person.id_number)}; ngày cấp: "
        f"{short_date_or_dots(person.id_issued_on)}; nơi cấp: {value(person.id_issued_by)}"
    )


def person_paragraphs(person: Person, st: Styles, *, phone: bool = False) -> list[Flowable]:
    """Name, identity paper, address (and phone) of a person, one line each."""
    out = [
        para(f"{esc(person.salutation)}: <b>{esc(person.full_name)}</b>", st),
        field_line(id_phrase(person), st),
        field_line(labelled("Địa chỉ", person.address), st),
    ]
    if phone:
        out.append(field_line(labelled("Số điện thoại", person.phone), st))
    return out


def bullet_lines(items: Sequence[str], st: Styles) -> list[Flowable]:
    """ "- item" paragraphs (indented like body text); a placeholder when there is none."""
    texts = [clean(i) for i in items if clean(i)] or [PLACEHOLDER]
    return [para(f"- {esc(t)}", st) for t in texts]


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    st: Styles,
    *,
    centred_columns: Sequence[int] = (),
) -> Table:
    """A ruled table with a bold header row repeated on every page."""
    head_row = [Paragraph(esc(h), st.cell_head) for h in header]
    body = [
        [
            Paragraph(esc(cell), st.cell_center if i in centred_columns else st.cell)
            for i, cell in enumerate(row)
        ]
        for row in rows
    ]
    table = Table([head_row, *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def recipients(*groups: Sequence[str] | str) -> tuple[str, ...]:
    """Flatten recipient strings and sequences, dropping blanks and duplicates (order kept)."""
    out: list[str] = []
    for group in groups:
        for item in [group] if isinstance(group, str) else group:
            text = clean(item)
            if text and text not in out:
                out.append(text)
    return tuple(out)


def two_digits(n: int) -> str:
    """Counts in administrative style: 2 → "02", 12 → "12"."""
    return f"{n:02d}"


def kind_phrase(kind: PetitionKind) -> str:
    """ "khiếu nại", "tố cáo", "kiến nghị", "phản ánh" (lower case, for sentences)."""
    return kind.label_vi.lower()
