"""``CardDelegate``: paints one board card.

A card shows, top to bottom: the case code (bold) with the kind on the right; the citizen
(italic and grey when the denouncer is kept secret); the assigned officer; the clock in the
state's colour (working days left or overdue, paused since, closed on); and the flags as
small coloured chips. A stripe on the left carries the state's colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tcd_desktop.domain.workflow_steps import CaseKind
from tcd_desktop.services.board import BoardCard
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.board_model import CardRole
from tcd_desktop.ui.models.case_text import (
    FLAG_COLOURS,
    card_citizen,
    days_left_text,
    flag_title,
    state_colour,
)

Index = QModelIndex | QPersistentModelIndex

MARGIN = 4  # around a card
PAD = 8  # inside a card
STRIPE = 4
LINE_GAP = 2
CHIP_PAD = 5


URGENCY = {"overdue": 0, "due_soon": 1, "on_track": 2}


class CardDelegate(QStyledItemDelegate):
    """Paints :class:`~tcd_desktop.services.board.BoardCard` items of a board column."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Four lines of text, plus a row of chips when the case has flags."""
        card = index.data(CardRole)
        metrics = QFontMetrics(option.font)
        lines = 5 if isinstance(card, BoardCard) and card.clocks else 4
        height = 2 * (MARGIN + PAD) + lines * metrics.height() + (lines - 1) * LINE_GAP
        if isinstance(card, BoardCard) and card.flags:
            height += LINE_GAP + 2 + _chip_height(option.font)
        width = option.rect.width() if option.rect.width() > 0 else 220
        return QSize(width, int(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the card."""
        card = index.data(CardRole)
        if not isinstance(card, BoardCard):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        background = palette.base().color()
        if selected:
            background = _blend(background, palette.highlight().color(), 0.18)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            background = _blend(background, palette.highlight().color(), 0.07)
        border = palette.highlight().color() if selected else QColor("#c8ccd0")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        accent = state_colour(card.state)
        stripe = QRect(rect.left(), rect.top(), STRIPE, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(stripe.adjusted(0, 0, 2, 0), 2, 2)

        text_color = palette.text().color()
        muted = _blend(text_color, background, 0.45)
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        line_h = metrics.height()
        x = rect.left() + STRIPE + PAD
        width = rect.right() - PAD - x
        y = rect.top() + PAD

        # 1: code, kind on the right
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        kind = label_of(CaseKind, card.kind)
        kind_w = QFontMetrics(small).horizontalAdvance(kind)
        bold = QFont(base)
        bold.setBold(True)
        self._text(painter, bold, text_color, QRect(x, y, width - kind_w - 6, line_h), card.code)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(x, y, width, line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            kind,
        )
        y += line_h + LINE_GAP

        # 2: citizen (masked denouncers in italic)
        citizen_font = QFont(base)
        citizen_font.setItalic(card.masked)
        self._text(
            painter,
            citizen_font,
            muted if card.masked else text_color,
            QRect(x, y, width, line_h),
            card_citizen(card),
        )
        y += line_h + LINE_GAP

        # 3: officer
        officer = card.assignee or QCoreApplication.translate("CardDelegate", "Not assigned")
        self._text(painter, base, muted, QRect(x, y, width, line_h), officer)
        y += line_h + LINE_GAP

        # 4: the clock
        clock = QFont(base)
        clock.setBold(card.state in ("overdue", "due_soon"))
        self._text(painter, clock, accent, QRect(x, y, width, line_h), days_left_text(card))
        y += line_h + LINE_GAP

        # 4b: the tracked clocks (D10, D10B, D11), coloured by the most urgent
        if card.clocks:
            worst = min(card.clocks, key=lambda c: URGENCY.get(c.state, len(URGENCY)))
            tracked_font = QFont(base)
            tracked_font.setBold(worst.state in ("overdue", "due_soon"))
            self._text(
                painter,
                tracked_font,
                state_colour(worst.state),
                QRect(x, y, width, line_h),
                tracked_clocks_text(card),
            )
            y += line_h + LINE_GAP

        # 5: flags
        if card.flags:
            self._chips(painter, option.font, card.flags, x, y + 2, width)
        painter.restore()

    @staticmethod
    def _text(painter: QPainter, font: QFont, color: QColor, rect: QRect, text: str) -> None:
        painter.setFont(font)
        painter.setPen(color)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )

    def _chips(
        self, painter: QPainter, font: QFont, flags: tuple[str, ...], x: int, y: int, width: int
    ) -> None:
        chip_font = _chip_font(font)
        metrics = QFontMetrics(chip_font)
        height = _chip_height(font)
        painter.setFont(chip_font)
        right = x + width
        for n, flag in enumerate(flags):
            label = flag_title(flag)
            w = metrics.horizontalAdvance(label) + 2 * CHIP_PAD
            rest = len(flags) - n
            if x + w > right:
                more = f"+{rest}"
                painter.setPen(QColor("#616161"))
                painter.drawText(
                    QRect(x, y, right - x, height), int(Qt.AlignmentFlag.AlignVCenter), more
                )
                break
            colour = QColor(FLAG_COLOURS.get(flag, "#616161"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_blend(colour, QColor("white"), 0.85))
            chip = QRect(x, y, w, height)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(colour)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
            x += w + 4


def tracked_clocks_text(card: BoardCard) -> str:
    """One line for the card's tracked clocks, e.g. "D11 due 12/12 · D10 overdue since 01/12" (full dates: the case window)."""
    parts = []
    for tracked in card.clocks:
        day = tracked.due_on.strftime("%d/%m")
        if tracked.state == "overdue":
            text = QCoreApplication.translate("CardDelegate", "%1 overdue since %2")
        else:
            text = QCoreApplication.translate("CardDelegate", "%1 due %2")
        parts.append(text.replace("%1", tracked.rule).replace("%2", day))
    return " · ".join(parts)


def _chip_font(font: QFont) -> QFont:
    chip = QFont(font)
    chip.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
    return chip


def _chip_height(font: QFont) -> int:
    return QFontMetrics(_chip_font(font)).height() + 4


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )
