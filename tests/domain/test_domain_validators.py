"""CCCD/CMND and phone validators, text folding and enum labels."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcd_desktop.domain.enums import (
    CaseStatus,
    DayUnit,
    DeadlineState,
    PetitionKind,
    ReceptionKind,
    Role,
    UnitLevel,
)
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.domain.validators import (
    CCCD_PROVINCE_CODES,
    decode_citizen_id,
    validate_citizen_id,
    validate_phone,
)

# ---------------------------------------------------------------------- CCCD / CMND


@pytest.mark.parametrize(
    ("text", "birth_year", "value"),
    [
        ("001085012345", None, "001085012345"),
        ("001 085 012 345", 1985, "001085012345"),
        ("079.303.000.001", 2003, "079303000001"),  # HCM, female, 2003
        ("096200123456", 2000, "096200123456"),  # Cà Mau, male, 2000
        ("001899000001", 1899, "001899000001"),  # 9 = 1800s female
        ("123456789", None, "123456789"),  # old CMND
        ("123 456 789", 1970, "123456789"),
    ],
)
def test_valid_citizen_ids(text: str, birth_year: int | None, value: str) -> None:
    """Accepted numbers are normalised to digits."""
    result = validate_citizen_id(text, birth_year)
    assert result.ok and result and result.value == value and result.message_vi is None


@pytest.mark.parametrize(
    ("text", "birth_year", "message"),
    [
        ("", None, "Chưa nhập số CCCD"),
        ("00108501234", None, "Số CCCD phải gồm 12 chữ số"),
        ("0010850123456", None, "Số CCCD phải gồm 12 chữ số"),
        ("00108501234A", None, "chỉ được gồm chữ số"),
        ("099085012345", None, "Mã tỉnh 099 không hợp lệ"),
        ("003085012345", None, "Mã tỉnh 003 không hợp lệ"),
        (
            "001205012345",
            1985,
            "Năm sinh 1985 không khớp với số CCCD (thế kỷ/năm sinh mã hoá là 2005)",
        ),
        ("001085012345", 2085, "mã hoá là 1985"),
    ],
)
def test_invalid_citizen_ids(text: str, birth_year: int | None, message: str) -> None:
    """Rejections carry a Vietnamese message."""
    result = validate_citizen_id(text, birth_year)
    assert not result.ok
    assert result.message_vi is not None and message in result.message_vi


def test_province_table_has_63_codes() -> None:
    """The 63 pre-2025 provinces, codes between 001 and 096."""
    assert len(CCCD_PROVINCE_CODES) == 63
    assert min(CCCD_PROVINCE_CODES) == "001" and max(CCCD_PROVINCE_CODES) == "096"
    assert CCCD_PROVINCE_CODES["079"] == "Hồ Chí Minh"


def test_decode_citizen_id() -> None:
    """Century/sex digit and year of birth are decoded."""
    info = decode_citizen_id("031301000001")
    assert info is not None
    assert (info.province_name, info.sex, info.birth_year) == ("Hải Phòng", "nữ", 2001)
    assert decode_citizen_id("123") is None


@given(
    st.sampled_from(sorted(CCCD_PROVINCE_CODES)),
    st.integers(min_value=1900, max_value=2099),
    st.booleans(),
    st.integers(min_value=0, max_value=999_999),
)
def test_generated_cccd_round_trip(code: str, year: int, female: bool, serial: int) -> None:
    """Any well-formed CCCD validates against its own birth year."""
    century_digit = (year // 100 - 19) * 2 + int(female)
    number = f"{code}{century_digit}{year % 100:02d}{serial:06d}"
    assert validate_citizen_id(number, year).ok
    info = decode_citizen_id(number)
    assert info is not None and info.birth_year == year


# ---------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0901234567", "0901234567"),
        ("090 123 4567", "0901234567"),
        ("090.123.4567", "0901234567"),
        ("+84 90 123 4567", "0901234567"),
        ("84901234567", "0901234567"),
        ("0084 351 234 567", "0351234567"),
        ("0561234567", "0561234567"),
        ("0781234567", "0781234567"),
        ("0861234567", "0861234567"),
        ("024 3825 1234", "02438251234"),
        ("(0236) 382 1234", "02363821234"),
        ("+84 24 3825 1234", "02438251234"),
    ],
)
def test_valid_phones(text: str, value: str) -> None:
    """Mobiles (10 digits, 03/05/07/08/09) and landlines (11 digits, 02x) are normalised."""
    result = validate_phone(text)
    assert result.ok, result.message_vi
    assert result.value == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Chưa nhập số điện thoại"),
        ("090123456", "Số di động phải gồm 10 chữ số"),
        ("09012345678", "Số di động phải gồm 10 chữ số"),
        ("0601234567", "Đầu số 060 không hợp lệ"),
        ("0412345678", "Đầu số 041 không hợp lệ"),
        ("0243825123", "Số máy bàn phải gồm 11 chữ số"),
        ("01651234567", "Đầu số 0165 đã chuyển"),
        ("+1 202 555 0100", "số điện thoại Việt Nam"),
        ("0901abc567", "chỉ được gồm chữ số"),
        ("901234567", "bắt đầu bằng 0"),
    ],
)
def test_invalid_phones(text: str, message: str) -> None:
    """Rejections carry a Vietnamese message."""
    result = validate_phone(text)
    assert not result.ok
    assert result.message_vi is not None and message in result.message_vi


# ---------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đặng Đức Đạt", "dang duc dat"),
        ("  NGUYỄN   Thị\tHồng  ", "nguyen thi hong"),
        ("Khiếu nại", "khieu nai"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("Phường Bến Nghé, Quận 1", "phuong ben nghe, quan 1"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    """Diacritics and đ are removed, case lowered, whitespace collapsed."""
    assert fold(text) == folded


def test_fold_decomposed_input() -> None:
    """NFD input folds like NFC input; nfc() normalises and strips."""
    decomposed = unicodedata.normalize("NFD", "Trần Văn Ơn")
    assert fold(decomposed) == "tran van on"
    assert nfc(f"  {decomposed} ") == unicodedata.normalize("NFC", "Trần Văn Ơn")


@given(st.text())
def test_fold_idempotent_and_mark_free(text: str) -> None:
    """fold is idempotent and leaves no combining marks or đ."""
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded and "Đ" not in folded


# ---------------------------------------------------------------------- enums


def test_enum_values_and_labels() -> None:
    """Stored values and Vietnamese labels."""
    assert PetitionKind.COMPLAINT == "khieu_nai"
    assert [k.label_vi for k in PetitionKind] == ["Khiếu nại", "Tố cáo", "Kiến nghị", "Phản ánh"]
    assert DayUnit("working") is DayUnit.WORKING
    assert DeadlineState.DONE_ON_TIME == "closed_on_time"
    assert DeadlineState.DONE_LATE == "closed_late"
    assert ReceptionKind.SUDDEN.label_vi == "Đột xuất"
    assert Role.RECEPTION_OFFICER.label_vi == "Cán bộ tiếp công dân"
    assert UnitLevel.COMMUNE.label_vi == "Cấp xã"
    assert CaseStatus.ACCEPTED.label_vi == "Đã thụ lý"
    assert CaseStatus.WITHDRAWN.is_final and not CaseStatus.VERIFYING.is_final
    assert PetitionKind.from_label_vi("Tố cáo") is PetitionKind.DENUNCIATION


@pytest.mark.parametrize(
    "enum", [PetitionKind, DayUnit, DeadlineState, ReceptionKind, CaseStatus, UnitLevel, Role]
)
def test_every_member_has_a_label(enum: type) -> None:
    """No member falls back to its raw value as label, and values are unique."""
    members = list(enum)
    assert all(m.label_vi and m.label_vi != m.value for m in members)
    assert len({m.value for m in members}) == len(members)
