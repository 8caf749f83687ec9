"""An ``argparse`` parser that speaks Vietnamese and never prints a traceback.

Python's own messages ("the following arguments are required", "invalid int value", ...) are
translated; a misspelt command is answered with "lệnh ... không tồn tại" and the closest
command. Errors exit with code 2 like argparse does.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable
from typing import NoReturn

#: Python's argparse messages (3.11–3.13) → Vietnamese; anything else is shown as it is.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^the following arguments are required: (.*)$", r"thiếu tham số bắt buộc: \1"),
        (r"^one of the arguments (.*) is required$", r"cần một trong các tham số: \1"),
        (r"^unrecognized arguments: (.*)$", r"tham số không được hỗ trợ: \1"),
        (r"^argument (.*?): not allowed with argument (.*)$", r"\1 không dùng cùng với \2"),
        (r"^argument (.*?): expected one argument$", r"\1 cần một giá trị"),
        (r"^argument (.*?): expected at most one argument$", r"\1 nhận nhiều nhất một giá trị"),
        (r"^argument (.*?): expected at least one argument$", r"\1 cần ít nhất một giá trị"),
        (r"^argument (.*?): expected (\d+) arguments?$", r"\1 cần \2 giá trị"),
        (r"^argument (.*?): invalid int value: (.*)$", r"\1 phải là số nguyên (nhận \2)"),
        (r"^argument (.*?): invalid float value: (.*)$", r"\1 phải là số (nhận \2)"),
        (r"^argument (.*?): invalid (\w+) value: (.*)$", r"\1: giá trị không hợp lệ \3"),
        (
            r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$",
            r"\1: giá trị \2 không hợp lệ (chọn một trong: \3)",
        ),
        (r"^argument (.*?): ignored explicit argument (.*)$", r"\1 không nhận giá trị \2"),
        (r"^ambiguous option: (.*?) could match (.*)$", r"tuỳ chọn \1 không rõ: có thể là \2"),
        (r"^argument (.*?): (.*)$", r"\1: \2"),
    )
)
#: Help-page words of argparse → Vietnamese.
_HELP_WORDS = (
    ("usage: ", "cách dùng: "),
    ("positional arguments:", "tham số:"),
    ("optional arguments:", "tuỳ chọn:"),
    ("options:", "tuỳ chọn:"),
    ("show this help message and exit", "in hướng dẫn này rồi thoát"),
    ("show program's version number and exit", "in số phiên bản rồi thoát"),
)
#: Metavars of the sub-command positionals (see parser.py).
COMMAND_METAVARS = ("LỆNH", "THAO_TÁC")


def translate_error(message: str) -> str:
    """Python's argparse message in Vietnamese (unchanged when not recognised)."""
    for pattern, replacement in _PATTERNS:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The command most like ``word`` (a typo), or None when nothing is close."""
    names = list(choices)
    found = difflib.get_close_matches(word, names, n=1, cutoff=0.5)
    if not found:
        found = [n for n in names if n.startswith(word[:3])] if len(word) >= 3 else []
    return found[0] if found else None


def unknown_command_message(word: str, choices: Iterable[str], prog: str = "tcd-desktop") -> str:
    """``lệnh 'x' không tồn tại`` with the closest command, as the CLI prints it."""
    message = f"lệnh {word!r} không tồn tại."
    guess = closest(word, choices)
    if guess:
        message += f" Có phải ý bạn là '{guess}'?"
    return message + f" Xem danh sách lệnh: {prog} --help"


class VietArgumentParser(argparse.ArgumentParser):
    """``ArgumentParser`` with Vietnamese errors and help headings; errors exit 2."""

    def error(self, message: str) -> NoReturn:
        """Print a Vietnamese message (no usage dump, no traceback) and exit 2."""
        match = re.match(r"^argument (\S+): invalid choice: '([^']*)'", message)
        if match and match.group(1) in COMMAND_METAVARS:
            choices = self._command_choices()
            text = unknown_command_message(match.group(2), choices, self.prog)
        else:
            text = translate_error(message) + f"\nXem hướng dẫn: {self.prog} --help"
        self.exit(2, f"Lỗi: {text}\n")

    def _command_choices(self) -> list[str]:
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return list(action.choices)
        return []

    def format_help(self) -> str:
        """The help page with argparse's headings in Vietnamese."""
        return _vi_help(super().format_help())

    def format_usage(self) -> str:
        """The usage line in Vietnamese."""
        return _vi_help(super().format_usage())

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Exit like argparse (``SystemExit``), writing the message to standard error."""
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def _vi_help(text: str) -> str:
    for english, vietnamese in _HELP_WORDS:
        text = text.replace(english, vietnamese)
    return text
