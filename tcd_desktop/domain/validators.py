"""Validators for Vietnamese identity numbers and phone numbers.

Each validator returns a :class:`ValidationResult` with the normalised value and, when
the input is wrong, a message in Vietnamese that can be shown next to the field: a
:class:`~tcd_desktop.domain.messages.Message` of :data:`MESSAGES`, so a screen in another
language names it by its code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from tcd_desktop.domain.messages import Catalogue, Message

__all__ = [
    "CCCD_PROVINCE_CODES",
    "MESSAGES",
    "CitizenIdInfo",
    "ValidationResult",
    "decode_citizen_id",
    "validate_citizen_id",
    "validate_phone",
]

#: Province codes used in the first three digits of a 12-digit CCCD number: the 63
#: provinces before the 2025 merger (Thông tư 07/2016/TT-BCA, Thông tư 59/2021/TT-BCA).
#: Numbers issued after the merger keep the code of the province of birth registration.
CCCD_PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "001": "Hà Nội",
        "002": "Hà Giang",
        "004": "Cao Bằng",
        "006": "Bắc Kạn",
        "008": "Tuyên Quang",
        "010": "Lào Cai",
        "011": "Điện Biên",
        "012": "Lai Châu",
        "014": "Sơn La",
        "015": "Yên Bái",
        "017": "Hòa Bình",
        "019": "Thái Nguyên",
        "020": "Lạng Sơn",
        "022": "Quảng Ninh",
        "024": "Bắc Giang",
        "025": "Phú Thọ",
        "026": "Vĩnh Phúc",
        "027": "Bắc Ninh",
        "030": "Hải Dương",
        "031": "Hải Phòng",
        "033": "Hưng Yên",
        "034": "Thái Bình",
        "035": "Hà Nam",
        "036": "Nam Định",
        "037": "Ninh Bình",
        "038": "Thanh Hóa",
        "040": "Nghệ An",
        "042": "Hà Tĩnh",
        "044": "Quảng Bình",
        "045": "Quảng Trị",
        "046": "Thừa Thiên Huế",
        "048": "Đà Nẵng",
        "049": "Quảng Nam",
        "051": "Quảng Ngãi",
        "052": "Bình Định",
        "054": "Phú Yên",
        "056": "Khánh Hòa",
        "058": "Ninh Thuận",
        "060": "Bình Thuận",
        "062": "Kon Tum",
        "064": "Gia Lai",
        "066": "Đắk Lắk",
        "067": "Đắk Nông",
        "068": "Lâm Đồng",
        "070": "Bình Phước",
        "072": "Tây Ninh",
        "074": "Bình Dương",
        "075": "Đồng Nai",
        "077": "Bà Rịa - Vũng Tàu",
        "079": "Hồ Chí Minh",
        "080": "Long An",
        "082": "Tiền Giang",
        "083": "Bến Tre",
        "084": "Trà Vinh",
        "086": "Vĩnh Long",
        "087": "Đồng Tháp",
        "089": "An Giang",
        "091": "Kiên Giang",
        "092": "Cần Thơ",
        "093": "Hậu Giang",
        "094": "Sóc Trăng",
        "095": "Bạc Liêu",
        "096": "Cà Mau",
    }
)

# 4th digit of a CCCD: century of birth and sex.
_CENTURY_SEX = {
    0: (1900, "nam"),
    1: (1900, "nữ"),
    2: (2000, "nam"),
    3: (2000, "nữ"),
    4: (2100, "nam"),
    5: (2100, "nữ"),
    6: (2200, "nam"),
    7: (2200, "nữ"),
    8: (1800, "nam"),
    9: (1800, "nữ"),
}

#: The validators' messages by code.
MESSAGES = Catalogue(
    {
        "citizen_id.empty": "Chưa nhập số CCCD/CMND",
        "citizen_id.not_digits": "Số CCCD/CMND chỉ được gồm chữ số",
        "citizen_id.length": (
            "Số CCCD phải gồm 12 chữ số (hoặc CMND cũ 9 chữ số); đã nhập {count} chữ số"
        ),
        "citizen_id.province": "Mã tỉnh {code} không hợp lệ",
        "citizen_id.birth_year": (
            "Năm sinh {year} không khớp với số CCCD (thế kỷ/năm sinh mã hoá là {encoded})"
        ),
        "phone.empty": "Chưa nhập số điện thoại",
        "phone.foreign": "Chỉ chấp nhận số điện thoại Việt Nam (+84)",
        "phone.not_digits": "Số điện thoại chỉ được gồm chữ số",
        "phone.no_zero": "Số điện thoại phải bắt đầu bằng 0 hoặc +84",
        "phone.landline_length": (
            "Số máy bàn phải gồm 11 chữ số (mã vùng 02x); đã nhập {count} chữ số"
        ),
        "phone.old_prefix": "Đầu số {prefix} đã chuyển sang đầu số mới (từ năm 2018)",
        "phone.prefix": "Đầu số {prefix} không hợp lệ",
        "phone.mobile_length": "Số di động phải gồm 10 chữ số; đã nhập {count} chữ số",
    }
)

_SEPARATORS = re.compile(r"[\s.\-_/()]+")
_MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Outcome of a validation: ``value`` is the normalised input (digits only)."""

    ok: bool
    value: str
    message_vi: Message | None = None

    def __bool__(self) -> bool:
        return self.ok


@dataclass(frozen=True, slots=True)
class CitizenIdInfo:
    """What a 12-digit CCCD number encodes."""

    province_code: str
    province_name: str
    sex: str  # "nam" or "nữ"
    birth_year: int


def _ascii_digits(text: str) -> bool:
    """Only 0–9: ``str.isdigit`` also takes "²" and other scripts' digits."""
    return text.isascii() and text.isdigit()


def _clean(text: str) -> str:
    return _SEPARATORS.sub("", text.strip())


def decode_citizen_id(digits: str) -> CitizenIdInfo | None:
    """Decode a 12-digit CCCD number; ``None`` if it is not one."""
    if len(digits) != 12 or not _ascii_digits(digits):
        return None
    province = CCCD_PROVINCE_CODES.get(digits[:3])
    if province is None:
        return None
    century, sex = _CENTURY_SEX[int(digits[3])]
    return CitizenIdInfo(digits[:3], province, sex, century + int(digits[4:6]))


def validate_citizen_id(text: str, birth_year: int | None = None) -> ValidationResult:
    """Validate a 12-digit CCCD (căn cước) number or a 9-digit old CMND number.

    Spaces, dots and dashes are ignored.  For a CCCD the first three digits must be a
    province code, the 4th digit gives century and sex and digits 5–6 the year of birth,
    which must match ``birth_year`` when it is given.
    """
    value = _clean(text)
    if not value:
        return ValidationResult(False, value, MESSAGES("citizen_id.empty"))
    if not _ascii_digits(value):
        return ValidationResult(False, value, MESSAGES("citizen_id.not_digits"))
    if len(value) == 9:
        return ValidationResult(True, value)
    if len(value) != 12:
        return ValidationResult(False, value, MESSAGES("citizen_id.length", count=len(value)))
    if value[:3] not in CCCD_PROVINCE_CODES:
        return ValidationResult(False, value, MESSAGES("citizen_id.province", code=value[:3]))
    info = decode_citizen_id(value)
    assert info is not None  # province code checked above
    if birth_year is not None and birth_year != info.birth_year:
        return ValidationResult(
            False,
            value,
            MESSAGES("citizen_id.birth_year", year=birth_year, encoded=info.birth_year),
        )
    return ValidationResult(True, value)


def validate_phone(text: str) -> ValidationResult:
    """Validate and normalise a Vietnamese phone number.

    Mobile: 10 digits starting 03, 05, 07, 08 or 09.  Landline: 11 digits starting 02
    (area code 02x).  A ``+84``/``84``/``0084`` prefix is replaced by ``0``.
    """
    value = _clean(text)
    if not value:
        return ValidationResult(False, value, MESSAGES("phone.empty"))
    if value.startswith("+"):
        value = value[1:]
        if not value.startswith("84"):
            return ValidationResult(False, "+" + value, MESSAGES("phone.foreign"))
    if not _ascii_digits(value):
        return ValidationResult(False, value, MESSAGES("phone.not_digits"))
    if value.startswith("0084"):
        value = "0" + value[4:]
    elif value.startswith("84") and len(value) in (11, 12):
        value = "0" + value[2:]
    if not value.startswith("0"):
        return ValidationResult(False, value, MESSAGES("phone.no_zero"))
    if value.startswith("02"):
        if len(value) != 11:
            return ValidationResult(
                False, value, MESSAGES("phone.landline_length", count=len(value))
            )
        return ValidationResult(True, value)
    if value.startswith("01") and len(value) == 11:
        return ValidationResult(False, value, MESSAGES("phone.old_prefix", prefix=value[:4]))
    if not value.startswith(_MOBILE_PREFIXES):
        return ValidationResult(False, value, MESSAGES("phone.prefix", prefix=value[:3]))
    if len(value) != 10:
        return ValidationResult(False, value, MESSAGES("phone.mobile_length", count=len(value)))
    return ValidationResult(True, value)
