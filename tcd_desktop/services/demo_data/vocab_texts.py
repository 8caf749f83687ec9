"""Petition texts of the sample data by case kind and field, respondents, places (see vocab)."""

from __future__ import annotations

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
