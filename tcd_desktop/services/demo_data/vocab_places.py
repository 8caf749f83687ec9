"""Provinces of the sample data with their CCCD codes, communes and wards (see vocab)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProvinceSpec:
    """A province or centrally-governed city and its communes and wards."""

    code: str  # 2-digit administrative code (stored in ``province_code``)
    cccd: str  # 3-digit code at the start of a CCCD number
    abbr: str  # short prefix of unit codes and desk codes
    kind: str  # "tỉnh" or "thành phố"
    name: str  # without the kind word: "Lạng Sơn"
    wards: tuple[str, ...]  # phường (and đặc khu)
    communes: tuple[str, ...]  # xã
    remote: frozenset[str]  # communes in "vùng sâu, vùng xa đi lại khó khăn"

    @property
    def full_name(self) -> str:
        """``tỉnh Lạng Sơn`` / ``thành phố Hà Nội`` (lower-case kind, as inside an address)."""
        return f"{self.kind} {self.name}"

    @property
    def title(self) -> str:
        """``Tỉnh Lạng Sơn`` / ``Thành phố Hà Nội``."""
        return self.full_name[0].upper() + self.full_name[1:]


PROVINCES: tuple[ProvinceSpec, ...] = (
    ProvinceSpec(
        "01",
        "001",
        "HN",
        "thành phố",
        "Hà Nội",
        wards=(
            "Hoàn Kiếm",
            "Cửa Nam",
            "Ba Đình",
            "Ngọc Hà",
            "Giảng Võ",
            "Hai Bà Trưng",
            "Vĩnh Tuy",
            "Bạch Mai",
            "Đống Đa",
            "Kim Liên",
            "Láng",
            "Ô Chợ Dừa",
            "Hồng Hà",
            "Hoàng Mai",
            "Định Công",
            "Thanh Xuân",
            "Cầu Giấy",
            "Nghĩa Đô",
            "Tây Hồ",
            "Long Biên",
            "Bồ Đề",
        ),
        communes=(
            "Sóc Sơn",
            "Đông Anh",
            "Gia Lâm",
            "Bát Tràng",
            "Thanh Trì",
            "Ba Vì",
            "Minh Châu",
            "Yên Xuân",
        ),
        remote=frozenset({"Minh Châu", "Yên Xuân"}),
    ),
    ProvinceSpec(
        "20",
        "020",
        "LS",
        "tỉnh",
        "Lạng Sơn",
        wards=("Tam Thanh", "Lương Văn Tri", "Kỳ Lừa", "Đông Kinh"),
        communes=(
            "Cao Lộc",
            "Đồng Đăng",
            "Lộc Bình",
            "Đình Lập",
            "Văn Quan",
            "Bình Gia",
            "Bắc Sơn",
            "Hữu Lũng",
            "Chi Lăng",
            "Tràng Định",
            "Văn Lãng",
            "Na Sầm",
            "Mẫu Sơn",
            "Công Sơn",
            "Xuân Dương",
            "Thất Khê",
            "Kháng Chiến",
            "Quốc Khánh",
            "Tân Tiến",
            "Hoàng Văn Thụ",
        ),
        remote=frozenset(
            {
                "Mẫu Sơn",
                "Công Sơn",
                "Xuân Dương",
                "Kháng Chiến",
                "Quốc Khánh",
                "Đình Lập",
                "Tân Tiến",
            }
        ),
    ),
    ProvinceSpec(
        "40",
        "040",
        "NA",
        "tỉnh",
        "Nghệ An",
        wards=(
            "Trường Vinh",
            "Thành Vinh",
            "Vinh Hưng",
            "Vinh Phú",
            "Vinh Lộc",
            "Cửa Lò",
            "Hoàng Mai",
            "Thái Hòa",
        ),
        communes=(
            "Diễn Châu",
            "Quỳnh Lưu",
            "Yên Thành",
            "Đô Lương",
            "Nghi Lộc",
            "Nam Đàn",
            "Hưng Nguyên",
            "Thanh Chương",
            "Anh Sơn",
            "Con Cuông",
            "Tương Dương",
            "Kỳ Sơn",
            "Mường Xén",
            "Nậm Cắn",
            "Mỹ Lý",
            "Tri Lễ",
            "Quế Phong",
        ),
        remote=frozenset(
            {
                "Tương Dương",
                "Kỳ Sơn",
                "Mường Xén",
                "Nậm Cắn",
                "Mỹ Lý",
                "Tri Lễ",
                "Quế Phong",
                "Con Cuông",
            }
        ),
    ),
    ProvinceSpec(
        "68",
        "068",
        "LD",
        "tỉnh",
        "Lâm Đồng",
        wards=(
            "Xuân Hương - Đà Lạt",
            "Cam Ly - Đà Lạt",
            "Lâm Viên - Đà Lạt",
            "Lang Biang - Đà Lạt",
            "Bảo Lộc 1",
            "B'Lao",
            "Phan Thiết",
            "Gia Nghĩa",
        ),
        communes=(
            "Đức Trọng",
            "Di Linh",
            "Lâm Hà",
            "Đơn Dương",
            "Lạc Dương",
            "Đam Rông",
            "Cát Tiên",
            "Đạ Huoai",
            "Bảo Lâm",
            "Tuy Phong",
            "Hàm Thuận",
            "Đắk Mil",
            "Krông Nô",
            "Tuy Đức",
            "Đắk Glong",
        ),
        remote=frozenset({"Đam Rông", "Tuy Đức", "Đắk Glong", "Lạc Dương", "Krông Nô"}),
    ),
    ProvinceSpec(
        "92",
        "092",
        "CT",
        "thành phố",
        "Cần Thơ",
        wards=(
            "Ninh Kiều",
            "Cái Khế",
            "Tân An",
            "An Bình",
            "Thới An Đông",
            "Bình Thủy",
            "Long Tuyền",
            "Cái Răng",
            "Hưng Phú",
            "Ô Môn",
            "Thốt Nốt",
            "Vị Thanh",
            "Sóc Trăng",
            "Ngã Bảy",
        ),
        communes=(
            "Phong Điền",
            "Cờ Đỏ",
            "Vĩnh Thạnh",
            "Thới Lai",
            "Châu Thành",
            "Long Mỹ",
            "Kế Sách",
            "Cù Lao Dung",
            "Trần Đề",
        ),
        remote=frozenset({"Cù Lao Dung"}),
    ),
    ProvinceSpec(
        "22",
        "022",
        "QN",
        "tỉnh",
        "Quảng Ninh",
        wards=(
            "Hạ Long",
            "Bãi Cháy",
            "Hồng Gai",
            "Cao Xanh",
            "Cẩm Phả",
            "Uông Bí",
            "Móng Cái 1",
            "Đông Triều",
            "Quảng Yên",
        ),
        communes=(
            "Vân Đồn",
            "Cô Tô",
            "Ba Chẽ",
            "Bình Liêu",
            "Tiên Yên",
            "Hải Hà",
            "Đầm Hà",
            "Quảng Hà",
            "Hoành Bồ",
            "Thống Nhất",
        ),
        remote=frozenset({"Cô Tô", "Ba Chẽ", "Bình Liêu", "Vân Đồn"}),
    ),
)

#: Other provinces, for the birthplace code of people who moved in (CCCD prefix, name).
OTHER_CCCD: tuple[str, ...] = ("079", "031", "048", "038", "036", "034", "033", "042", "045")

#: Province-level bodies created in every province: (code suffix, name pattern, level).
#: ``{p}`` is the province title ("Tỉnh Lạng Sơn"), ``{pl}`` the lower-case form.
PROVINCE_BODIES: tuple[tuple[str, str, str], ...] = (
    ("UBND", "Ủy ban nhân dân {pl}", "province"),
    ("TTR", "Thanh tra {pl}", "province"),
    ("BTCD", "Ban Tiếp công dân {pl}", "province"),
    ("STNMT", "Sở Tài nguyên và Môi trường {pl}", "department"),
    ("SXD", "Sở Xây dựng {pl}", "department"),
    ("SNV", "Sở Nội vụ {pl}", "department"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội {pl}", "department"),
    ("STP", "Sở Tư pháp {pl}", "department"),
    ("STC", "Sở Tài chính {pl}", "department"),
    ("SYT", "Sở Y tế {pl}", "department"),
)

#: Department that usually handles each field (suffix of PROVINCE_BODIES).
