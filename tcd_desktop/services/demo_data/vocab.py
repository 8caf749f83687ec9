"""Vocabulary of the sample data: places, units, people's names, fields and petition texts.

Everything here is plain data. Provinces use their real names and the 3-digit codes that
open a CCCD number (Thông tư 59/2021/TT-BCA, Phụ lục I); communes and wards use the names
of the two-level local government (from 01/7/2025) or names that sound like them. People
and stories are invented: any likeness to a real person is a coincidence.
"""

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
        "01", "001", "HN", "thành phố", "Hà Nội",
        wards=(
            "Hoàn Kiếm", "Cửa Nam", "Ba Đình", "Ngọc Hà", "Giảng Võ", "Hai Bà Trưng",
            "Vĩnh Tuy", "Bạch Mai", "Đống Đa", "Kim Liên", "Láng", "Ô Chợ Dừa",
            "Hồng Hà", "Hoàng Mai", "Định Công", "Thanh Xuân", "Cầu Giấy", "Nghĩa Đô",
            "Tây Hồ", "Long Biên", "Bồ Đề",
        ),
        communes=("Sóc Sơn", "Đông Anh", "Gia Lâm", "Bát Tràng", "Thanh Trì", "Ba Vì",
                  "Minh Châu", "Yên Xuân"),
        remote=frozenset({"Minh Châu", "Yên Xuân"}),
    ),
    ProvinceSpec(
        "20", "020", "LS", "tỉnh", "Lạng Sơn",
        wards=("Tam Thanh", "Lương Văn Tri", "Kỳ Lừa", "Đông Kinh"),
        communes=(
            "Cao Lộc", "Đồng Đăng", "Lộc Bình", "Đình Lập", "Văn Quan", "Bình Gia",
            "Bắc Sơn", "Hữu Lũng", "Chi Lăng", "Tràng Định", "Văn Lãng", "Na Sầm",
            "Mẫu Sơn", "Công Sơn", "Xuân Dương", "Thất Khê", "Kháng Chiến", "Quốc Khánh",
            "Tân Tiến", "Hoàng Văn Thụ",
        ),
        remote=frozenset({"Mẫu Sơn", "Công Sơn", "Xuân Dương", "Kháng Chiến", "Quốc Khánh",
                          "Đình Lập", "Tân Tiến"}),
    ),
    ProvinceSpec(
        "40", "040", "NA", "tỉnh", "Nghệ An",
        wards=("Trường Vinh", "Thành Vinh", "Vinh Hưng", "Vinh Phú", "Vinh Lộc", "Cửa Lò",
               "Hoàng Mai", "Thái Hòa"),
        communes=(
            "Diễn Châu", "Quỳnh Lưu", "Yên Thành", "Đô Lương", "Nghi Lộc", "Nam Đàn",
            "Hưng Nguyên", "Thanh Chương", "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn",
            "Mường Xén", "Nậm Cắn", "Mỹ Lý", "Tri Lễ", "Quế Phong",
        ),
        remote=frozenset({"Tương Dương", "Kỳ Sơn", "Mường Xén", "Nậm Cắn", "Mỹ Lý", "Tri Lễ",
                          "Quế Phong", "Con Cuông"}),
    ),
    ProvinceSpec(
        "68", "068", "LD", "tỉnh", "Lâm Đồng",
        wards=("Xuân Hương - Đà Lạt", "Cam Ly - Đà Lạt", "Lâm Viên - Đà Lạt",
               "Lang Biang - Đà Lạt", "Bảo Lộc 1", "B'Lao", "Phan Thiết", "Gia Nghĩa"),
        communes=(
            "Đức Trọng", "Di Linh", "Lâm Hà", "Đơn Dương", "Lạc Dương", "Đam Rông",
            "Cát Tiên", "Đạ Huoai", "Bảo Lâm", "Tuy Phong", "Hàm Thuận", "Đắk Mil",
            "Krông Nô", "Tuy Đức", "Đắk Glong",
        ),
        remote=frozenset({"Đam Rông", "Tuy Đức", "Đắk Glong", "Lạc Dương", "Krông Nô"}),
    ),
    ProvinceSpec(
        "92", "092", "CT", "thành phố", "Cần Thơ",
        wards=(
            "Ninh Kiều", "Cái Khế", "Tân An", "An Bình", "Thới An Đông", "Bình Thủy",
            "Long Tuyền", "Cái Răng", "Hưng Phú", "Ô Môn", "Thốt Nốt", "Vị Thanh",
            "Sóc Trăng", "Ngã Bảy",
        ),
        communes=("Phong Điền", "Cờ Đỏ", "Vĩnh Thạnh", "Thới Lai", "Châu Thành", "Long Mỹ",
                  "Kế Sách", "Cù Lao Dung", "Trần Đề"),
        remote=frozenset({"Cù Lao Dung"}),
    ),
    ProvinceSpec(
        "22", "022", "QN", "tỉnh", "Quảng Ninh",
        wards=("Hạ Long", "Bãi Cháy", "Hồng Gai", "Cao Xanh", "Cẩm Phả", "Uông Bí",
               "Móng Cái 1", "Đông Triều", "Quảng Yên"),
        communes=("Vân Đồn", "Cô Tô", "Ba Chẽ", "Bình Liêu", "Tiên Yên", "Hải Hà", "Đầm Hà",
                  "Quảng Hà", "Hoành Bồ", "Thống Nhất"),
        remote=frozenset({"Cô Tô", "Ba Chẽ", "Bình Liêu", "Vân Đồn"}),
    ),
)  # fmt: skip

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
FIELD_DEPARTMENT: dict[str, str] = {
    "DD": "STNMT", "NO": "SXD", "CS": "SLDTBXH", "MT": "STNMT", "TP": "STP",
    "TH": "STC", "CB": "SNV", "HC": "SNV", "YT": "SYT", "GD": "SNV",
}  # fmt: skip

#: Field catalogue (lĩnh vực): (code, name, parent code).
FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("DD", "Đất đai", None),
    ("DD.THD", "Thu hồi đất, bồi thường, hỗ trợ, tái định cư", "DD"),
    ("DD.GCN", "Cấp giấy chứng nhận quyền sử dụng đất", "DD"),
    ("DD.TC", "Tranh chấp đất đai", "DD"),
    ("DD.GD", "Giao đất, cho thuê đất, chuyển mục đích sử dụng đất", "DD"),
    ("NO", "Nhà ở, xây dựng", None),
    ("NO.TT", "Trật tự xây dựng, cấp phép xây dựng", "NO"),
    ("NO.CC", "Nhà chung cư, nhà ở xã hội", "NO"),
    ("CS", "Chính sách xã hội", None),
    ("CS.NCC", "Chính sách người có công với cách mạng", "CS"),
    ("CS.BH", "Bảo hiểm xã hội, bảo hiểm y tế", "CS"),
    ("CS.BTXH", "Trợ cấp, bảo trợ xã hội", "CS"),
    ("CS.LD", "Lao động, tiền lương", "CS"),
    ("MT", "Môi trường", None),
    ("MT.ON", "Ô nhiễm môi trường", "MT"),
    ("MT.KS", "Khai thác khoáng sản, cát sỏi", "MT"),
    ("TP", "Tư pháp", None),
    ("TP.THA", "Thi hành án dân sự", "TP"),
    ("TP.HT", "Hộ tịch, chứng thực", "TP"),
    ("TH", "Thuế, phí, lệ phí", None),
    ("CB", "Cán bộ, công chức", None),
    ("CB.TN", "Tham nhũng, tiêu cực", "CB"),
    ("CB.TD", "Tinh thần, thái độ phục vụ", "CB"),
    ("HC", "Thủ tục hành chính", None),
    ("YT", "Y tế", None),
    ("GD", "Giáo dục", None),
)

#: Family names with rough frequency weights (per mille).
SURNAMES: tuple[tuple[str, int], ...] = (
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 30), ("Huỳnh", 20),
    ("Phan", 45), ("Vũ", 22), ("Võ", 17), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 6), ("Trịnh", 5), ("Đoàn", 5),
    ("Lương", 4), ("Mai", 4), ("Cao", 4), ("Lâm", 3), ("Hà", 4), ("Tạ", 2), ("Chu", 2),
    ("Lưu", 2), ("Tô", 2), ("Quách", 1), ("Kiều", 1), ("Triệu", 2), ("Nông", 2),
)  # fmt: skip

MIDDLE_MALE: tuple[tuple[str, int], ...] = (
    ("Văn", 40), ("Đức", 8), ("Hữu", 7), ("Minh", 8), ("Quang", 6), ("Công", 5),
    ("Thành", 4), ("Xuân", 4), ("Ngọc", 3), ("Đình", 5), ("Tiến", 3), ("Mạnh", 2),
    ("Hoàng", 2), ("Trọng", 3), ("Anh", 2), ("Duy", 3), ("Gia", 2), ("Thế", 2),
)  # fmt: skip

MIDDLE_FEMALE: tuple[tuple[str, int], ...] = (
    ("Thị", 50), ("Thu", 6), ("Ngọc", 6), ("Thanh", 5), ("Minh", 3), ("Kim", 4),
    ("Thùy", 3), ("Phương", 3), ("Hồng", 3), ("Bích", 2), ("Mai", 2), ("Diệu", 1),
    ("Hải", 2), ("Khánh", 2), ("Quỳnh", 2), ("Bảo", 1),
)  # fmt: skip

GIVEN_MALE: tuple[str, ...] = (
    "Đạt",
    "Dũng",
    "Hùng",
    "Tuấn",
    "Minh",
    "Nam",
    "Hải",
    "Sơn",
    "Long",
    "Thắng",
    "Cường",
    "Quân",
    "Huy",
    "Khánh",
    "Phong",
    "Trung",
    "Hiếu",
    "Tùng",
    "Toàn",
    "Thành",
    "Bình",
    "An",
    "Đông",
    "Việt",
    "Hoàng",
    "Lâm",
    "Nghĩa",
    "Phúc",
    "Quang",
    "Tài",
    "Thịnh",
    "Vinh",
    "Đức",
    "Kiên",
    "Lộc",
    "Tâm",
    "Hưng",
    "Chiến",
    "Thông",
    "Khoa",
)

GIVEN_FEMALE: tuple[str, ...] = (
    "Hương",
    "Lan",
    "Hoa",
    "Mai",
    "Linh",
    "Trang",
    "Thảo",
    "Hằng",
    "Ngọc",
    "Quỳnh",
    "Nhung",
    "Yến",
    "Loan",
    "Thủy",
    "Hà",
    "Hạnh",
    "Huyền",
    "Liên",
    "Oanh",
    "Dung",
    "Phượng",
    "Vân",
    "Chi",
    "Anh",
    "Nga",
    "Thu",
    "Hiền",
    "Tuyết",
    "Xuân",
    "Giang",
    "Thơm",
    "Lụa",
)

STREETS: tuple[str, ...] = (
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Quang Trung",
    "Hùng Vương",
    "Nguyễn Huệ",
    "Phan Đình Phùng",
    "Lê Duẩn",
    "Võ Nguyên Giáp",
    "Nguyễn Văn Cừ",
    "Điện Biên Phủ",
    "Bà Triệu",
    "Hoàng Diệu",
    "Phan Chu Trinh",
    "Lê Thánh Tông",
    "Trần Phú",
    "Nguyễn Du",
    "Ngô Quyền",
    "Đinh Tiên Hoàng",
    "Chu Văn An",
    "Tôn Đức Thắng",
    "Lạc Long Quân",
    "Âu Cơ",
    "30 Tháng 4",
    "Lê Hồng Phong",
    "Nguyễn Thái Học",
    "Phạm Ngũ Lão",
    "Trường Chinh",
    "Nguyễn Chí Thanh",
    "Lê Quý Đôn",
    "Hoàng Văn Thụ",
    "Nguyễn Đình Chiểu",
    "Cách Mạng Tháng Tám",
    "Mạc Đĩnh Chi",
)

HAMLETS: tuple[str, ...] = (
    "Thôn Đông",
    "Thôn Tây",
    "Thôn Trung",
    "Thôn Bắc Sơn",
    "Thôn Nà Pàn",
    "Bản Khe Ló",
    "Thôn Tân Lập",
    "Thôn Đồng Tâm",
    "Thôn Hợp Thành",
    "Bản Pò Mã",
    "Ấp Thạnh Lợi",
    "Ấp Long Hòa",
    "Thôn 3",
    "Thôn 5",
    "Thôn Yên Bình",
    "Xóm Chùa",
    "Xóm Mới",
)

COMPANY_KINDS: tuple[str, ...] = (
    "Công ty TNHH",
    "Công ty cổ phần",
    "Hợp tác xã",
    "Doanh nghiệp tư nhân",
)
COMPANY_NAMES: tuple[str, ...] = (
    "Thương mại Hòa Bình",
    "Xây dựng Thành Đạt",
    "Nông nghiệp Tân Phát",
    "Vận tải Hoàng Long",
    "Đầu tư Phúc Thịnh",
    "Dịch vụ Minh Anh",
    "Khoáng sản Đông Bắc",
    "Chế biến gỗ Trường Sơn",
)

#: First three digits of Vietnamese mobile numbers in use.
MOBILE_PREFIXES: tuple[str, ...] = (
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "086",
    "096",
    "097",
    "098",
    "070",
    "076",
    "077",
    "078",
    "079",
    "089",
    "090",
    "093",
    "081",
    "082",
    "083",
    "084",
    "085",
    "088",
    "091",
    "094",
    "056",
    "058",
    "059",
)

#: Job titles of officials who are the subject of a denunciation.
OFFICIAL_TITLES: tuple[str, ...] = (
    "cán bộ địa chính - xây dựng",
    "Chủ tịch",
    "Phó Chủ tịch",
    "công chức tư pháp - hộ tịch",
    "trưởng thôn",
    "công chức văn phòng - thống kê",
    "cán bộ phụ trách lao động - thương binh và xã hội",
    "kế toán ngân sách",
)

#: Petition texts by (kind, field root). Placeholders: {so} number, {ngay} date,
#: {dv} unit name, {thua} parcel, {to} map sheet, {dt} area, {duong} street,
#: {nguoi} a person's name, {cv} an official's title, {tien} an amount.
TEMPLATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("khieu_nai", "DD"): (
        "Khiếu nại Quyết định số {so}/QĐ-UBND ngày {ngay} của Chủ tịch {dv} về việc thu hồi "
        "đất, bồi thường, hỗ trợ tái định cư đối với thửa đất số {thua}, tờ bản đồ số {to}",
        "Khiếu nại việc {dv} không bồi thường phần diện tích {dt} m² đất vườn liền kề khi thu "
        "hồi đất thực hiện dự án mở rộng đường {duong}",
        "Khiếu nại việc từ chối cấp giấy chứng nhận quyền sử dụng đất đối với thửa đất số "
        "{thua}, tờ bản đồ số {to} mà gia đình sử dụng ổn định từ năm {nam}",
        "Khiếu nại Quyết định số {so}/QĐ-UBND ngày {ngay} về giá đất tính tiền bồi thường "
        "thấp hơn giá thị trường",
    ),
    ("khieu_nai", "NO"): (
        "Khiếu nại Quyết định số {so}/QĐ-XPHC ngày {ngay} xử phạt vi phạm hành chính về "
        "trật tự xây dựng tại nhà số {thua} đường {duong}",
        "Khiếu nại Quyết định cưỡng chế tháo dỡ công trình phụ xây dựng năm {nam} trên đất "
        "nông nghiệp",
    ),
    ("khieu_nai", "CS"): (
        "Khiếu nại việc {dv} không giải quyết chế độ trợ cấp cho thân nhân liệt sĩ theo hồ sơ "
        "nộp ngày {ngay}",
        "Khiếu nại Quyết định số {so}/QĐ-UBND ngày {ngay} cắt trợ cấp xã hội hằng tháng",
        "Khiếu nại việc chậm chi trả tiền lương và bảo hiểm xã hội với số tiền {tien} đồng",
    ),
    ("khieu_nai", "MT"): (
        "Khiếu nại Quyết định số {so}/QĐ-XPHC ngày {ngay} xử phạt về bảo vệ môi trường đối "
        "với cơ sở chăn nuôi của gia đình",
    ),
    ("khieu_nai", "TP"): (
        "Khiếu nại Quyết định cưỡng chế thi hành án số {so}/QĐ-CCTHADS ngày {ngay}",
        "Khiếu nại việc từ chối đăng ký khai sinh cho con tại {dv}",
    ),
    ("khieu_nai", "TH"): (
        "Khiếu nại Thông báo nộp tiền sử dụng đất số {so}/TB-CCT ngày {ngay} với số tiền "
        "{tien} đồng",
    ),
    ("to_cao", "CB"): (
        "Tố cáo ông (bà) {nguoi}, {cv} {dv} có hành vi nhận tiền của người dân khi làm thủ tục "
        "cấp giấy chứng nhận quyền sử dụng đất",
        "Tố cáo {cv} {dv} lợi dụng chức vụ, quyền hạn lập hồ sơ khống để chiếm đoạt tiền hỗ "
        "trợ {tien} đồng",
        "Tố cáo ông (bà) {nguoi}, {cv} vi phạm quy định trong việc bình xét hộ nghèo năm {nam}",
        "Tố cáo việc thu các khoản đóng góp trái quy định của nhân dân tại thôn do ông (bà) "
        "{nguoi} thực hiện",
    ),
    ("to_cao", "DD"): (
        "Tố cáo ông (bà) {nguoi}, {cv} {dv} giao đất trái thẩm quyền tại thửa đất số {thua}, "
        "tờ bản đồ số {to}",
        "Tố cáo sai phạm trong việc lập phương án bồi thường dự án đường {duong}, kê khống "
        "diện tích {dt} m²",
    ),
    ("to_cao", "MT"): (
        "Tố cáo việc cán bộ {dv} bao che cho hoạt động khai thác cát trái phép trên sông",
    ),
    ("kien_nghi", "DD"): (
        "Kiến nghị {dv} sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân tại khu "
        "tái định cư đường {duong}",
        "Kiến nghị xem xét lại đơn giá bồi thường cây trồng, vật nuôi khi thu hồi đất",
    ),
    ("kien_nghi", "CS"): (
        "Kiến nghị xem xét công nhận người hoạt động kháng chiến bị nhiễm chất độc hóa học "
        "đối với ông (bà) {nguoi}",
        "Kiến nghị hỗ trợ hộ gia đình bị thiệt hại do mưa lũ tháng {thang} năm {nam}",
    ),
    ("kien_nghi", "HC"): (
        "Kiến nghị rút ngắn thời gian giải quyết thủ tục hành chính tại bộ phận một cửa {dv}",
        "Kiến nghị bổ sung hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công",
    ),
    ("kien_nghi", "GD"): (
        "Kiến nghị bố trí thêm phòng học cho điểm trường thôn, hiện học sinh phải học ghép",
    ),
    ("kien_nghi", "YT"): ("Kiến nghị cử thêm bác sĩ về trạm y tế {dv}",),
    ("phan_anh", "MT"): (
        "Phản ánh cơ sở sản xuất gây ô nhiễm tiếng ồn, khói bụi tại đường {duong}",
        "Phản ánh tình trạng đổ trộm rác thải, phế thải xây dựng ven đường {duong}",
        "Phản ánh nước thải chưa qua xử lý chảy ra kênh tưới tiêu của thôn",
    ),
    ("phan_anh", "NO"): (
        "Phản ánh công trình xây dựng không phép, lấn chiếm vỉa hè tại số {thua} đường {duong}",
        "Phản ánh tình trạng xuống cấp của nhà chung cư, nguy cơ mất an toàn",
    ),
    ("phan_anh", "CB"): (
        "Phản ánh thái độ thiếu tôn trọng của công chức tiếp nhận hồ sơ tại {dv}",
        "Phản ánh việc trả kết quả thủ tục hành chính chậm {so} ngày so với giấy hẹn",
    ),
    ("phan_anh", "YT"): ("Phản ánh việc thu tiền dịch vụ y tế không đúng quy định",),
    ("phan_anh", "HC"): (
        "Phản ánh việc yêu cầu nộp thêm giấy tờ ngoài quy định khi làm thủ tục tại {dv}",
    ),
}

#: Respondent (người bị khiếu nại/tố cáo) wording by kind; {dv} is the unit name.
RESPONDENTS: dict[str, str] = {
    "khieu_nai": "Chủ tịch {dv}",
    "to_cao": "{cv} {dv}",
    "kien_nghi": "",
    "phan_anh": "",
}

#: Places for dialogues.
DIALOGUE_PLACES: tuple[str, ...] = (
    "Phòng họp trụ sở {dv}",
    "Trụ sở Ban Tiếp công dân",
    "Hội trường {dv}",
)

#: Reasons for suspending a case (tạm đình chỉ).
PAUSE_REASONS: tuple[str, ...] = (
    "Chờ kết quả giải quyết của Tòa án có liên quan",
    "Người khiếu nại ốm đau, chưa thể tham gia đối thoại",
    "Chờ kết quả giám định của cơ quan chuyên môn",
    "Chờ ý kiến của cơ quan có thẩm quyền về nội dung liên quan",
)

SAMPLE_NOTE = "DỮ LIỆU MẪU — không phải dữ liệu thật"
