"""Closing blocks: "Nơi nhận" beside the signer (ô 9b + 7a–7c) and signature grids.

A document issued by a body ends with the recipients list at the bottom left and the
signature block at the bottom right, on the same rows. Receipts and minutes end with a
grid of signature boxes instead, one per person who signs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from tcd_desktop.documents.fields import Signer, line_start
from tcd_desktop.documents.flowables import balanced_lines
from tcd_desktop.documents.styles import Styles, clean, esc, table_style, upper

SIGNATURE_SPACE = 26 * mm
"""Room between the position and the name for the signature and the seal."""
BOX_SPACE = 22 * mm
"""Room for a personal signature or thumbprint in receipts and minutes (no seal)."""


@dataclass(frozen=True)
class SignatureBox:
    """One person's signature place: role title, an instruction, the space and the name."""

    title: str
    note: str = "(Ký, ghi rõ họ tên)"
    name: str = ""
    lines: tuple[str, ...] = ()
    """Extra italic lines under the name, e.g. the reason for a refusal to sign."""
    mark: str = ""
    """Printed in the signature space instead of leaving it blank, e.g. "(Vắng mặt)"."""
    thumbprint: bool = False
    """Draw a frame for a fingerprint next to the signature space."""
    title_lines: tuple[str, ...] = ()
    """Lines printed above the title (e.g. "TM. ỦY BAN NHÂN DÂN")."""
    space: float = BOX_SPACE
    """Height left for the signature (and the seal)."""


def recipients_list(recipients: Sequence[str], archive: str) -> list[str]:
    """The recipient lines "- X;" with "- Lưu: …." last (NĐ 30/2020 ô 9b)."""
    lines = [line_start(clean(r).rstrip(";.")) for r in recipients if clean(r)]
    lines.append(f"Lưu: {clean(archive).rstrip(';.')}")
    out = [f"- {line};" for line in lines[:-1]]
    out.append(f"- {lines[-1]}.")
    return out


def _box_top(box: SignatureBox, st: Styles, width: float) -> list[Flowable]:
    items: list[Flowable] = [Paragraph(esc(upper(t)), st.sign_title) for t in box.title_lines]
    lines = balanced_lines(upper(box.title), st.sign_title.fontName, st.sign_title.fontSize, width)
    items.append(Paragraph("<br/>".join(esc(line) for line in lines), st.sign_title))
    if box.note:
        items.append(Paragraph(esc(box.note), st.sign_note))
    return items


def _box_bottom(box: SignatureBox, st: Styles) -> list[Flowable]:
    # every variant is exactly ``box.space`` tall, so names of a row share one line
    items: list[Flowable] = []
    if box.thumbprint:
        margin = 1.5 * mm
        frame = Table([[[]]], colWidths=[18 * mm], rowHeights=[box.space - 2 * margin])
        frame.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.5, "black")]))
        items += [Spacer(1, margin), frame, Spacer(1, margin)]
    elif box.mark:
        leading = st.center_italic.leading
        items += [
            Spacer(1, (box.space - leading) / 2),
            Paragraph(esc(box.mark), st.center_italic),
            Spacer(1, (box.space - leading) / 2),
        ]
    else:
        items.append(Spacer(1, box.space))
    if box.name:
        items.append(Paragraph(esc(box.name), st.sign_name))
    items += [Paragraph(esc(line), st.sign_extra) for line in box.lines]
    return items


def _box_flowables(box: SignatureBox, st: Styles, width: float) -> list[Flowable]:
    return _box_top(box, st, width) + _box_bottom(box, st)


_GRID_STYLE = table_style(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 12),
    ]
)


_HOLDER_STYLE = table_style(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def signature_grid(boxes: Sequence[SignatureBox], width: float, st: Styles) -> list[Flowable]:
    """Boxes two per row, left then right, each pair kept on one page.

    Titles and notes of a pair share one table row and the signature spaces the next, so
    both names sit on the same line even when one title wraps.
    """
    out: list[Flowable] = []
    for i in range(0, len(boxes), 2):
        pair = list(boxes[i : i + 2])
        tops = [_box_top(b, st, width / 2 - 4) for b in pair]
        bottoms = [_box_bottom(b, st) for b in pair]
        if len(pair) == 1:
            tops.append([])
            bottoms.append([])
        table = Table([tops, bottoms], colWidths=[width / 2, width / 2], hAlign="CENTER")
        table.setStyle(_GRID_STYLE)
        # a one-row table never splits, so a pair stays on one page (KeepTogether would
        # report a huge height and break an enclosing KeepTogether)
        holder = Table([[table]], colWidths=[width])
        holder.setStyle(_HOLDER_STYLE)
        out.append(holder)
    return out


def signer_box(signer: Signer, note: str = "") -> SignatureBox:
    """The signature box of a body's signer (authority line, position, name)."""
    prefix = (signer.authority,) if clean(signer.authority) else ()
    return SignatureBox(
        title=signer.position,
        note=note,
        name=signer.full_name,
        title_lines=prefix,
        space=SIGNATURE_SPACE,
    )


def standard_closing(
    recipients: Sequence[str],
    archive: str,
    signer: Signer,
    width: float,
    st: Styles,
    *,
    signer_note: str = "",
) -> Table:
    """ "Nơi nhận:" and its list at the bottom left, the signer at the bottom right (same row)."""
    # reportlab puts a first baseline one font size below the top: align 12 pt with 13–14 pt
    nudge = max(st.size - st.recipients_label.fontSize, 0)
    left: list[Flowable] = [Spacer(1, nudge), Paragraph("Nơi nhận:", st.recipients_label)]
    left += [Paragraph(esc(line), st.recipients) for line in recipients_list(recipients, archive)]
    right = _box_flowables(signer_box(signer, signer_note), st, width * 0.55)
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
