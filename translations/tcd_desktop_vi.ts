<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(bundle)</source>
        <translation>(bản đóng gói)</translation>
    </message>
    <message>
        <source>(source)</source>
        <translation>(mã nguồn)</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Hệ điều hành: %1</translation>
    </message>
    <message>
        <source>Database: %1; schema %2</source>
        <translation>Cơ sở dữ liệu: %1; lược đồ %2</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Vị trí: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Log folder: %1</source>
        <translation>Thư mục nhật ký: %1</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Tài nguyên: %1</translation>
    </message>
    <message>
        <source>About TCD Desktop</source>
        <translation>Thông tin về TCD Desktop</translation>
    </message>
    <message>
        <source>Citizen reception, complaints, denunciations, petitions and feedback for reception offices.</source>
        <translation>Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh cho các cơ quan tiếp công dân.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Python / PySide6 / Qt</source>
        <translation>Python / PySide6 / Qt</translation>
    </message>
    <message>
        <source>Database engine</source>
        <translation>Hệ quản trị cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>(not open)</source>
        <translation>(chưa mở)</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Thư mục nhật ký</translation>
    </message>
    <message>
        <source>Copy diagnostic information</source>
        <translation>Sao chép thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to the support team.</source>
        <translation>Đã sao chép. Dán vào thư gửi bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept</source>
        <extracomment>looks a case up by its code (background thread) → its id or None</extracomment>
        <translation>Thụ lý</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <source>Second time</source>
        <translation>Lần hai</translation>
    </message>
    <message>
        <source>e.g. LS-01-2026-000123</source>
        <translation>ví dụ LS-01-2026-000123</translation>
    </message>
    <message>
        <source>Code of the first case:</source>
        <translation>Mã vụ việc lần đầu:</translation>
    </message>
    <message>
        <source>Complex case</source>
        <translation>Vụ việc phức tạp</translation>
    </message>
    <message>
        <source>Complexity criteria</source>
        <translation>Tiêu chí phức tạp</translation>
    </message>
    <message>
        <source>Document stating the grounds for finding the case complex</source>
        <translation>Văn bản nêu rõ căn cứ xác định vụ việc phức tạp</translation>
    </message>
    <message>
        <source>Especially complex (denunciations only)</source>
        <translation>Đặc biệt phức tạp (chỉ tố cáo)</translation>
    </message>
    <message>
        <source>Remote area, hard to travel</source>
        <translation>Vùng sâu, vùng xa, đi lại khó khăn</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Acceptance date:</source>
        <translation>Ngày thụ lý:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Giải quyết:</translation>
    </message>
    <message>
        <source>Written grounds:</source>
        <translation>Căn cứ bằng văn bản:</translation>
    </message>
    <message>
        <source>Assigned officer:</source>
        <translation>Cán bộ được giao:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Acceptance date</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <source>A second complaint must give the code of the case resolved the first time.</source>
        <translation>Khiếu nại lần hai phải ghi mã vụ việc giải quyết lần đầu.</translation>
    </message>
    <message>
        <source>No case has the code %1.</source>
        <translation>Không tìm thấy vụ việc có mã %1.</translation>
    </message>
</context>
<context>
    <name>AdminUsersPage</name>
    <message>
        <source>Only a system administrator account may manage user accounts.</source>
        <translation>Chỉ tài khoản quản trị hệ thống được quản lý tài khoản người dùng.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>Show inactive accounts too</source>
        <translation>Hiện cả tài khoản ngừng hoạt động</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Tài khoản đã chọn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Save roles and unit</source>
        <translation>Lưu vai trò và đơn vị</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation>Mở khoá đăng nhập</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Agency, unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>— No unit —</source>
        <translation>— Không thuộc đơn vị —</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Kích hoạt lại</translation>
    </message>
    <message>
        <source>Roles and unit saved</source>
        <translation>Đã lưu vai trò và đơn vị</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Đã kích hoạt lại</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Đã mở khoá</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Đã đặt lại mật khẩu của %1.</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Đã tạo tài khoản %1.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Lỗi không mong muốn.</translation>
    </message>
</context>
<context>
    <name>AgentFrame</name>
    <message>
        <source>Full name of the representative</source>
        <extracomment>The capacities an agent may come in (a delegation&apos;s members are listed elsewhere).</extracomment>
        <translation>Họ tên người đại diện</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Proof of standing: certified power of attorney No.…, lawyer card No.…</source>
        <translation>Giấy tờ chứng minh: giấy ủy quyền có chứng thực số…, thẻ luật sư số…</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Tư cách</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Proof of standing *</source>
        <translation>Giấy tờ chứng minh *</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>Added</source>
        <extracomment>The whole :class:`~tcd_desktop.services.attachments.AttachmentInfo` of the row.</extracomment>
        <translation>Ngày lưu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Kept with</source>
        <translation>Lưu theo</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Mã kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Shows the denouncer&apos;s identity: restricted</source>
        <translation>Có danh tính người tố cáo: hạn chế truy cập</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Giữ bí mật</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Đơn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lượt tiếp</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Add file…</source>
        <extracomment>(file id, what to do with the bytes) -&gt; the page reads the file in the background (path, sealed, what to do with the kept file) -&gt; the page stores it in the background case kinds whose files are kept secret unless the user says otherwise the path a file was written to for opening (tests) the path a copy was saved to the file kept (an AttachmentInfo)</extracomment>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Shows the denouncer&apos;s identity (keep secret)</source>
        <translation>Có danh tính người tố cáo (giữ bí mật)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>No file is kept with this case yet.</source>
        <translation>Vụ việc chưa có tài liệu đính kèm nào.</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Thêm tài liệu vào hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No backup yet: ask the administrator</source>
        <translation>Chưa có bản sao lưu: hãy báo quản trị viên</translation>
    </message>
    <message>
        <source>Last backup older than %1 days: ask the administrator</source>
        <translation>Bản sao lưu gần nhất đã quá %1 ngày: hãy báo quản trị viên</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Sao lưu cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Automatic at start (once a day) and before every upgrade; keeps %1 daily, %2 weekly and %3 monthly backups.</source>
        <translation>Tự động khi mở phần mềm (mỗi ngày một lần) và trước mỗi lần nâng cấp; giữ %1 bản theo ngày, %2 bản theo tuần và %3 bản theo tháng.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Lần sao lưu gần nhất:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Lịch sao lưu:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation>Dấu neo nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>The anchor is the end of the audit trail at this moment. Every backup writes it beside the backup file. Print it or copy it and keep it away from this computer: &apos;tcd-desktop audit verify --anchor&apos; then proves that no entry made before it was changed, removed or added since.</source>
        <translation>Dấu neo là điểm cuối của nhật ký kiểm tra tại thời điểm này. Mỗi lần sao lưu, dấu neo được ghi cạnh tệp sao lưu. Hãy in hoặc chép lại và cất ở nơi khác ngoài máy tính này: lệnh &apos;tcd-desktop audit verify --anchor&apos; sẽ chứng minh không mục nào ghi trước đó bị sửa, xoá hay thêm vào.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Phục hồi từ bản sao lưu</translation>
    </message>
    <message>
        <source>1. Close TCD Desktop on every computer that uses this database.
2. On this computer, as an administrator, run:
    tcd-desktop restore BACKUP-FILE --user YOUR-NAME --password-stdin
3. The backup is checked first (integrity, version); a backup from a newer version is refused. The data it replaces is kept beside the database file (….replaced-DATE).
4. Open TCD Desktop again and check the latest visits; enter again what was recorded after the backup was made.</source>
        <translation>1. Đóng TCD Desktop trên mọi máy đang dùng cơ sở dữ liệu này.
2. Trên máy này, với tài khoản quản trị, chạy lệnh:
    tcd-desktop restore TỆP-SAO-LƯU --user TÊN-ĐĂNG-NHẬP --password-stdin
3. Bản sao lưu được kiểm tra trước (toàn vẹn, phiên bản); bản sao lưu của phiên bản mới hơn bị từ chối. Dữ liệu bị thay thế được giữ lại cạnh tệp cơ sở dữ liệu (….replaced-NGÀY).
4. Mở lại TCD Desktop, kiểm tra các lượt tiếp gần nhất; nhập lại những gì đã ghi sau thời điểm sao lưu.</translation>
    </message>
    <message>
        <source>Only an administrator can make backups.</source>
        <translation>Chỉ quản trị viên được sao lưu dữ liệu.</translation>
    </message>
    <message>
        <source>none yet in this folder</source>
        <translation>chưa có bản nào trong thư mục này</translation>
    </message>
    <message>
        <source>(older than %1 days: back up now)</source>
        <translation>(đã quá %1 ngày: hãy sao lưu ngay)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Backup folder (a USB disk or a network share)</source>
        <translation>Thư mục sao lưu (ổ USB hoặc thư mục dùng chung trên mạng)</translation>
    </message>
</context>
<context>
    <name>BoardFilterBar</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>This unit only</source>
        <translation>Chỉ đơn vị này</translation>
    </message>
    <message>
        <source>Leave out the cases of the unit&apos;s child units</source>
        <translation>Không tính vụ việc của các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <source>Closed on time / closed late count the cases closed in this period</source>
        <translation>Cột đã giải quyết đúng hạn / quá hạn chỉ đếm vụ việc kết thúc trong kỳ này</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại đơn</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>Show only cases with any of the ticked marks</source>
        <translation>Chỉ hiện vụ việc có ít nhất một dấu hiệu đã chọn</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Nhận từ ngày</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Dấu hiệu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Closed in</source>
        <extracomment>&quot;closed in &lt;period&gt;&quot;: the page shows it in its header row, where there is room</extracomment>
        <translation>Kết thúc trong</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Case board</source>
        <extracomment>ChangeBus entities that can move a card (a case, its citizen, its officer, its unit). the cards of a load are painted (the counts may still be on their way) a load is complete: cards and counts (tests, benchmarks)</extracomment>
        <translation>Bảng vụ việc</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Tồn đọng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 cases · as of %2</source>
        <translation>%1 vụ việc · tính đến %2</translation>
    </message>
    <message>
        <source>Could not load the case board.</source>
        <translation>Không tải được bảng vụ việc.</translation>
    </message>
    <message>
        <source>Could not load more cases.</source>
        <translation>Không tải thêm được vụ việc.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working…</source>
        <extracomment>An operation shorter than this shows no indicator at all. How often the waiting loop looks whether the start-up work is done.</extracomment>
        <translation>Đang xử lý…</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Calendar days</source>
        <translation>Lịch ngày nghỉ</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm việc (làm bù)</translation>
    </message>
    <message>
        <source>Remove the office&apos;s entry</source>
        <translation>Xoá ngày do cơ quan nhập</translation>
    </message>
    <message>
        <source>Confirm as officially announced</source>
        <translation>Xác nhận đã được công bố chính thức</translation>
    </message>
    <message>
        <source>e.g. Make-up day for National Day</source>
        <translation>ví dụ: Nghỉ bù Quốc khánh</translation>
    </message>
    <message>
        <source>Estimate, not yet officially announced</source>
        <translation>Ngày dự kiến, chưa được công bố chính thức</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên ngày nghỉ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Every open case&apos;s due dates are recomputed; the cases whose dates moved are listed afterwards.</source>
        <translation>Hạn giải quyết của mọi vụ việc đang mở sẽ được tính lại; sau đó hiện danh sách các vụ việc bị đổi hạn.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Could not change the calendar.</source>
        <translation>Không thay đổi được lịch ngày nghỉ.</translation>
    </message>
</context>
<context>
    <name>CalendarStep</name>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Days off of %1 and %2 used to count the legal time limits. Check them against this year&apos;s announcement; the administrator can add a compensatory day off or a make-up Saturday later.</source>
        <translation>Các ngày nghỉ năm %1 và %2 dùng để tính thời hạn theo luật. Hãy đối chiếu với thông báo nghỉ lễ của năm; sau này quản trị viên có thể thêm ngày nghỉ bù hoặc ngày làm bù.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên ngày nghỉ</translation>
    </message>
    <message>
        <source>Working day (make-up): %1</source>
        <translation>Ngày làm bù: %1</translation>
    </message>
    <message>
        <source>The calendar is right, continue</source>
        <translation>Lịch đúng, tiếp tục</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Not assigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 quá hạn từ %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 hạn %2</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>The form “%1” has not been recorded.</source>
        <translation>Biểu mẫu “%1” chưa được ghi nhận.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>No case selected</source>
        <extracomment>ChangeBus entities that change what this page shows. emitted after each load has been shown (tests, benchmarks) the case id shown (after a load) the redacted preview of a public version was opened (a PublicationPreviewDialog)</extracomment>
        <translation>Chưa chọn vụ việc</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến giải quyết</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>second complaint</source>
        <translation>khiếu nại lần hai</translation>
    </message>
    <message>
        <source>Could not load the case.</source>
        <translation>Không tải được vụ việc.</translation>
    </message>
    <message>
        <source>Reveal the denouncer&apos;s identity</source>
        <translation>Xem danh tính người tố cáo</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail):</source>
        <translation>Lý do (được ghi vào nhật ký kiểm tra):</translation>
    </message>
    <message>
        <source>Could not open the document.</source>
        <translation>Không mở được văn bản.</translation>
    </message>
    <message>
        <source>Could not generate the document.</source>
        <translation>Không lập được văn bản.</translation>
    </message>
    <message>
        <source>Could not open the file.</source>
        <translation>Không mở được tệp.</translation>
    </message>
    <message>
        <source>Could not keep the file.</source>
        <translation>Không lưu được tệp.</translation>
    </message>
</context>
<context>
    <name>CaseParties</name>
    <message>
        <source>Complainant</source>
        <extracomment>Who the main person of a case is, by case kind (the identity service calls them all &quot;denouncer&quot;); English sources of the ``CaseParties`` translation context.</extracomment>
        <translation>Người khiếu nại</translation>
    </message>
    <message>
        <source>Denouncer</source>
        <translation>Người tố cáo</translation>
    </message>
    <message>
        <source>Petitioner (recommendation)</source>
        <translation>Người kiến nghị</translation>
    </message>
    <message>
        <source>Petitioner (report)</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Người cung cấp thông tin</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <source>Anonymous (sender unknown)</source>
        <translation>Nặc danh (không rõ người gửi)</translation>
    </message>
    <message>
        <source>Denouncer (identity kept secret)</source>
        <translation>Người tố cáo (được giữ bí mật)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <extracomment>Native value to sort by (dates as dates, days as ints).</extracomment>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Số ngày làm việc còn lại</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Dấu hiệu</translation>
    </message>
</context>
<context>
    <name>CaseTableWidget</name>
    <message>
        <source>Open cases marked complex, long-running or mass, for review.</source>
        <extracomment>``(window, sort key, descending, after, limit) -&gt; (window, page, total)``: where the rows come from (the board&apos;s table by default; the dashboard&apos;s drill-down gives its own).</extracomment>
        <translation>Các vụ việc đang giải quyết có dấu hiệu phức tạp, kéo dài hoặc đông người, cần rà soát.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Load every case of the filter (scrolling down loads them page by page).</source>
        <translation>Tải mọi vụ việc theo bộ lọc (cuộn xuống cũng tải thêm từng trang).</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Every case of the filter, not only those shown.</source>
        <translation>Mọi vụ việc theo bộ lọc, không chỉ những vụ việc đang hiện.</translation>
    </message>
    <message>
        <source>Could not load the cases.</source>
        <translation>Không tải được danh sách vụ việc.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>Đang hiện %1 trên %2 vụ việc</translation>
    </message>
    <message>
        <source>Export the backlog</source>
        <translation>Xuất danh sách tồn đọng</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Xuất danh sách vụ việc</translation>
    </message>
    <message>
        <source>backlog.xlsx</source>
        <translation>vu-viec-ton-dong.xlsx</translation>
    </message>
    <message>
        <source>case-list.xlsx</source>
        <translation>danh-sach-vu-viec.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation>Đã xuất %1 vụ việc ra %2</translation>
    </message>
    <message>
        <source>Could not export the cases.</source>
        <translation>Không xuất được danh sách vụ việc.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Exporting the backlog</source>
        <translation>Đang xuất danh sách tồn đọng</translation>
    </message>
    <message>
        <source>Exporting the cases</source>
        <translation>Đang xuất danh sách vụ việc</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>Đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Đã giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Đông người</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Nhiều lần</translation>
    </message>
    <message>
        <source>Long-running</source>
        <translation>Kéo dài</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <extracomment>Accent colour of each deadline state (cards&apos; stripe, column headers, table text).</extracomment>
        <translation>Đã kết thúc %1</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Đang tạm dừng tính thời hạn</translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation>Tạm dừng từ %1</translation>
    </message>
    <message>
        <source>No due date yet</source>
        <translation>Chưa có hạn giải quyết</translation>
    </message>
    <message>
        <source>%1 working days overdue</source>
        <translation>Quá hạn %1 ngày làm việc</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>Còn %1 ngày làm việc</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>Ít nhất 8 ký tự, có chữ và số</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>Unexpected error; it was logged.</source>
        <translation>Lỗi không mong muốn; đã ghi vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu ảnh PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CitizenSearchBox</name>
    <message>
        <source>Find a citizen: full name (typing without diacritics works), or the whole ID card number, or a phone number</source>
        <translation>Tìm công dân: họ tên (gõ không dấu được), hoặc đủ số CCCD/CMND, số điện thoại</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Lỗi khi tìm kiếm</translation>
    </message>
</context>
<context>
    <name>CitizenSection</name>
    <message>
        <source>Name too short</source>
        <translation>Họ tên quá ngắn</translation>
    </message>
    <message>
        <source>Year of birth has 4 digits, e.g. 1975</source>
        <translation>Năm sinh gồm 4 chữ số, ví dụ 1975</translation>
    </message>
    <message>
        <source>Year of birth must be from 1900 to %1</source>
        <translation>Năm sinh phải từ 1900 đến %1</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>1. Denouncer (kept confidential)</source>
        <translation>1. Người tố cáo (được giữ bí mật)</translation>
    </message>
    <message>
        <source>1. Citizen presenting the matter</source>
        <translation>1. Công dân đến trình bày</translation>
    </message>
    <message>
        <source>Full name, with diacritics</source>
        <translation>Họ và tên đầy đủ, có dấu</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>House number, street, village/hamlet/residential group</source>
        <translation>Số nhà, đường, thôn/xóm/tổ dân phố</translation>
    </message>
    <message>
        <source>Commune/ward/special zone</source>
        <translation>Xã/phường/đặc khu</translation>
    </message>
    <message>
        <source>— Province/city —</source>
        <translation>— Tỉnh/thành phố —</translation>
    </message>
    <message>
        <source>Denunciation: the details of the denouncer are kept confidential (Articles 47, 48 of the Law on Denunciation). Lists and the register only show “Denouncer (kept confidential)”.</source>
        <translation>Nội dung tố cáo: thông tin người tố cáo được giữ bí mật (Điều 47, 48 Luật Tố cáo). Danh sách và sổ tiếp chỉ hiện “Người tố cáo (được giữ bí mật)”.</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>ID paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Paper no.</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Province/city</source>
        <translation>Tỉnh/TP</translation>
    </message>
    <message>
        <source>Enter another citizen</source>
        <translation>Nhập công dân khác</translation>
    </message>
    <message>
        <source>The person who came is a representative, authorised person or lawyer of the citizen</source>
        <translation>Người đến là người đại diện, người được ủy quyền hoặc luật sư của công dân</translation>
    </message>
    <message>
        <source>Citizen already on file (%1 visits). Changes made here update the file.</source>
        <translation>Hồ sơ công dân đã có (%1 lần đến). Thông tin sửa ở đây sẽ cập nhật hồ sơ.</translation>
    </message>
    <message>
        <source>Denouncer already on file — the identity is kept confidential and not shown.</source>
        <translation>Người tố cáo đã có trong hồ sơ — danh tính được giữ bí mật, không hiển thị.</translation>
    </message>
    <message>
        <source>Citizen already on file. Changes made here update the file.</source>
        <translation>Hồ sơ công dân đã có. Thông tin sửa ở đây sẽ cập nhật hồ sơ.</translation>
    </message>
</context>
<context>
    <name>CitizenSuggestModel</name>
    <message>
        <source>born %1</source>
        <translation>sinh %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>Số GT %1</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>ĐT %1</translation>
    </message>
    <message>
        <source>%n visit(s)</source>
        <translation>%n lần đến</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>a window asks each guard before closing; a guard returns False to keep the window open</extracomment>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save before closing?</source>
        <translation>Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Another desk saved this record first</source>
        <translation>Bàn khác đã lưu bản ghi này trước</translation>
    </message>
    <message>
        <source>While you were editing, another desk saved %1 (now version %2). Nothing of yours was saved and everything you typed is still in the form. Choose, for each field, which value to keep; then save again.</source>
        <translation>Trong lúc đồng chí đang sửa, một bàn khác đã lưu %1 (nay là phiên bản %2). Phần của đồng chí chưa được lưu và mọi thông tin đã nhập vẫn còn trên phiếu. Hãy chọn giữ giá trị nào cho từng trường, rồi lưu lại.</translation>
    </message>
    <message>
        <source>While you were working, another desk moved %1 on (now version %2). Your step was not recorded and what you entered is kept. Record it anyway on the case as it is now, or drop it and look at the other desk&apos;s change.</source>
        <translation>Trong lúc đồng chí đang thao tác, một bàn khác đã cập nhật %1 (nay là phiên bản %2). Bước của đồng chí chưa được ghi nhận và thông tin đã nhập vẫn được giữ. Đồng chí có thể vẫn ghi nhận bước này trên vụ việc như hiện nay, hoặc bỏ bước này để xem thay đổi của bàn khác.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <source>Your change (this desk)</source>
        <translation>Thay đổi của đồng chí (bàn này)</translation>
    </message>
    <message>
        <source>Saved by the other desk</source>
        <translation>Bàn khác đã lưu</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>Giữ của &amp;tôi</translation>
    </message>
    <message>
        <source>Keep every value you typed</source>
        <translation>Giữ mọi giá trị đồng chí đã nhập</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Lấy của &amp;bàn khác</translation>
    </message>
    <message>
        <source>Use every value the other desk saved</source>
        <translation>Dùng mọi giá trị bàn khác đã lưu</translation>
    </message>
    <message>
        <source>M&amp;erge as chosen</source>
        <translation>&amp;Kết hợp theo lựa chọn</translation>
    </message>
    <message>
        <source>Keep the value chosen on each row</source>
        <translation>Giữ giá trị đã chọn ở từng dòng</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>The record is saved only when you press Save in the form.</source>
        <translation>Hồ sơ chỉ được lưu khi đồng chí nhấn Lưu trên phiếu.</translation>
    </message>
    <message>
        <source>Record &amp;mine anyway</source>
        <translation>Vẫn ghi nhận bước của &amp;tôi</translation>
    </message>
    <message>
        <source>Record your step on the case as it is now</source>
        <translation>Ghi nhận bước của đồng chí trên vụ việc như hiện nay</translation>
    </message>
    <message>
        <source>Drop mine, keep &amp;theirs</source>
        <translation>Bỏ bước của tôi, giữ của &amp;bàn khác</translation>
    </message>
    <message>
        <source>Close your step and look at the case again</source>
        <translation>Đóng bước này và xem lại vụ việc</translation>
    </message>
    <message>
        <source>Your step is recorded only if you choose to record it.</source>
        <translation>Bước của đồng chí chỉ được ghi nhận khi đồng chí chọn ghi nhận.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Bàn khác</translation>
    </message>
</context>
<context>
    <name>ConflictSettle</name>
    <message>
        <source>Not saved: another desk changed this citizen&apos;s record. What you typed is kept; press Save to compare again.</source>
        <translation>Chưa lưu: bàn khác đã thay đổi hồ sơ của công dân này. Thông tin đồng chí nhập vẫn được giữ; nhấn Lưu để so sánh lại.</translation>
    </message>
    <message>
        <source>The citizen&apos;s record now holds the values you chose. Press Save to save it.</source>
        <translation>Hồ sơ công dân trên phiếu đã mang các giá trị đồng chí chọn. Nhấn Lưu để lưu lại.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The connection to the office server was lost. What you have typed is kept; do not close the window. Reconnecting automatically…</source>
        <translation>Mất kết nối tới máy chủ của cơ quan. Thông tin đang nhập vẫn được giữ; đừng đóng cửa sổ. Đang tự động kết nối lại…</translation>
    </message>
    <message>
        <source>Connected to the office server again. Screens are being refreshed; you can save now.</source>
        <translation>Đã kết nối lại với máy chủ của cơ quan. Các màn hình đang được làm mới; đồng chí có thể lưu ngay.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>TCD Desktop ran into an unexpected error. What you saved before is safe. Please copy the report below and send it to your IT administrator.</source>
        <translation>TCD Desktop gặp lỗi không mong muốn. Những gì đã lưu trước đó vẫn an toàn. Vui lòng sao chép báo cáo dưới đây và gửi cho cán bộ quản trị hệ thống.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Sao chép báo cáo</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciations</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <source>Petitions, feedback</source>
        <translation>Kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Received (light) and resolved (dark) per month, by kind</source>
        <translation>Tiếp nhận (màu nhạt) và đã giải quyết (màu đậm) theo tháng, theo loại</translation>
    </message>
    <message>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>Resolved on time per month (%)</source>
        <translation>Tỷ lệ giải quyết đúng hạn theo tháng (%)</translation>
    </message>
    <message>
        <source>On time ÷ resolved in the month</source>
        <translation>Đúng hạn ÷ đã giải quyết trong tháng</translation>
    </message>
    <message>
        <source>Open cases per officer: overdue, due soon, other</source>
        <translation>Vụ việc đang giải quyết theo cán bộ: quá hạn, sắp đến hạn, còn lại</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Other open</source>
        <translation>Còn lại</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Supervisor&apos;s dashboard</source>
        <extracomment>the table has been painted (tests, benchmarks) the medians and charts have been painted</extracomment>
        <translation>Bảng tổng hợp, theo dõi</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Overdue radar</source>
        <translation>Quá hạn theo thời gian</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Thời gian giải quyết</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Rating %1: weights and grade thresholds are data (resources/rating). Hover a reason to read it in full.</source>
        <translation>Bộ tiêu chí %1: trọng số và ngưỡng xếp loại là dữ liệu (resources/rating). Di chuột lên lý do để đọc đầy đủ.</translation>
    </message>
    <message>
        <source>Overdue %1 · closed in period %2 · on time %3</source>
        <translation>Quá hạn %1 · đã giải quyết trong kỳ %2 · đúng hạn %3</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu tính đến %1</translation>
    </message>
    <message>
        <source>Could not load the dashboard.</source>
        <translation>Không tải được bảng tổng hợp.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>No clock yet</source>
        <translation>Chưa tính hạn</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>Đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Đã giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Overdue more than 30 working days</source>
        <translation>Quá hạn trên 30 ngày làm việc</translation>
    </message>
    <message>
        <source>Accepted in the period</source>
        <translation>Thụ lý mới trong kỳ</translation>
    </message>
    <message>
        <source>Mass delegation</source>
        <translation>Đông người</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Tái diễn</translation>
    </message>
    <message>
        <source>Overdue 1–5 working days</source>
        <translation>Quá hạn 1–5 ngày làm việc</translation>
    </message>
    <message>
        <source>Overdue 6–10 working days</source>
        <translation>Quá hạn 6–10 ngày làm việc</translation>
    </message>
    <message>
        <source>Overdue 11–30 working days</source>
        <translation>Quá hạn 11–30 ngày làm việc</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>First start — where the data is kept</source>
        <translation>Thiết lập lần đầu — nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>Choose where this computer keeps the office&apos;s data. One desk alone: this computer only. Several desks sharing the same data: the office server.</source>
        <translation>Chọn nơi máy này lưu dữ liệu của cơ quan. Chỉ một bàn tiếp: chọn “Chỉ máy này”. Nhiều bàn tiếp dùng chung dữ liệu: chọn “Máy chủ của cơ quan”.</translation>
    </message>
    <message>
        <source>Only this computer (a data file)</source>
        <translation>Chỉ máy này (một tệp dữ liệu)</translation>
    </message>
    <message>
        <source>The office server (PostgreSQL)</source>
        <translation>Máy chủ của cơ quan (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or may-chu</source>
        <translation>ví dụ: 192.168.1.10 hoặc may-chu</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Encrypt the data file (laptops)</source>
        <translation>Mã hoá tệp dữ liệu (máy xách tay)</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>The passphrase is asked for at every start and is stored nowhere: without it the data (and its backups) cannot be read by anyone, the office included.</source>
        <translation>Cụm mật khẩu được hỏi mỗi lần khởi động và không được lưu ở đâu cả: thiếu nó thì không ai đọc được dữ liệu (và các bản sao lưu), kể cả cơ quan.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>This installation has no encryption component (sqlcipher3).</source>
        <translation>Bản cài đặt này không có thành phần mã hoá (sqlcipher3).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>The folder already holds an unencrypted data file (%1): choose another folder, or encrypt that file with “tcd-desktop db encrypt”.</source>
        <translation>Thư mục đã có một tệp dữ liệu chưa mã hoá (%1): chọn thư mục khác, hoặc mã hoá tệp đó bằng lệnh “tcd-desktop db encrypt”.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation>Nhập tên hoặc địa chỉ IP của máy chủ.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối tới máy chủ…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <source>Cannot use the folder %1: %2</source>
        <translation>Không dùng được thư mục %1: %2</translation>
    </message>
</context>
<context>
    <name>DeskDocumentsButton</name>
    <message>
        <source>Other documents…</source>
        <translation>Văn bản khác…</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 số %2</translation>
    </message>
    <message>
        <source>Preparing the %1…</source>
        <translation>Đang lập %1…</translation>
    </message>
</context>
<context>
    <name>DeskLabels</name>
    <message>
        <source>A person intoxicated by stimulants, or with a mental or other illness that takes away their awareness or control of their behaviour</source>
        <extracomment>Grounds for refusing to receive a citizen, by ``RefusalGround.code``.</extracomment>
        <translation>Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi của mình</translation>
    </message>
    <message>
        <source>A person who threatens or insults the body, the reception officer or officials on duty, or otherwise breaks the rules of the reception place</source>
        <translation>Người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người thi hành công vụ hoặc có hành vi khác vi phạm nội quy nơi tiếp công dân</translation>
    </message>
    <message>
        <source>A person who keeps complaining or denouncing about a matter already resolved lawfully, reviewed and notified in writing, after being received, given explanations and guided</source>
        <translation>Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài</translation>
    </message>
    <message>
        <source>Another case provided by law (state the legal basis)</source>
        <translation>Trường hợp khác theo quy định của pháp luật (ghi rõ căn cứ)</translation>
    </message>
    <message>
        <source>Carries weapons, explosives or support tools, or refuses the security check</source>
        <translation>Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc không chấp hành việc kiểm tra an ninh</translation>
    </message>
    <message>
        <source>Records sound or video, or streams live at the reception place without permission</source>
        <translation>Ghi âm, ghi hình, phát trực tiếp tại nơi tiếp công dân khi chưa được phép</translation>
    </message>
    <message>
        <source>Incites, draws others in or disturbs order at the reception place</source>
        <translation>Kích động, lôi kéo, gây rối trật tự tại nơi tiếp công dân</translation>
    </message>
    <message>
        <source>A person without full civil capacity and with no lawful representative</source>
        <translation>Người không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp</translation>
    </message>
    <message>
        <source>A representative or authorised person who cannot show papers proving their standing</source>
        <translation>Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh tư cách</translation>
    </message>
    <message>
        <source>What is presented is not a complaint, denunciation, recommendation or feedback</source>
        <translation>Nội dung trình bày không phải là khiếu nại, tố cáo, kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>The recommendation or feedback was already answered, with no new information or facts</source>
        <translation>Kiến nghị, phản ánh đã được trả lời, không có thông tin, tình tiết mới</translation>
    </message>
    <message>
        <source>The matter was settled by a court judgment or decision in legal effect</source>
        <translation>Vụ việc đã được giải quyết bằng bản án, quyết định của Tòa án đã có hiệu lực pháp luật</translation>
    </message>
    <message>
        <source>The matter is being accepted and resolved by another competent body</source>
        <translation>Vụ việc đang được cơ quan có thẩm quyền khác thụ lý, giải quyết</translation>
    </message>
    <message>
        <source>Same citizen already in the database</source>
        <extracomment>Reasons of the repeat check, by code of ``REASONS`` (``{share}``: &quot;62%&quot;).</extracomment>
        <translation>Cùng công dân đã có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Same identity document number</source>
        <translation>Trùng số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Same full name and address</source>
        <translation>Trùng họ tên và địa chỉ</translation>
    </message>
    <message>
        <source>Similar content ({share} of words in common) against the same person complained against or denounced</source>
        <translation>Nội dung tương tự ({share} từ trùng) với cùng người bị khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Denouncer (kept confidential)</source>
        <extracomment>Phrases of the register&apos;s cells, by code of ``PHRASES`` and ``TEMPLATES``.</extracomment>
        <translation>Người tố cáo (được giữ bí mật)</translation>
    </message>
    <message>
        <source>(kept confidential)</source>
        <translation>(được giữ bí mật)</translation>
    </message>
    <message>
        <source>Citizen refused reception</source>
        <translation>Đã từ chối tiếp công dân</translation>
    </message>
    <message>
        <source>Duplicate or repeated petition</source>
        <translation>Đơn trùng, tái diễn</translation>
    </message>
    <message>
        <source>Group of many people</source>
        <translation>Đoàn đông người</translation>
    </message>
    <message>
        <source>Explained; asked to comply with the resolution&apos;s result</source>
        <translation>Đã giải thích, yêu cầu chấp hành kết quả giải quyết</translation>
    </message>
    <message>
        <source>Case {code}: {status}, decision no. {number}</source>
        <translation>Vụ việc {code}: {status}, quyết định số {number}</translation>
    </message>
    <message>
        <source>Case {code}: {status}</source>
        <translation>Vụ việc {code}: {status}</translation>
    </message>
    <message>
        <source>{status}, processing due {due}</source>
        <translation>{status}, hạn xử lý {due}</translation>
    </message>
    <message>
        <source>Reception refused under {ground}</source>
        <translation>Từ chối tiếp theo {ground}</translation>
    </message>
    <message>
        <source>{body} (document no. {number})</source>
        <translation>{body} (văn bản số {number})</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>No CCCD/CMND number entered</source>
        <extracomment>The checks of ``domain/validators.py`` (shown live as the officer types, and on save).</extracomment>
        <translation>Chưa nhập số CCCD/CMND</translation>
    </message>
    <message>
        <source>A CCCD/CMND number may contain digits only</source>
        <translation>Số CCCD/CMND chỉ được gồm chữ số</translation>
    </message>
    <message>
        <source>A CCCD number has 12 digits (or an old CMND 9 digits); {count} digit(s) entered</source>
        <translation>Số CCCD phải gồm 12 chữ số (hoặc CMND cũ 9 chữ số); đã nhập {count} chữ số</translation>
    </message>
    <message>
        <source>Province code {code} is not valid</source>
        <translation>Mã tỉnh {code} không hợp lệ</translation>
    </message>
    <message>
        <source>Year of birth {year} does not match the CCCD number (the century/year of birth it encodes is {encoded})</source>
        <translation>Năm sinh {year} không khớp với số CCCD (thế kỷ/năm sinh mã hoá là {encoded})</translation>
    </message>
    <message>
        <source>No phone number entered</source>
        <translation>Chưa nhập số điện thoại</translation>
    </message>
    <message>
        <source>Only Vietnamese phone numbers (+84) are accepted</source>
        <translation>Chỉ chấp nhận số điện thoại Việt Nam (+84)</translation>
    </message>
    <message>
        <source>A phone number may contain digits only</source>
        <translation>Số điện thoại chỉ được gồm chữ số</translation>
    </message>
    <message>
        <source>A phone number starts with 0 or +84</source>
        <translation>Số điện thoại phải bắt đầu bằng 0 hoặc +84</translation>
    </message>
    <message>
        <source>A landline number has 11 digits (area code 02x); {count} digit(s) entered</source>
        <translation>Số máy bàn phải gồm 11 chữ số (mã vùng 02x); đã nhập {count} chữ số</translation>
    </message>
    <message>
        <source>The prefix {prefix} has moved to a new prefix (since 2018)</source>
        <translation>Đầu số {prefix} đã chuyển sang đầu số mới (từ năm 2018)</translation>
    </message>
    <message>
        <source>The prefix {prefix} is not valid</source>
        <translation>Đầu số {prefix} không hợp lệ</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; {count} digit(s) entered</source>
        <translation>Số di động phải gồm 10 chữ số; đã nhập {count} chữ số</translation>
    </message>
    <message>
        <source>The chosen citizen is no longer in the database.</source>
        <extracomment>The reception desk (``services/reception/messages.py``).</extracomment>
        <translation>Công dân đã chọn không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No full name entered.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>The full name has at most {limit} characters.</source>
        <translation>Họ và tên tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>The identity document kind is not valid.</source>
        <translation>Loại giấy tờ tùy thân không hợp lệ.</translation>
    </message>
    <message>
        <source>The CCCD number is not valid.</source>
        <translation>Số CCCD không hợp lệ.</translation>
    </message>
    <message>
        <source>A passport number has 6–12 capital letters or digits.</source>
        <translation>Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số.</translation>
    </message>
    <message>
        <source>The address or an identity document of the person presenting is required (Law on Citizen Reception, Article 25(1)).</source>
        <translation>Phải có địa chỉ hoặc giấy tờ tùy thân của người đến trình bày (Luật Tiếp công dân Điều 25 khoản 1).</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>The year of birth must be from 1900 to {year}.</source>
        <translation>Năm sinh phải từ 1900 đến {year}.</translation>
    </message>
    <message>
        <source>The text contains a control character that is not allowed (U+{char}).</source>
        <translation>Nội dung chứa ký tự điều khiển không được phép (mã U+{char}).</translation>
    </message>
    <message>
        <source>The reception desk code has not been set (first-run setup).</source>
        <translation>Chưa thiết lập mã bàn tiếp công dân (thiết lập lần đầu).</translation>
    </message>
    <message>
        <source>The body or unit receiving citizens is not known.</source>
        <translation>Chưa xác định cơ quan, đơn vị tiếp công dân.</translation>
    </message>
    <message>
        <source>The time of reception must include a time zone.</source>
        <translation>Thời điểm tiếp phải kèm múi giờ.</translation>
    </message>
    <message>
        <source>The time of reception may not be later than now.</source>
        <translation>Thời điểm tiếp không được sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>The kind of reception is not valid.</source>
        <translation>Hình thức tiếp không hợp lệ.</translation>
    </message>
    <message>
        <source>Periodic and unscheduled receptions are presided over by the head in person: choose the presiding leader.</source>
        <translation>Tiếp định kỳ, đột xuất phải do người đứng đầu trực tiếp chủ trì: chọn lãnh đạo chủ trì.</translation>
    </message>
    <message>
        <source>The presiding person must be a leader with an active account.</source>
        <translation>Người chủ trì phải là lãnh đạo có tài khoản đang hoạt động.</translation>
    </message>
    <message>
        <source>Online citizen reception applies only from 01/7/2026 (Law 136/2025).</source>
        <translation>Tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/7/2026 (Luật 136/2025).</translation>
    </message>
    <message>
        <source>The reception officer has no active account.</source>
        <translation>Cán bộ tiếp không có tài khoản đang hoạt động.</translation>
    </message>
    <message>
        <source>The number of people must be 1 or more.</source>
        <translation>Số người phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The participant&apos;s standing is not valid.</source>
        <translation>Tư cách người tham gia không hợp lệ.</translation>
    </message>
    <message>
        <source>{role} must show papers proving their standing (letter of introduction, power of attorney, lawyer&apos;s card, document appointing the representative).</source>
        <translation>{role} phải xuất trình giấy tờ chứng minh tư cách (giấy giới thiệu, giấy ủy quyền, thẻ luật sư, văn bản cử người đại diện).</translation>
    </message>
    <message>
        <source>No ground for refusing to receive the citizen was chosen.</source>
        <translation>Chưa chọn căn cứ từ chối tiếp công dân.</translation>
    </message>
    <message>
        <source>This ground ({citation}) applies only from {date}.</source>
        <translation>Căn cứ này ({citation}) chỉ áp dụng từ ngày {date}.</translation>
    </message>
    <message>
        <source>State the other legal basis for the refusal.</source>
        <translation>Ghi rõ căn cứ pháp luật khác làm cơ sở từ chối.</translation>
    </message>
    <message>
        <source>The chosen earlier visit does not exist.</source>
        <translation>Lượt tiếp trước được chọn không tồn tại.</translation>
    </message>
    <message>
        <source>Record at least one matter the citizen presents.</source>
        <translation>Phải ghi ít nhất một nội dung công dân trình bày.</translation>
    </message>
    <message>
        <source>A group of {headcount} people may appoint at most {limit} representatives ({count} entered; Law on Citizen Reception, Article 29).</source>
        <translation>Đoàn {headcount} người chỉ được cử tối đa {limit} người đại diện (đã nhập {count}; Luật Tiếp công dân Điều 29).</translation>
    </message>
    <message>
        <source>A group of many people must appoint a representative.</source>
        <translation>Đoàn đông người phải cử người đại diện.</translation>
    </message>
    <message>
        <source>A group of 5 or more people must appoint its representatives in writing, signed by those complaining or denouncing together (Law on Citizen Reception, Article 29).</source>
        <translation>Đoàn từ 5 người trở lên phải cử người đại diện bằng văn bản có chữ ký của những người cùng khiếu nại, tố cáo (Luật Tiếp công dân Điều 29).</translation>
    </message>
    <message>
        <source>Name the document appointing the representatives.</source>
        <translation>Ghi tên văn bản cử người đại diện.</translation>
    </message>
    <message>
        <source>Choose the kind of petition: complaint, denunciation, recommendation or feedback.</source>
        <translation>Chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh.</translation>
    </message>
    <message>
        <source>No summary of the content entered.</source>
        <translation>Chưa nhập tóm tắt nội dung.</translation>
    </message>
    <message>
        <source>Field {field} is not in the catalogue.</source>
        <translation>Lĩnh vực {field} không có trong danh mục.</translation>
    </message>
    <message>
        <source>No body that handled the matter entered.</source>
        <translation>Chưa nhập cơ quan đã giải quyết.</translation>
    </message>
    <message>
        <source>No document name entered.</source>
        <translation>Chưa nhập tên tài liệu.</translation>
    </message>
    <message>
        <source>The number of pages must be a whole number, 1 or more.</source>
        <translation>Số trang phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Document condition: original, copy or certified copy.</source>
        <translation>Tình trạng tài liệu: bản gốc, bản sao hoặc bản sao có chứng thực.</translation>
    </message>
    <message>
        <source>Choose how the desk handles it.</source>
        <translation>Chọn hướng xử lý tại nơi tiếp.</translation>
    </message>
    <message>
        <source>State the competent body the citizen is guided to.</source>
        <translation>Ghi rõ cơ quan có thẩm quyền hướng dẫn công dân đến.</translation>
    </message>
    <message>
        <source>State the competent body receiving the transferred petition.</source>
        <translation>Ghi rõ cơ quan có thẩm quyền nhận đơn chuyển.</translation>
    </message>
    <message>
        <source>A complaint outside the body&apos;s competence is answered by guiding the citizen to the competent body, not by transferring it (Law on Citizen Reception, Article 26).</source>
        <translation>Khiếu nại không thuộc thẩm quyền thì hướng dẫn công dân đến cơ quan có thẩm quyền, không chuyển đơn (Luật Tiếp công dân Điều 26).</translation>
    </message>
    <message>
        <source>Only explain and ask for compliance once a competent body has resolved the matter: enter the body and the number of its decision.</source>
        <translation>Chỉ giải thích, yêu cầu chấp hành khi vụ việc đã được cơ quan có thẩm quyền giải quyết: ghi cơ quan và số quyết định đã giải quyết.</translation>
    </message>
    <message>
        <source>A denunciation is received online only when the denouncer does not ask to keep their identity confidential (Decree 154/2026, Article 20).</source>
        <translation>Tiếp trực tuyến nội dung tố cáo chỉ khi người tố cáo không yêu cầu giữ bí mật danh tính (Nghị định 154/2026 Điều 20).</translation>
    </message>
    <message>
        <source>The head must issue a written refusal notice (Form 01/TCD) within 03 working days.</source>
        <translation>Người đứng đầu phải ra thông báo từ chối bằng văn bản (Mẫu 01/TCD) trong 03 ngày làm việc.</translation>
    </message>
    <message>
        <source>Account {username} may not prepare documents.</source>
        <translation>Tài khoản {username} không có quyền lập văn bản.</translation>
    </message>
    <message>
        <source>This document names the denouncer: only the officer who received them and the unit&apos;s leaders may prepare it (Law on Denunciations 2018, Articles 8 and 47).</source>
        <translation>Văn bản này ghi danh tính người tố cáo: chỉ cán bộ đã tiếp và lãnh đạo đơn vị mới được lập (Luật Tố cáo 2018, Điều 8, Điều 47).</translation>
    </message>
    <message>
        <source>Reception was not refused at this visit.</source>
        <translation>Lượt tiếp này không bị từ chối tiếp.</translation>
    </message>
    <message>
        <source>No content was guided to a competent body.</source>
        <translation>Không có nội dung nào được hướng dẫn đến cơ quan có thẩm quyền.</translation>
    </message>
    <message>
        <source>No content was transferred to a competent body.</source>
        <translation>Không có nội dung nào được chuyển đơn đến cơ quan có thẩm quyền.</translation>
    </message>
    <message>
        <source>The visit has no content recorded.</source>
        <translation>Lượt tiếp chưa ghi nội dung nào.</translation>
    </message>
    <message>
        <source>The visit has contents of several kinds: prepare a document for each content.</source>
        <translation>Lượt tiếp có nhiều loại nội dung: hãy lập văn bản cho từng nội dung.</translation>
    </message>
    <message>
        <source>More than {n} searches by identity document or phone number in {m} minute(s). Please wait and try again, or search by name.</source>
        <translation>Đã tra cứu theo số giấy tờ hoặc số điện thoại quá {n} lần trong {m} phút. Vui lòng chờ rồi thử lại, hoặc tìm theo họ tên.</translation>
    </message>
    <message>
        <source>The petition was not found.</source>
        <extracomment>Petition processing (``services/petitions/messages.py``).</extracomment>
        <translation>Không tìm thấy đơn.</translation>
    </message>
    <message>
        <source>The petition was not found (it may have been deleted).</source>
        <translation>Không tìm thấy đơn (có thể đã bị xoá).</translation>
    </message>
    <message>
        <source>Petition {number} has already been processed ({status}).</source>
        <translation>Đơn {number} đã được xử lý ({status}).</translation>
    </message>
    <message>
        <source>The processing outcome is not valid.</source>
        <translation>Hình thức xử lý đơn không hợp lệ.</translation>
    </message>
    <message>
        <source>The processing date is before the petition was received, {date}.</source>
        <translation>Ngày xử lý trước ngày nhận đơn {date}.</translation>
    </message>
    <message>
        <source>Processed late: the {rule} deadline was {date} ({citation}).</source>
        <translation>Xử lý đơn quá hạn: hạn {rule} là ngày {date} ({citation}).</translation>
    </message>
    <message>
        <source>Enter the competent body receiving the transferred petition.</source>
        <translation>Phải ghi cơ quan có thẩm quyền nhận đơn chuyển.</translation>
    </message>
    <message>
        <source>Enter the competent body to guide the citizen to.</source>
        <translation>Phải ghi cơ quan có thẩm quyền để hướng dẫn công dân.</translation>
    </message>
    <message>
        <source>State the reason for returning the petition.</source>
        <translation>Phải nêu lý do trả lại đơn.</translation>
    </message>
    <message>
        <source>The non-acceptance grounds of Article 11 of the Law on Complaints apply to complaints only.</source>
        <translation>Căn cứ không thụ lý theo Điều 11 Luật Khiếu nại chỉ dùng cho đơn khiếu nại.</translation>
    </message>
    <message>
        <source>The non-acceptance ground is not in Article 11 of the Law on Complaints.</source>
        <translation>Căn cứ không thụ lý không có trong Điều 11 Luật Khiếu nại.</translation>
    </message>
    <message>
        <source>Choose the ground for filing under Article 28 of Circular 05/2021/TT-TTCP.</source>
        <translation>Phải chọn căn cứ lưu đơn theo Điều 28 Thông tư 05/2021/TT-TTCP.</translation>
    </message>
    <message>
        <source>Enter the competent lower-level body.</source>
        <translation>Phải ghi cơ quan cấp dưới có thẩm quyền.</translation>
    </message>
    <message>
        <source>State the reason for the extension (verification in several places, delegation).</source>
        <translation>Phải nêu lý do gia hạn (xác minh nhiều nơi, ủy quyền).</translation>
    </message>
    <message>
        <source>Only a named denunciation&apos;s initial check can be extended (D1).</source>
        <translation>Chỉ đơn tố cáo có danh tính mới gia hạn kiểm tra ban đầu (D1).</translation>
    </message>
    <message>
        <source>The initial check has already been extended to {date}.</source>
        <translation>Đã gia hạn kiểm tra ban đầu tới ngày {date}.</translation>
    </message>
    <message>
        <source>The extension must be made before the deadline {date} ({citation}).</source>
        <translation>Phải gia hạn trước khi hết thời hạn {date} ({citation}).</translation>
    </message>
    <message>
        <source>There is no notice to print for this petition: {reasons}</source>
        <translation>Không có thông báo nào để in cho đơn này: {reasons}</translation>
    </message>
    <message>
        <source>Account {username} may not {action} (requires: {roles}).</source>
        <translation>Tài khoản {username} không có quyền {action} (cần: {roles}).</translation>
    </message>
    <message>
        <source>Sign in with a role to {action}.</source>
        <translation>Cần đăng nhập với một vai trò để {action}.</translation>
    </message>
    <message>
        <source>Account {username} has not been given a role.</source>
        <translation>Tài khoản {username} chưa được phân quyền.</translation>
    </message>
    <message>
        <source>do this</source>
        <translation>thực hiện thao tác này</translation>
    </message>
    <message>
        <source>This document names the denouncer: only the officer who received them, the officer assigned to resolve it and their direct leaders may prepare and view it (Law on Denunciations 2018, Articles 8 and 47).</source>
        <translation>Văn bản này ghi danh tính người tố cáo: chỉ cán bộ tiếp nhận, người được giao giải quyết và lãnh đạo trực tiếp của họ mới được lập và xem (Luật Tố cáo 2018, Điều 8, Điều 47).</translation>
    </message>
    <message>
        <source>take the step «{step}»</source>
        <translation>thực hiện bước «{step}»</translation>
    </message>
    <message>
        <source>The record has just been updated by someone else. Please reload and try again.</source>
        <translation>Bản ghi vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The case has just been updated by someone else. Please reload and try again.</source>
        <translation>Vụ việc vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The case has just been updated by someone else. Please reload and try again. Its status now: {status}.</source>
        <translation>Vụ việc vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại. Trạng thái hiện nay: {status}.</translation>
    </message>
    <message>
        <source>The citizen&apos;s record has just been updated by someone else. Please reload and try again.</source>
        <translation>Hồ sơ công dân vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The dialogue has just been updated by someone else. Please reload and try again.</source>
        <translation>Buổi đối thoại vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The petition has just been updated by someone else. Please reload and try again.</source>
        <translation>Đơn vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The account was not found.</source>
        <translation>Không tìm thấy tài khoản.</translation>
    </message>
    <message>
        <source>This leader was not found.</source>
        <translation>Không tìm thấy lãnh đạo này.</translation>
    </message>
    <message>
        <source>The earlier petition was not found.</source>
        <translation>Không tìm thấy đơn trước.</translation>
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation>Không tìm thấy lượt tiếp.</translation>
    </message>
    <message>
        <source>The citizen was not found.</source>
        <translation>Không tìm thấy công dân.</translation>
    </message>
    <message>
        <source>The case or petition was not found.</source>
        <translation>Không tìm thấy vụ việc hoặc đơn.</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>Không tìm thấy văn bản.</translation>
    </message>
    <message>
        <source>The dialogue minutes document was not found.</source>
        <translation>Không tìm thấy văn bản biên bản đối thoại.</translation>
    </message>
    <message>
        <source>The dialogue was not found.</source>
        <translation>Không tìm thấy buổi đối thoại.</translation>
    </message>
    <message>
        <source>The dialogue of this case was not found.</source>
        <translation>Không tìm thấy buổi đối thoại của vụ việc này.</translation>
    </message>
    <message>
        <source>There is no body or unit with code {code}.</source>
        <translation>Không có cơ quan, đơn vị mã {code}.</translation>
    </message>
    <message>
        <source>The case was not found (it may have been deleted).</source>
        <translation>Không tìm thấy vụ việc (có thể đã bị xoá).</translation>
    </message>
    <message>
        <source>The resolving body or unit was not found.</source>
        <translation>Không tìm thấy cơ quan, đơn vị giải quyết.</translation>
    </message>
    <message>
        <source>The attachment was not found.</source>
        <translation>Không tìm thấy tài liệu.</translation>
    </message>
    <message>
        <source>The case to attach the document to was not found.</source>
        <translation>Không tìm thấy vụ việc để gắn văn bản.</translation>
    </message>
    <message>
        <source>The petition to attach the document to was not found.</source>
        <translation>Không tìm thấy đơn để gắn văn bản.</translation>
    </message>
    <message>
        <source>The visit to attach the document to was not found.</source>
        <translation>Không tìm thấy lượt tiếp để gắn văn bản.</translation>
    </message>
    <message>
        <source>The case to save the attachment to was not found.</source>
        <translation>Không tìm thấy vụ việc để lưu tài liệu.</translation>
    </message>
    <message>
        <source>The petition to save the attachment to was not found.</source>
        <translation>Không tìm thấy đơn để lưu tài liệu.</translation>
    </message>
    <message>
        <source>The visit to save the attachment to was not found.</source>
        <translation>Không tìm thấy lượt tiếp để lưu tài liệu.</translation>
    </message>
    <message>
        <source>the citizen&apos;s record</source>
        <translation>hồ sơ công dân</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Identity document kind</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Province/city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>{step} ({date})</source>
        <translation>{step} ({date})</translation>
    </message>
    <message>
        <source>(version {version})</source>
        <translation>(phiên bản {version})</translation>
    </message>
    <message>
        <source>{status}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <source>Choices not valid: {choices}.</source>
        <translation>Lựa chọn không hợp lệ: {choices}.</translation>
    </message>
    <message>
        <source>Sign in to settle a data conflict.</source>
        <translation>Cần đăng nhập để giải quyết xung đột dữ liệu.</translation>
    </message>
    <message>
        <source>Sign in to see the list of officers.</source>
        <translation>Cần đăng nhập để xem danh sách cán bộ.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Cần đăng nhập để đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Only the officer who received the denunciation, the officer assigned to resolve it and their direct leaders may see the denouncer&apos;s identity (Law on Denunciations 2018, Article 8(3), Article 47).</source>
        <translation>Chỉ cán bộ tiếp nhận, người được giao giải quyết và lãnh đạo trực tiếp của họ mới được xem danh tính người tố cáo (Luật Tố cáo 2018, Điều 8 khoản 3, Điều 47).</translation>
    </message>
    <message>
        <source>State why you need to see the denouncer&apos;s identity.</source>
        <translation>Phải nêu lý do xem danh tính người tố cáo.</translation>
    </message>
    <message>
        <source>The case has no conclusion on the denunciation yet.</source>
        <translation>Vụ việc chưa có kết luận nội dung tố cáo.</translation>
    </message>
    <message>
        <source>Only the officer who received the citizen and the unit&apos;s leaders may see the denouncer&apos;s identity.</source>
        <translation>Chỉ cán bộ đã tiếp và lãnh đạo đơn vị được xem danh tính người tố cáo.</translation>
    </message>
    <message>
        <source>This attachment shows the denouncer&apos;s identity: only the officer who received them, the officer assigned to resolve it and their direct leaders may open it (Law on Denunciations 2018, Article 8(3), Article 47).</source>
        <translation>Tài liệu này chứa danh tính người tố cáo: chỉ cán bộ tiếp nhận, người được giao giải quyết và lãnh đạo trực tiếp của họ mới được mở (Luật Tố cáo 2018, Điều 8 khoản 3, Điều 47).</translation>
    </message>
    <message>
        <source>Choose a case, petition or visit to keep the attachment with.</source>
        <translation>Phải chọn vụ việc, đơn hoặc lượt tiếp để lưu tài liệu.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Phải có tên tệp.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>Tệp lớn hơn {size} MB.</translation>
    </message>
    <message>
        <source>assign roles</source>
        <extracomment>``services/messages.py`` ACTIONS: what a refusal says the account may not do, as an English verb phrase (&quot;Account X may not &lt;action&gt;&quot;).</extracomment>
        <translation>phân quyền</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>change a successor unit</source>
        <translation>sửa đơn vị kế thừa</translation>
    </message>
    <message>
        <source>change an account&apos;s body or unit</source>
        <translation>đổi cơ quan, đơn vị của tài khoản</translation>
    </message>
    <message>
        <source>change deadline rules</source>
        <translation>thay đổi quy tắc thời hạn</translation>
    </message>
    <message>
        <source>change the holiday calendar</source>
        <translation>thay đổi lịch ngày nghỉ</translation>
    </message>
    <message>
        <source>change the reporting cut-off date</source>
        <translation>đổi ngày chốt số liệu báo cáo</translation>
    </message>
    <message>
        <source>create a database account for a reception desk</source>
        <translation>tạo tài khoản cơ sở dữ liệu cho bàn tiếp dân</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>tạo tài khoản</translation>
    </message>
    <message>
        <source>create demo data</source>
        <translation>tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>deactivate an account</source>
        <translation>ngừng hoạt động tài khoản</translation>
    </message>
    <message>
        <source>deactivate or reactivate an account</source>
        <translation>ngừng hoặc kích hoạt lại tài khoản</translation>
    </message>
    <message>
        <source>delete figures carried over from the previous period</source>
        <translation>xóa số liệu kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>dismiss a repeat-petition warning</source>
        <translation>bỏ qua cảnh báo đơn trùng</translation>
    </message>
    <message>
        <source>enter figures carried over from the previous period</source>
        <translation>nhập số liệu kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>export the list of cases</source>
        <translation>xuất danh sách vụ việc</translation>
    </message>
    <message>
        <source>export the list of outstanding cases</source>
        <translation>xuất danh sách vụ việc tồn đọng</translation>
    </message>
    <message>
        <source>export the reception register</source>
        <translation>xuất sổ tiếp công dân</translation>
    </message>
    <message>
        <source>give notice of a dialogue</source>
        <translation>thông báo đối thoại</translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation>xử lý vụ việc</translation>
    </message>
    <message>
        <source>import the reception register</source>
        <translation>nhập sổ tiếp công dân</translation>
    </message>
    <message>
        <source>load a deadline rulebook</source>
        <translation>nạp bộ quy tắc thời hạn</translation>
    </message>
    <message>
        <source>lock a reporting period&apos;s figures</source>
        <translation>khóa số liệu kỳ báo cáo</translation>
    </message>
    <message>
        <source>look up citizens</source>
        <translation>tra cứu công dân</translation>
    </message>
    <message>
        <source>look up repeat petitions</source>
        <translation>tra cứu đơn trùng, tái diễn</translation>
    </message>
    <message>
        <source>mark a repeat petition</source>
        <translation>đánh dấu đơn trùng, tái diễn</translation>
    </message>
    <message>
        <source>open an attachment</source>
        <translation>mở tài liệu đính kèm</translation>
    </message>
    <message>
        <source>plan the periodic reception schedule</source>
        <translation>lập lịch tiếp công dân định kỳ</translation>
    </message>
    <message>
        <source>prepare a copy for the verifier</source>
        <translation>lập bản sao cho người xác minh</translation>
    </message>
    <message>
        <source>prepare a petition-processing notice</source>
        <translation>lập thông báo xử lý đơn</translation>
    </message>
    <message>
        <source>prepare a receipt</source>
        <translation>lập giấy biên nhận</translation>
    </message>
    <message>
        <source>prepare a reminder</source>
        <translation>lập văn bản đôn đốc</translation>
    </message>
    <message>
        <source>prepare an appointment slip</source>
        <translation>lập phiếu hẹn</translation>
    </message>
    <message>
        <source>prepare documents</source>
        <translation>lập văn bản</translation>
    </message>
    <message>
        <source>prepare periodic reports</source>
        <translation>lập báo cáo định kỳ</translation>
    </message>
    <message>
        <source>preview the published version</source>
        <translation>xem trước bản công khai</translation>
    </message>
    <message>
        <source>print a blank petition form</source>
        <translation>in mẫu đơn trống</translation>
    </message>
    <message>
        <source>process petitions</source>
        <translation>xử lý đơn</translation>
    </message>
    <message>
        <source>publish a conclusion</source>
        <translation>công khai kết luận</translation>
    </message>
    <message>
        <source>re-import data already in the register</source>
        <translation>nhập lại dữ liệu đã có trong sổ</translation>
    </message>
    <message>
        <source>reactivate an account</source>
        <translation>kích hoạt lại tài khoản</translation>
    </message>
    <message>
        <source>recalculate deadlines</source>
        <translation>tính lại thời hạn</translation>
    </message>
    <message>
        <source>record a case step</source>
        <translation>ghi nhận bước xử lý vụ việc</translation>
    </message>
    <message>
        <source>record a dialogue</source>
        <translation>ghi nhận đối thoại</translation>
    </message>
    <message>
        <source>record a periodic reception</source>
        <translation>ghi nhận buổi tiếp định kỳ</translation>
    </message>
    <message>
        <source>record a reception slip</source>
        <translation>ghi phiếu tiếp công dân</translation>
    </message>
    <message>
        <source>register a reception desk</source>
        <translation>đăng ký bàn tiếp dân</translation>
    </message>
    <message>
        <source>reset another account&apos;s password</source>
        <translation>đặt lại mật khẩu của tài khoản khác</translation>
    </message>
    <message>
        <source>run automatic backups</source>
        <translation>sao lưu tự động</translation>
    </message>
    <message>
        <source>save an attachment</source>
        <translation>lưu tài liệu đính kèm</translation>
    </message>
    <message>
        <source>save dialogue minutes</source>
        <translation>lưu biên bản đối thoại</translation>
    </message>
    <message>
        <source>search cases</source>
        <translation>tìm vụ việc</translation>
    </message>
    <message>
        <source>set a leader&apos;s reception title</source>
        <translation>đặt chức danh tiếp công dân của lãnh đạo</translation>
    </message>
    <message>
        <source>set up the database roles</source>
        <translation>cài đặt vai trò cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>unlock a reporting period&apos;s figures</source>
        <translation>mở khóa số liệu kỳ báo cáo</translation>
    </message>
    <message>
        <source>unlock an account</source>
        <translation>mở khoá tài khoản</translation>
    </message>
    <message>
        <source>view a case&apos;s attachments</source>
        <translation>xem tài liệu của vụ việc</translation>
    </message>
    <message>
        <source>view a case&apos;s deadlines</source>
        <translation>xem thời hạn của vụ việc</translation>
    </message>
    <message>
        <source>view a case&apos;s documents</source>
        <translation>xem văn bản của vụ việc</translation>
    </message>
    <message>
        <source>view a petition&apos;s documents</source>
        <translation>xem văn bản của đơn</translation>
    </message>
    <message>
        <source>view a reception slip</source>
        <translation>xem phiếu tiếp công dân</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>xem vụ việc</translation>
    </message>
    <message>
        <source>view dialogue minutes</source>
        <translation>xem biên bản đối thoại</translation>
    </message>
    <message>
        <source>view documents</source>
        <translation>xem văn bản</translation>
    </message>
    <message>
        <source>view figures carried over from the previous period</source>
        <translation>xem số liệu kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>view periodic reports</source>
        <translation>xem báo cáo định kỳ</translation>
    </message>
    <message>
        <source>view petition-processing deadlines</source>
        <translation>xem thời hạn xử lý đơn</translation>
    </message>
    <message>
        <source>view the case board</source>
        <translation>xem bảng vụ việc</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>xem bảng tổng hợp</translation>
    </message>
    <message>
        <source>view the list of accounts</source>
        <translation>xem danh sách tài khoản</translation>
    </message>
    <message>
        <source>view the list of bodies and units</source>
        <translation>xem danh sách cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>view the list of cases</source>
        <translation>xem danh sách vụ việc</translation>
    </message>
    <message>
        <source>view the list of fields</source>
        <translation>xem danh mục lĩnh vực</translation>
    </message>
    <message>
        <source>view the list of officers</source>
        <translation>xem danh sách cán bộ</translation>
    </message>
    <message>
        <source>view the list of reception desks</source>
        <translation>xem danh sách bàn tiếp dân</translation>
    </message>
    <message>
        <source>view the periodic reception schedule</source>
        <translation>xem lịch tiếp công dân định kỳ</translation>
    </message>
    <message>
        <source>view the petitions awaiting processing</source>
        <translation>xem danh sách đơn chờ xử lý</translation>
    </message>
    <message>
        <source>view the reception history</source>
        <translation>xem lịch sử tiếp công dân</translation>
    </message>
    <message>
        <source>view the reception register</source>
        <translation>xem sổ tiếp công dân</translation>
    </message>
    <message>
        <source>view the records behind a report figure</source>
        <translation>xem danh sách hồ sơ của số liệu báo cáo</translation>
    </message>
    <message>
        <source>view the reporting cut-off date</source>
        <translation>xem ngày chốt số liệu báo cáo</translation>
    </message>
    <message>
        <source>write a petition for a citizen</source>
        <translation>lập đơn giúp công dân</translation>
    </message>
    <message>
        <source>A petition sent past the level whose competence it is, not yet resolved there: ask the lower level to resolve it; do not accept it (Law on Citizen Reception 2013, Article 26(1)(b)).</source>
        <translation>Đơn gửi vượt cấp thuộc thẩm quyền của cấp dưới chưa giải quyết: phải yêu cầu cấp dưới giải quyết, không thụ lý (Luật Tiếp công dân 2013, Điều 26 khoản 1 điểm b).</translation>
    </message>
    <message>
        <source>The acceptance date is before the petition was received, {date}.</source>
        <translation>Ngày thụ lý trước ngày nhận đơn {date}.</translation>
    </message>
    <message>
        <source>The petition is signed by {count} people: accept it only with all signatures and a document appointing the representatives (Law on Citizen Reception 2013, Article 29; Decree 124/2020/ND-CP, Article 7).</source>
        <translation>Đơn có {count} người cùng ký: chỉ thụ lý khi có đủ chữ ký và văn bản cử người đại diện (Luật Tiếp công dân 2013, Điều 29; Nghị định 124/2020/NĐ-CP, Điều 7).</translation>
    </message>
    <message>
        <source>The assigned officer was not found.</source>
        <translation>Không tìm thấy cán bộ được giao.</translation>
    </message>
    <message>
        <source>Only a complaint has a second complaint (Law on Complaints, Article 33).</source>
        <translation>Chỉ khiếu nại mới có khiếu nại lần hai (Luật Khiếu nại, Điều 33).</translation>
    </message>
    <message>
        <source>The time for a second complaint has passed: {date} at the latest ({days} days from {since}; {citation}).</source>
        <translation>Đã hết thời hạn khiếu nại lần hai: chậm nhất ngày {date} ({days} ngày kể từ {since}; {citation}).</translation>
    </message>
    <message>
        <source>the complainant receiving the decision on {date}</source>
        <translation>người khiếu nại nhận quyết định ngày {date}</translation>
    </message>
    <message>
        <source>the receipt date not recorded: estimated {date} = sent {posted} + {days} working days for delivery</source>
        <translation>chưa ghi ngày nhận: ước tính ngày {date} = ngày gửi {posted} + {days} ngày làm việc chuyển phát</translation>
    </message>
    <message>
        <source>the decision issued on {date} (not yet sent)</source>
        <translation>ban hành quyết định ngày {date} (chưa gửi)</translation>
    </message>
    <message>
        <source>the end of the first resolution period on {date}</source>
        <translation>hết thời hạn giải quyết lần đầu ngày {date}</translation>
    </message>
    <message>
        <source>A second complaint must be linked to the first complaint&apos;s case.</source>
        <translation>Khiếu nại lần hai phải gắn với vụ việc khiếu nại lần đầu.</translation>
    </message>
    <message>
        <source>The resolution level is first (1) or second (2) only.</source>
        <translation>Cấp giải quyết chỉ là lần đầu (1) hoặc lần hai (2).</translation>
    </message>
    <message>
        <source>Accepted late: the {clock} deadline was {date} ({citation}).</source>
        <translation>Thụ lý muộn: hạn {clock} là ngày {date} ({citation}).</translation>
    </message>
    <message>
        <source>Complexity criteria not valid: {criteria}.</source>
        <translation>Tiêu chí phức tạp không hợp lệ: {criteria}.</translation>
    </message>
    <message>
        <source>Only complaint and denunciation cases have a complexity finding.</source>
        <translation>Chỉ vụ việc khiếu nại, tố cáo mới xác định mức độ phức tạp.</translation>
    </message>
    <message>
        <source>A finding that a case is complex needs a document stating its grounds (Decree 124/2020/ND-CP, Article 3a; Decree 31/2019/ND-CP, Article 3).</source>
        <translation>Việc xác định vụ việc phức tạp phải có văn bản nêu rõ căn cứ (Nghị định 124/2020/NĐ-CP, Điều 3a; Nghị định 31/2019/NĐ-CP, Điều 3).</translation>
    </message>
    <message>
        <source>A particularly complex case needs 2 or more criteria (Decree 31/2019/ND-CP, Article 3).</source>
        <translation>Vụ việc đặc biệt phức tạp phải có từ 02 tiêu chí trở lên (Nghị định 31/2019/NĐ-CP, Điều 3).</translation>
    </message>
    <message>
        <source>Only a denunciation can be «particularly complex» (Law on Denunciations, Article 30).</source>
        <translation>Chỉ tố cáo mới có mức «đặc biệt phức tạp» (Luật Tố cáo, Điều 30).</translation>
    </message>
    <message>
        <source>The day the decision or act became known may not be after the petition was received.</source>
        <translation>Ngày biết quyết định, hành vi không được sau ngày nhận đơn.</translation>
    </message>
    <message>
        <source>State the objective obstacle (illness, natural disaster, a work trip, study far away ...) for the time not counted towards the limitation period.</source>
        <translation>Phải ghi lý do trở ngại khách quan (ốm đau, thiên tai, đi công tác, học tập ở nơi xa ...) của khoảng thời gian không tính vào thời hiệu.</translation>
    </message>
    <message>
        <source>The limitation period for complaining has passed: {days} days from {known_on} is {due} ({citation}), and the petition was received on {received_on}. If the complainant had an objective obstacle, enter the period and its reason so it is not counted; otherwise do not accept it ({ground_citation}).</source>
        <translation>Đã hết thời hiệu khiếu nại: {days} ngày kể từ ngày {known_on} là ngày {due} ({citation}), đơn nhận ngày {received_on}. Nếu người khiếu nại có trở ngại khách quan, ghi khoảng thời gian và lý do để không tính; nếu không, không thụ lý ({ground_citation}).</translation>
    </message>
    <message>
        <source>Acceptance conditions not valid: {conditions}.</source>
        <translation>Điều kiện thụ lý không hợp lệ: {conditions}.</translation>
    </message>
    <message>
        <source>Enter the number of the complaint decision.</source>
        <translation>Phải ghi số quyết định giải quyết khiếu nại.</translation>
    </message>
    <message>
        <source>No dialogue was held: state why (Law on Complaints 2011, Article 30; Decree 124/2020/ND-CP, Article 28).</source>
        <translation>Chưa tổ chức đối thoại: phải ghi lý do không đối thoại (Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28).</translation>
    </message>
    <message>
        <source>State the reason.</source>
        <translation>Phải ghi lý do.</translation>
    </message>
    <message>
        <source>State the reason for the extension.</source>
        <translation>Phải nêu lý do gia hạn.</translation>
    </message>
    <message>
        <source>Enter the number of the denunciation conclusion.</source>
        <translation>Phải ghi số kết luận nội dung tố cáo.</translation>
    </message>
    <message>
        <source>Enter the investigating body or procuracy receiving the file.</source>
        <translation>Phải ghi cơ quan điều tra hoặc Viện kiểm sát nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Describe the signs of a crime found.</source>
        <translation>Phải ghi dấu hiệu tội phạm đã phát hiện.</translation>
    </message>
    <message>
        <source>Summarise the answer.</source>
        <translation>Phải tóm tắt nội dung trả lời.</translation>
    </message>
    <message>
        <source>Enter the outcome of handling the information.</source>
        <translation>Phải ghi kết quả xử lý thông tin.</translation>
    </message>
    <message>
        <source>Enter the person or body assigned to verify.</source>
        <translation>Phải ghi người hoặc cơ quan được giao xác minh.</translation>
    </message>
    <message>
        <source>Summarise the verification findings.</source>
        <translation>Phải tóm tắt kết quả xác minh.</translation>
    </message>
    <message>
        <source>Enter how it is made public (meeting, posting, press).</source>
        <translation>Phải ghi hình thức công khai (họp, niêm yết, báo chí).</translation>
    </message>
    <message>
        <source>Enter the measures taken.</source>
        <translation>Phải ghi biện pháp xử lý.</translation>
    </message>
    <message>
        <source>Enter the result of the enforcement.</source>
        <translation>Phải ghi kết quả thực hiện.</translation>
    </message>
    <message>
        <source>Enter the place of the dialogue.</source>
        <translation>Phải ghi địa điểm đối thoại.</translation>
    </message>
    <message>
        <source>Enter who presides over the dialogue.</source>
        <translation>Phải ghi người chủ trì đối thoại.</translation>
    </message>
    <message>
        <source>Enter the result of the dialogue.</source>
        <translation>Phải ghi kết quả đối thoại.</translation>
    </message>
    <message>
        <source>The scanned file needs a name.</source>
        <translation>Phải có tên tệp bản quét.</translation>
    </message>
    <message>
        <source>The date may not be before the case was accepted, {date}.</source>
        <translation>Ngày thực hiện không được trước ngày thụ lý {date}.</translation>
    </message>
    <message>
        <source>Step {step} cannot be recorded here: use the step&apos;s own action.</source>
        <translation>Bước {step} không ghi được ở đây: hãy dùng thao tác riêng của bước.</translation>
    </message>
    <message>
        <source>Choose at least one complexity criterion.</source>
        <translation>Phải chọn ít nhất một tiêu chí phức tạp.</translation>
    </message>
    <message>
        <source>The resolution deadline moves from {before} to {after}.</source>
        <translation>Hạn giải quyết đổi từ {before} thành {after}.</translation>
    </message>
    <message>
        <source>Choose the ground for suspension.</source>
        <translation>Phải chọn căn cứ tạm đình chỉ.</translation>
    </message>
    <message>
        <source>The resumption date is before the suspension, {date}.</source>
        <translation>Ngày tiếp tục trước ngày tạm đình chỉ {date}.</translation>
    </message>
    <message>
        <source>Enter the contents withdrawn.</source>
        <translation>Phải ghi nội dung được rút.</translation>
    </message>
    <message>
        <source>Choose the ground for termination.</source>
        <translation>Phải chọn căn cứ đình chỉ.</translation>
    </message>
    <message>
        <source>A withdrawal needs a signed or fingerprinted withdrawal letter, or minutes recording the request made in person (Law on Complaints 2011, Article 10; Law on Denunciations 2018, Article 33(1)).</source>
        <translation>Việc rút phải có đơn rút có chữ ký hoặc điểm chỉ, hoặc biên bản ghi yêu cầu rút trực tiếp (Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 33 khoản 1).</translation>
    </message>
    <message>
        <source>Cases not valid: {checks}.</source>
        <translation>Trường hợp không hợp lệ: {checks}.</translation>
    </message>
    <message>
        <source>A complaint by many people: name the complainant who withdraws; the others go on complaining (Decree 124/2020/ND-CP, Article 7a).</source>
        <translation>Khiếu nại đông người: phải ghi tên người khiếu nại rút; những người khác tiếp tục khiếu nại (Nghị định 124/2020/NĐ-CP, Điều 7a).</translation>
    </message>
    <message>
        <source>{name} has already withdrawn the complaint.</source>
        <translation>{name} đã rút khiếu nại trước đó.</translation>
    </message>
    <message>
        <source>Each extension is at most {limit} days ({citation}); {days} days were asked for.</source>
        <translation>Mỗi lần gia hạn không quá {limit} ngày ({citation}); đã đề nghị {days} ngày.</translation>
    </message>
    <message>
        <source>The extension decision was issued after the deadline had passed, {date}.</source>
        <translation>Quyết định gia hạn ban hành sau khi đã hết hạn {date}.</translation>
    </message>
    <message>
        <source>The conclusion was issued after the resolution deadline, {date}.</source>
        <translation>Kết luận ban hành sau thời hạn giải quyết {date}.</translation>
    </message>
    <message>
        <source>Choose the ground for resolving it again (Law on Denunciations, Article 37).</source>
        <translation>Phải chọn căn cứ giải quyết lại (Luật Tố cáo, Điều 37).</translation>
    </message>
    <message>
        <source>The answer is due after the day it is assigned, {date}.</source>
        <translation>Hạn trả lời phải sau ngày giao {date}.</translation>
    </message>
    <message>
        <source>Choose the result: right, partly right or wrong.</source>
        <translation>Phải chọn kết quả: đúng, đúng một phần hoặc sai.</translation>
    </message>
    <message>
        <source>The decision was issued after the resolution deadline {date} ({rule}).</source>
        <translation>Quyết định ban hành sau thời hạn giải quyết {date} ({rule}).</translation>
    </message>
    <message>
        <source>The decision was received before it was sent, {date}.</source>
        <translation>Ngày nhận quyết định trước ngày gửi {date}.</translation>
    </message>
    <message>
        <source>Only the deadlines {rules} can be tracked with this step.</source>
        <translation>Chỉ theo dõi được các thời hạn {rules} bằng bước này.</translation>
    </message>
    <message>
        <source>The start date is before the petition was received, {date}.</source>
        <translation>Ngày bắt đầu trước ngày nhận đơn {date}.</translation>
    </message>
    <message>
        <source>Tracking of deadline {rule} has not started for this case.</source>
        <translation>Chưa bắt đầu theo dõi thời hạn {rule} cho vụ việc này.</translation>
    </message>
    <message>
        <source>Choose the officer assigned to handle it.</source>
        <translation>Phải chọn cán bộ được giao xử lý.</translation>
    </message>
    <message>
        <source>Choose the dialogue that was held.</source>
        <translation>Phải chọn buổi đối thoại đã tổ chức.</translation>
    </message>
    <message>
        <source>Choose the scan of the signed minutes.</source>
        <translation>Phải chọn tệp bản quét biên bản đã ký.</translation>
    </message>
    <message>
        <source>The step «{step}» is not recorded with this form.</source>
        <translation>Bước «{step}» không ghi nhận bằng biểu mẫu này.</translation>
    </message>
    <message>
        <source>The signs of a crime were found after the file was transferred.</source>
        <translation>Ngày phát hiện dấu hiệu tội phạm sau ngày chuyển hồ sơ.</translation>
    </message>
    <message>
        <source>Transferred late: the {rule} deadline was {date} ({citation}).</source>
        <translation>Chuyển hồ sơ muộn: hạn {rule} là ngày {date} ({citation}).</translation>
    </message>
    <message>
        <source>The conditions for accepting the denunciation are not all met (Law on Denunciations 2018, Article 29(1), Article 24(3)): {missing}.</source>
        <translation>Chưa đủ điều kiện thụ lý tố cáo (Luật Tố cáo 2018, Điều 29 khoản 1, Điều 24 khoản 3): {missing}.</translation>
    </message>
    <message>
        <source>Before terminating because the denunciation was withdrawn, check the cases in which it must still be resolved: {checks} (Law on Denunciations 2018, Article 33(3)).</source>
        <translation>Trước khi đình chỉ do rút tố cáo phải kiểm tra các trường hợp vẫn phải giải quyết: {checks} (Luật Tố cáo 2018, Điều 33 khoản 3).</translation>
    </message>
    <message>
        <source>The dialogue may not be before the day of the notice.</source>
        <translation>Ngày đối thoại không được trước ngày thông báo.</translation>
    </message>
    <message>
        <source>The dialogue notice was sent on {sent}, after the deadline {due}: notice must be given at least {days} days before ({citation}).</source>
        <translation>Thông báo đối thoại gửi ngày {sent}, muộn hơn hạn {due}: phải thông báo trước ít nhất {days} ngày ({citation}).</translation>
    </message>
    <message>
        <source>The start and end times must include a time zone.</source>
        <translation>Thời điểm bắt đầu, kết thúc phải có múi giờ.</translation>
    </message>
    <message>
        <source>The complainant was absent without a reason: the resolution goes on (Law on Complaints, Article 30(6); Decree 124/2020, Article 28(5)).</source>
        <translation>Người khiếu nại vắng mặt không có lý do: việc giải quyết vẫn tiếp tục (Luật Khiếu nại, Điều 30 khoản 6; NĐ 124/2020, Điều 28 khoản 5).</translation>
    </message>
    <message>
        <source>The complainant was absent without a reason; consider holding the dialogue again.</source>
        <translation>Người khiếu nại vắng mặt không có lý do; cân nhắc tổ chức lại buổi đối thoại.</translation>
    </message>
    <message>
        <source>The case has not been suspended or terminated: record the step «Suspension» or «Termination» first.</source>
        <extracomment>``services/case_documents/messages.py``: why a form of the case window cannot be prepared.</extracomment>
        <translation>Vụ việc chưa tạm đình chỉ hoặc đình chỉ giải quyết: ghi bước «Tạm đình chỉ giải quyết» hoặc «Đình chỉ giải quyết» trước.</translation>
    </message>
    <message>
        <source>The case has no «Resumption» step after its suspension.</source>
        <translation>Vụ việc chưa có bước «Tiếp tục giải quyết» sau khi tạm đình chỉ.</translation>
    </message>
    <message>
        <source>The case has no step «Transfer to the investigating body (signs of a crime)».</source>
        <translation>Vụ việc chưa có bước «Chuyển hồ sơ có dấu hiệu tội phạm sang cơ quan điều tra».</translation>
    </message>
    <message>
        <source>The case has not been extended: record the step «Extension» first.</source>
        <translation>Vụ việc chưa được gia hạn giải quyết: ghi bước «Gia hạn giải quyết» trước.</translation>
    </message>
    <message>
        <source>The complaint decision has not been recorded (number, date, result).</source>
        <translation>Chưa ghi nhận quyết định giải quyết khiếu nại (số, ngày, kết quả).</translation>
    </message>
    <message>
        <source>The denunciation conclusion has not been recorded (number, date, result).</source>
        <translation>Chưa ghi nhận kết luận nội dung tố cáo (số, ngày, kết quả).</translation>
    </message>
    <message>
        <source>Law on Complaints 2011</source>
        <translation>Luật Khiếu nại 2011</translation>
    </message>
    <message>
        <source>Law on Denunciations 2018</source>
        <translation>Luật Tố cáo 2018</translation>
    </message>
    <message>
        <source>Article 34(1)</source>
        <translation>Điều 34 khoản 1</translation>
    </message>
    <message>
        <source>Article 11a</source>
        <translation>Điều 11a</translation>
    </message>
    <message>
        <source>Article 34(2)</source>
        <translation>Điều 34 khoản 2</translation>
    </message>
    <message>
        <source>Articles 10 and 11a</source>
        <translation>Điều 10, Điều 11a</translation>
    </message>
    <message>
        <source>Article 31</source>
        <translation>Điều 31</translation>
    </message>
    <message>
        <source>Article 29</source>
        <translation>Điều 29</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>denunciation</source>
        <translation>tố cáo</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>phản ánh</translation>
    </message>
    <message>
        <source>anonymous denunciation information</source>
        <translation>thông tin tố cáo nặc danh</translation>
    </message>
    <message>
        <source>«{step}» does not apply: anonymous information is not handled as a denunciation and has no statutory time limit (Law on Denunciations 2018, Article 25).</source>
        <translation>«{step}» không áp dụng: thông tin nặc danh không được xử lý như tố cáo và không có thời hạn luật định (Luật Tố cáo 2018, Điều 25).</translation>
    </message>
    <message>
        <source>The Law on Complaints 2011 allows no extension of the time to resolve a complaint; complex cases and remote areas already have longer time limits (Articles 28 and 37).</source>
        <translation>Luật Khiếu nại 2011 không cho phép gia hạn thời hạn giải quyết khiếu nại; vụ việc phức tạp hoặc ở vùng sâu, vùng xa đã có thời hạn dài hơn (Điều 28, Điều 37).</translation>
    </message>
    <message>
        <source>A dialogue is part of resolving a complaint (Law on Complaints 2011, Article 30); it does not apply to a denunciation.</source>
        <translation>Đối thoại là thủ tục giải quyết khiếu nại (Luật Khiếu nại 2011, Điều 30), không áp dụng cho tố cáo.</translation>
    </message>
    <message>
        <source>«{step}» does not apply to a {kind}: the leader assigns it and sets the time limit (Law on Citizen Reception 2013, Articles 26–28).</source>
        <translation>«{step}» không áp dụng cho {kind}: lãnh đạo giao xử lý và ấn định thời hạn (Luật Tiếp công dân 2013, Điều 26–28).</translation>
    </message>
    <message>
        <source>«{step}» does not apply to a {kind} case.</source>
        <translation>«{step}» không áp dụng cho vụ việc {kind}.</translation>
    </message>
    <message>
        <source>The case is over ({status}); «{step}» cannot be taken.</source>
        <translation>Vụ việc đã kết thúc ({status}); không thể thực hiện «{step}».</translation>
    </message>
    <message>
        <source>The case is suspended; a decision to resume is needed before «{step}» ({law}).</source>
        <translation>Vụ việc đang tạm đình chỉ giải quyết; phải có quyết định tiếp tục giải quyết trước khi «{step}» ({law}).</translation>
    </message>
    <message>
        <source>The case is suspended since {date}; a decision to resume is needed before «{step}» ({law}).</source>
        <translation>Vụ việc đang tạm đình chỉ giải quyết từ ngày {date}; phải có quyết định tiếp tục giải quyết trước khi «{step}» ({law}).</translation>
    </message>
    <message>
        <source>The step «{step}» has already been taken for this case.</source>
        <translation>Bước «{step}» đã được thực hiện cho vụ việc này.</translation>
    </message>
    <message>
        <source>The case already has its decision; «{step}» is no longer possible ({law}).</source>
        <translation>Vụ việc đã có quyết định giải quyết; không thể «{step}» ({law}).</translation>
    </message>
    <message>
        <source>The case already has its denunciation conclusion; «{step}» is no longer possible ({law}).</source>
        <translation>Vụ việc đã có kết luận nội dung tố cáo; không thể «{step}» ({law}).</translation>
    </message>
    <message>
        <source>There is no decision yet, so «{step}» is not yet possible.</source>
        <translation>Chưa có quyết định giải quyết nên chưa thể «{step}».</translation>
    </message>
    <message>
        <source>There is no denunciation conclusion yet, so «{step}» is not yet possible.</source>
        <translation>Chưa có kết luận nội dung tố cáo nên chưa thể «{step}».</translation>
    </message>
    <message>
        <source>The case is not suspended, so there is nothing to resume.</source>
        <translation>Vụ việc không ở trạng thái tạm đình chỉ nên không có gì để tiếp tục.</translation>
    </message>
    <message>
        <source>The case is already suspended.</source>
        <translation>Vụ việc đang tạm đình chỉ.</translation>
    </message>
    <message>
        <source>Suspending the resolution of a complaint applies only from 01/07/2026 (Law on Complaints 2011, Article 11a, added by Law No. 136/2025/QH15).</source>
        <translation>Tạm đình chỉ giải quyết khiếu nại chỉ áp dụng từ 01/07/2026 (Luật Khiếu nại 2011, Điều 11a, bổ sung bởi Luật số 136/2025/QH15).</translation>
    </message>
    <message>
        <source>The ground for suspension is not one the law gives ({law}, {article}).</source>
        <translation>Căn cứ tạm đình chỉ không đúng quy định ({law}, {article}).</translation>
    </message>
    <message>
        <source>The ground for termination is not one the law gives ({law}, {article}).</source>
        <translation>Căn cứ đình chỉ không đúng quy định ({law}, {article}).</translation>
    </message>
    <message>
        <source>Terminating for a reason other than the complaint&apos;s withdrawal applies only from 01/07/2026 (Law on Complaints 2011, Article 11a, added by Law No. 136/2025/QH15).</source>
        <translation>Đình chỉ vì lý do khác việc rút khiếu nại chỉ áp dụng từ 01/07/2026 (Luật Khiếu nại 2011, Điều 11a, bổ sung bởi Luật số 136/2025/QH15).</translation>
    </message>
    <message>
        <source>Withdrawing part of a complaint applies only from 01/07/2026 (Law No. 136/2025/QH15); before that only the whole complaint can be withdrawn (Law on Complaints, Article 10).</source>
        <translation>Rút một phần nội dung khiếu nại chỉ áp dụng từ 01/07/2026 (Luật số 136/2025/QH15); trước ngày này chỉ được rút toàn bộ (Luật Khiếu nại, Điều 10).</translation>
    </message>
    <message>
        <source>Verification has not been assigned in writing ({law}, {article}).</source>
        <translation>Chưa giao nhiệm vụ xác minh bằng văn bản ({law}, {article}).</translation>
    </message>
    <message>
        <source>The parties have not been notified of the dialogue (Law on Complaints 2011, Article 30; Decree 124/2020, Article 28).</source>
        <translation>Chưa thông báo đối thoại cho các bên (Luật Khiếu nại 2011, Điều 30; NĐ 124/2020, Điều 28).</translation>
    </message>
    <message>
        <source>No dialogue has been held, so there are no minutes to keep.</source>
        <translation>Chưa tổ chức đối thoại nên chưa có biên bản để lưu.</translation>
    </message>
    <message>
        <source>There is no report on verifying the denunciation yet (Law on Denunciations 2018, Articles 31 and 35).</source>
        <translation>Chưa có báo cáo kết quả xác minh nội dung tố cáo (Luật Tố cáo 2018, Điều 31, Điều 35).</translation>
    </message>
    <message>
        <source>The case has already been found particularly complex.</source>
        <translation>Vụ việc đã được xác định là đặc biệt phức tạp.</translation>
    </message>
    <message>
        <source>The complainant has complained a second time, so the first decision does not take legal effect when its time runs out (Law on Complaints 2011, Article 44(1)).</source>
        <translation>Người khiếu nại đã khiếu nại lần hai nên quyết định giải quyết lần đầu không có hiệu lực theo thời hạn (Luật Khiếu nại 2011, Điều 44 khoản 1).</translation>
    </message>
    <message>
        <source>The decision has not been sent to the complainant (Law on Complaints 2011, Articles 32 and 41).</source>
        <translation>Chưa gửi quyết định giải quyết cho người khiếu nại (Luật Khiếu nại 2011, Điều 32, Điều 41).</translation>
    </message>
    <message>
        <source>The decision has no legal effect yet: it takes effect on {date} (Law on Complaints 2011, Article 44).</source>
        <translation>Quyết định chưa có hiệu lực pháp luật: có hiệu lực từ ngày {date} (Luật Khiếu nại 2011, Điều 44).</translation>
    </message>
    <message>
        <source>The conclusion has not been acted on yet, so enforcement cannot be organised ({law}).</source>
        <translation>Chưa có xử lý kết luận nên chưa tổ chức thực hiện ({law}).</translation>
    </message>
    <message>
        <source>There is no decision with legal effect yet, so enforcement cannot be organised ({law}).</source>
        <translation>Chưa có quyết định có hiệu lực nên chưa tổ chức thực hiện ({law}).</translation>
    </message>
    <message>
        <source>Only a second-time complaint decision must be made public (Law on Complaints 2011, Article 41).</source>
        <translation>Chỉ quyết định giải quyết khiếu nại lần hai phải công khai (Luật Khiếu nại 2011, Điều 41).</translation>
    </message>
    <message>
        <source>A complaint with a second-time decision is not accepted again (Law on Complaints 2011, Article 11(7)).</source>
        <translation>Khiếu nại đã có quyết định giải quyết lần hai thì không thụ lý khiếu nại tiếp (Luật Khiếu nại 2011, Điều 11 khoản 7).</translation>
    </message>
    <message>
        <source>A second complaint about the case is already being resolved.</source>
        <translation>Vụ việc đã có khiếu nại lần hai đang được giải quyết.</translation>
    </message>
    <message>
        <source>A second complaint is possible only once there is a first decision, or the time to resolve has run out without one (Law on Complaints 2011, Article 33).</source>
        <translation>Chỉ được khiếu nại lần hai khi đã có quyết định giải quyết lần đầu hoặc đã hết thời hạn giải quyết mà không được giải quyết (Luật Khiếu nại 2011, Điều 33).</translation>
    </message>
    <message>
        <source>The decision has not been sent to the complainant (Law on Complaints 2011, Article 32).</source>
        <translation>Chưa gửi quyết định giải quyết cho người khiếu nại (Luật Khiếu nại 2011, Điều 32).</translation>
    </message>
    <message>
        <source>The case has no second complaint.</source>
        <translation>Vụ việc chưa có khiếu nại lần hai.</translation>
    </message>
    <message>
        <source>There is no further denunciation about this case (Law on Denunciations 2018, Article 37).</source>
        <translation>Chưa có tố cáo tiếp đối với vụ việc này (Luật Tố cáo 2018, Điều 37).</translation>
    </message>
    <message>
        <source>The leader has not yet assigned it and set the time to answer (Law on Citizen Reception, Article 26).</source>
        <translation>Lãnh đạo chưa giao xử lý và ấn định thời hạn trả lời (Luật Tiếp công dân, Điều 26).</translation>
    </message>
    <message>
        <source>Resolving a second complaint requires a dialogue (Law on Complaints 2011, Article 39).</source>
        <translation>Giải quyết khiếu nại lần hai bắt buộc phải tổ chức đối thoại (Luật Khiếu nại 2011, Điều 39).</translation>
    </message>
    <message>
        <source>Resolving a complaint against a disciplinary decision requires a dialogue (Law on Complaints 2011, Article 50).</source>
        <translation>Giải quyết khiếu nại quyết định kỷ luật bắt buộc phải tổ chức đối thoại (Luật Khiếu nại 2011, Điều 50).</translation>
    </message>
    <message>
        <source>There is no verification report yet; a complaint can be decided at once only when it is right (Law on Complaints 2011, Article 29).</source>
        <translation>Chưa có báo cáo kết quả xác minh; chỉ được giải quyết ngay khi khiếu nại đúng (Luật Khiếu nại 2011, Điều 29).</translation>
    </message>
    <message>
        <source>The complainant&apos;s request and the verification findings still differ, so a dialogue must be held before deciding (Law on Complaints 2011, Article 30(1)).</source>
        <translation>Yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau nên phải tổ chức đối thoại trước khi quyết định (Luật Khiếu nại 2011, Điều 30 khoản 1).</translation>
    </message>
    <message>
        <source>A decision finding the complaint right or partly right after verification needs a dialogue first (Law on Complaints 2011, Article 30; Decree 124/2020/ND-CP, Article 28).</source>
        <translation>Quyết định kết luận khiếu nại đúng hoặc đúng một phần sau xác minh phải tổ chức đối thoại trước (Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28).</translation>
    </message>
    <message>
        <source>Only a complex or particularly complex case can be extended (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).</source>
        <translation>Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).</translation>
    </message>
    <message>
        <source>A particularly complex case can be extended at most twice, by at most 30 days each time; it has been extended {count} time(s) (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).</source>
        <translation>Vụ việc đặc biệt phức tạp được gia hạn tối đa hai lần, mỗi lần không quá 30 ngày; đã gia hạn {count} lần (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).</translation>
    </message>
    <message>
        <source>A complex case can be extended only once, by at most 30 days; it has been extended {count} time(s) (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).</source>
        <translation>Vụ việc phức tạp chỉ được gia hạn một lần, mỗi lần không quá 30 ngày; đã gia hạn {count} lần (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).</translation>
    </message>
    <message>
        <source>Role not valid: {role}.</source>
        <translation>Vai trò không hợp lệ: {role}.</translation>
    </message>
    <message>
        <source>The body or unit does not exist.</source>
        <translation>Cơ quan, đơn vị không tồn tại.</translation>
    </message>
    <message>
        <source>The username may not be empty or contain spaces, and has at most 64 characters.</source>
        <translation>Tên đăng nhập không được để trống, không chứa dấu cách, tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>The username {username} is already in use.</source>
        <translation>Tên đăng nhập {username} đã được dùng.</translation>
    </message>
    <message>
        <source>The office uses database roles: a username has only unaccented lower-case letters, digits and underscores, and starts with a letter.</source>
        <translation>Cơ quan dùng vai trò cơ sở dữ liệu: tên đăng nhập chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Phải chọn ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>The system&apos;s last administrator cannot lose the role or be deactivated.</source>
        <translation>Không thể bỏ quyền hoặc ngừng hoạt động quản trị viên cuối cùng của hệ thống.</translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation>Không thể tự ngừng hoạt động tài khoản đang đăng nhập.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The password must have at least {length} characters.</source>
        <translation>Mật khẩu phải có ít nhất {length} ký tự.</translation>
    </message>
    <message>
        <source>The password may not begin or end with a space.</source>
        <translation>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Mật khẩu phải có cả chữ và số.</translation>
    </message>
    <message>
        <source>A desk code has 2–32 capital letters, digits or hyphens.</source>
        <translation>Mã bàn tiếp gồm 2–32 chữ cái in hoa, chữ số hoặc dấu gạch ngang.</translation>
    </message>
    <message>
        <source>A machine code has 32 hexadecimal digits (see the desk.ini file).</source>
        <translation>Mã máy gồm 32 chữ số thập lục phân (xem tệp desk.ini).</translation>
    </message>
    <message>
        <source>This machine is already desk {code}; a machine numbers only in its own series.</source>
        <translation>Máy này đã là bàn {code}; một máy chỉ cấp số theo một dãy số của mình.</translation>
    </message>
    <message>
        <source>Desk code {code} belongs to another machine; choose another code.</source>
        <translation>Mã bàn {code} đã thuộc một máy khác; hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>No body or unit name entered.</source>
        <translation>Chưa nhập tên cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>No body or unit code entered.</source>
        <translation>Chưa nhập mã cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The body or unit code has at most 32 characters.</source>
        <translation>Mã cơ quan, đơn vị tối đa 32 ký tự.</translation>
    </message>
    <message>
        <source>No province or city entered.</source>
        <translation>Chưa nhập tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>A desk code has 2–32 capital letters, digits or hyphens, for example LS-01.</source>
        <translation>Mã bàn tiếp gồm 2–32 chữ cái in hoa, chữ số hoặc dấu gạch ngang, ví dụ LS-01.</translation>
    </message>
    <message>
        <source>The username may not be empty or contain spaces.</source>
        <translation>Tên đăng nhập không được để trống hoặc chứa dấu cách.</translation>
    </message>
    <message>
        <source>No full name entered for the administrator.</source>
        <translation>Chưa nhập họ và tên quản trị viên.</translation>
    </message>
    <message>
        <source>This database already has its office and accounts set up.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập cơ quan và tài khoản.</translation>
    </message>
    <message>
        <source>Sample data is loaded only into an empty database.</source>
        <translation>Chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The day {day} is not in {month}/{year}.</source>
        <translation>Ngày {day} không thuộc tháng {month}/{year}.</translation>
    </message>
    <message>
        <source>A reception session cannot be recorded for a day still to come.</source>
        <translation>Không ghi nhận buổi tiếp cho ngày chưa đến.</translation>
    </message>
    <message>
        <source>Preview and confirm the public version (with the denouncer&apos;s identity hidden) before issuing it (Law on Denunciations 2018, Article 40(3)); the content has changed or has not been confirmed.</source>
        <translation>Phải xem trước và xác nhận bản công khai (đã che danh tính người tố cáo) trước khi ban hành (Luật Tố cáo 2018, Điều 40 khoản 3); nội dung đã thay đổi hoặc chưa được xác nhận.</translation>
    </message>
    <message>
        <source>Enter the day&apos;s name (for example &apos;Compensatory day off for National Day&apos;).</source>
        <translation>Hãy ghi tên ngày (ví dụ &apos;Nghỉ bù Quốc khánh&apos;).</translation>
    </message>
    <message>
        <source>Calendar action not valid: {action}.</source>
        <translation>Thao tác lịch không hợp lệ: {action}.</translation>
    </message>
    <message>
        <source>The kind of day must be &apos;off&apos; (day off) or &apos;work&apos; (make-up day).</source>
        <translation>Loại ngày phải là &apos;off&apos; (nghỉ) hoặc &apos;work&apos; (làm bù).</translation>
    </message>
    <message>
        <source>The day must be within the years {first}–{last}.</source>
        <translation>Ngày phải trong các năm {first}–{last}.</translation>
    </message>
    <message>
        <source>The day&apos;s name is required, at most 200 characters.</source>
        <translation>Tên ngày bắt buộc, tối đa 200 ký tự.</translation>
    </message>
    <message>
        <source>The announcing document has at most {limit} characters.</source>
        <translation>Văn bản công bố tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>The day {day} is not in the office&apos;s own calendar, so there is nothing to remove (a public holiday by law: use --work to record it as a working day).</source>
        <translation>Ngày {day} không có trong lịch do cơ quan nhập nên không có gì để xoá (ngày lễ theo luật: dùng --work để ghi là ngày làm việc).</translation>
    </message>
    <message>
        <source>The day {day} is already official; no confirmation is needed.</source>
        <translation>Ngày {day} đã là ngày chính thức, không cần xác nhận.</translation>
    </message>
    <message>
        <source>{count} row(s) with errors are neither corrected nor excluded (rows {lines}); nothing was imported.</source>
        <translation>Còn {count} dòng lỗi chưa sửa hoặc loại trừ (dòng {lines}); chưa nhập gì.</translation>
    </message>
    <message>
        <source>No rows are left to import.</source>
        <translation>Không còn dòng nào để nhập.</translation>
    </message>
    <message>
        <source>The office and the desk code are not set up yet (first-run setup), so the register cannot be imported.</source>
        <translation>Chưa thiết lập cơ quan và mã bàn tiếp (thiết lập lần đầu) nên chưa nhập được sổ.</translation>
    </message>
    <message>
        <source>This file was imported on {at} by {user} ({rows} visits). Only an administrator may import it again (--allow-duplicate); nothing was imported.</source>
        <translation>Tệp này đã được nhập ngày {at} bởi {user} ({rows} lượt tiếp). Chỉ quản trị viên mới nhập lại được (--allow-duplicate); chưa nhập gì.</translation>
    </message>
    <message>
        <source>This database cannot be backed up (it is neither a file nor a server).</source>
        <translation>Cơ sở dữ liệu này không sao lưu được (không phải tệp hay máy chủ).</translation>
    </message>
    <message>
        <source>Could not back up to {target}: {detail}</source>
        <translation>Không sao lưu được vào {target}: {detail}</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s {name} program was not found. Install the postgresql-client package (or add PostgreSQL&apos;s bin folder to PATH).</source>
        <translation>Không tìm thấy chương trình {name} của PostgreSQL. Cài gói postgresql-client (hoặc thêm thư mục bin của PostgreSQL vào PATH).</translation>
    </message>
    <message>
        <source>{what} failed: {detail}</source>
        <translation>{what} thất bại: {detail}</translation>
    </message>
    <message>
        <source>{what} failed (code {code}): {detail}</source>
        <translation>{what} thất bại (mã {code}): {detail}</translation>
    </message>
    <message>
        <source>Backing up with pg_dump</source>
        <translation>Sao lưu bằng pg_dump</translation>
    </message>
    <message>
        <source>Column ({number}) &apos;{name}&apos;</source>
        <translation>Cột ({number}) &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{column} is an Excel formula; turn it into a value (paste values).</source>
        <translation>{column} là công thức Excel; hãy chuyển thành giá trị (dán giá trị).</translation>
    </message>
    <message>
        <source>{column} contains a control character that is not allowed (U+{code}).</source>
        <translation>{column} chứa ký tự điều khiển không được phép (mã U+{code}).</translation>
    </message>
    <message>
        <source>{column} has {length} characters, at most {limit}.</source>
        <translation>{column} dài {length} ký tự, tối đa {limit}.</translation>
    </message>
    <message>
        <source>Reception date not valid: {text} (use day/month/year).</source>
        <translation>Ngày tiếp không hợp lệ: {text} (dùng dạng ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>No reception date.</source>
        <translation>Thiếu ngày tiếp.</translation>
    </message>
    <message>
        <source>The reception date is in the future.</source>
        <translation>Ngày tiếp ở tương lai.</translation>
    </message>
    <message>
        <source>The reception date {date} is before the year {year}.</source>
        <translation>Ngày tiếp {date} trước năm {year}.</translation>
    </message>
    <message>
        <source>No full name of the person presenting.</source>
        <translation>Thiếu họ tên người đến trình bày.</translation>
    </message>
    <message>
        <source>The full name has {length} characters, at most {limit}.</source>
        <translation>Họ tên dài {length} ký tự, tối đa {limit}.</translation>
    </message>
    <message>
        <source>CCCD/CMND number: {problem}.</source>
        <translation>Số CCCD/CMND: {problem}.</translation>
    </message>
    <message>
        <source>No petition content.</source>
        <translation>Thiếu nội dung đơn.</translation>
    </message>
    <message>
        <source>Petition kind not valid: {text} (complaint, denunciation, recommendation or feedback).</source>
        <translation>Loại đơn không hợp lệ: {text} (khiếu nại, tố cáo, kiến nghị hoặc phản ánh).</translation>
    </message>
    <message>
        <source>The number of people must be a whole number from 1 to {limit} ({text} entered).</source>
        <translation>Số người phải là số nguyên từ 1 đến {limit} (đang ghi {text}).</translation>
    </message>
    <message>
        <source>The &apos;Within competence&apos; column holds only &apos;x&apos; or nothing.</source>
        <translation>Cột &apos;Thuộc thẩm quyền&apos; chỉ ghi &apos;x&apos; hoặc để trống.</translation>
    </message>
    <message>
        <source>Only .xlsx, .csv or .pdf files can be exported.</source>
        <translation>Chỉ xuất được tệp .xlsx, .csv hoặc .pdf.</translation>
    </message>
    <message>
        <source>The filtered register has {total} visits, too many to print as PDF (at most {limit}). Narrow the date range or export to Excel.</source>
        <translation>Sổ lọc ra {total} lượt tiếp. quá nhiều để in PDF (tối đa {limit}). Hãy thu hẹp khoảng ngày hoặc xuất Excel.</translation>
    </message>
    <message>
        <source>Rule {rule} has no case &apos;{variant}&apos;</source>
        <extracomment>``domain/deadline_messages.py``: why a deadline cannot be counted as asked.</extracomment>
        <translation>Quy định {rule} không có trường hợp &apos;{variant}&apos;</translation>
    </message>
    <message>
        <source>The advance-notice period {rule} cannot be extended or paused</source>
        <translation>Thời hạn báo trước {rule} không gia hạn hay tạm dừng được</translation>
    </message>
    <message>
        <source>The number of extensions ({count}) does not match the extension periods entered ({entered})</source>
        <translation>Số lần gia hạn ({count}) không khớp với số thời hạn gia hạn đã nhập ({entered})</translation>
    </message>
    <message>
        <source>The number of extensions may not be negative</source>
        <translation>Số lần gia hạn không được âm</translation>
    </message>
    <message>
        <source>The period {rule} ({citation}) cannot be extended</source>
        <translation>Thời hạn {rule} ({citation}) không được gia hạn</translation>
    </message>
    <message>
        <source>Only a complex or especially complex case may have the period {rule} extended ({citation})</source>
        <translation>Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn thời hạn {rule} ({citation})</translation>
    </message>
    <message>
        <source>A {kind} case may be extended at most {allowed} time(s) ({citation}); {count} requested</source>
        <translation>Vụ việc {kind} chỉ được gia hạn tối đa {allowed} lần ({citation}); đã yêu cầu {count} lần</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>phức tạp</translation>
    </message>
    <message>
        <source>especially complex</source>
        <translation>đặc biệt phức tạp</translation>
    </message>
    <message>
        <source>Each extension is at most {limit} days; extension {number} is {days} days</source>
        <translation>Mỗi lần gia hạn không quá {limit} ngày; lần {number} là {days} ngày</translation>
    </message>
    <message>
        <source>Rule {rule} ({citation}) has no number of days in the Law: the period is the one of the specialised law on administrative violations. Enter that number (--days N).</source>
        <translation>Quy định {rule} ({citation}) không có số ngày trong Luật: thời hạn là thời hạn của pháp luật chuyên ngành về xử lý vi phạm hành chính. Hãy nhập số ngày đó (--days N).</translation>
    </message>
    <message>
        <source>Rule {rule} already has a period of {days} {unit} ({citation}); enter a number of days (--days) only for a rule with no number of days in the Law (D12).</source>
        <translation>Quy định {rule} đã có thời hạn {days} {unit} ({citation}); chỉ nhập số ngày (--days) cho quy định không có số ngày trong Luật (D12).</translation>
    </message>
    <message>
        <source>The number of days (--days) must be greater than 0.</source>
        <translation>Số ngày (--days) phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The period {rule} cannot be suspended from {date}: suspending the resolution of a complaint applies only from {since} (Law on Complaints, Article 11a, added by Law No. 136/2025/QH15); before that a complaint cannot be suspended.</source>
        <translation>Không thể tạm đình chỉ thời hạn {rule} từ ngày {date}: việc tạm đình chỉ giải quyết khiếu nại chỉ áp dụng từ ngày {since} (Luật Khiếu nại, Điều 11a, bổ sung bởi Luật số 136/2025/QH15); trước đó khiếu nại không được tạm đình chỉ.</translation>
    </message>
    <message>
        <source>Suspension period not valid: {start} to {end} (the end comes first)</source>
        <translation>Khoảng tạm đình chỉ không hợp lệ: {start} đến {end} (ngày kết thúc trước)</translation>
    </message>
    <message>
        <source>No version of form {code} is in force on {date}.</source>
        <translation>Không có phiên bản mẫu {code} có hiệu lực vào ngày {date}.</translation>
    </message>
    <message>
        <source>{what} is done by the body directly above {first} ({citation}); the list of bodies has no superior of {first}.</source>
        <extracomment>``services/cases/messages.py`` HIERARCHY: a second-level step by the wrong body.</extracomment>
        <translation>{what} phải do cơ quan cấp trên trực tiếp của {first} thực hiện ({citation}); danh mục cơ quan không có cấp trên của {first}.</translation>
    </message>
    <message>
        <source>{what} is done only by {superior} (directly above {first}), not by {acting} ({citation}).</source>
        <translation>{what} chỉ do {superior} (cấp trên trực tiếp của {first}) thực hiện, không phải {acting} ({citation}).</translation>
    </message>
    <message>
        <source>{what} is done only by {superior} (directly above {first}), not by {acting} — the body that resolved it the first time ({citation}).</source>
        <translation>{what} chỉ do {superior} (cấp trên trực tiếp của {first}) thực hiện, không phải {acting} — chính cơ quan đã giải quyết lần đầu ({citation}).</translation>
    </message>
    <message>
        <source>Accepting and resolving a second complaint</source>
        <translation>Thụ lý, giải quyết khiếu nại lần hai</translation>
    </message>
    <message>
        <source>Reviewing and re-resolving a denunciation</source>
        <translation>Xem xét, giải quyết lại tố cáo</translation>
    </message>
    <message>
        <source>an unknown body</source>
        <translation>không rõ cơ quan</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>The whole :class:`~tcd_desktop.services.documents.IssuedDocument` of the row.</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Mã kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Published copy, denouncer removed</source>
        <translation>Bản công khai, đã bỏ thông tin người tố cáo</translation>
    </message>
    <message>
        <source>Names the denouncer: restricted</source>
        <translation>Có danh tính người tố cáo: hạn chế truy cập</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Preview</source>
        <extracomment>(document id, what to do with the bytes) -&gt; the page loads the PDF in the background the user picked a form to generate (a DocumentChoice); the page runs it</extracomment>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>No document has been issued for this case yet.</source>
        <translation>Vụ việc chưa có văn bản nào được lập.</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Tạo văn bản</translation>
    </message>
    <message>
        <source>Already issued: %1</source>
        <translation>Đã lập: %1</translation>
    </message>
    <message>
        <source>No form is printed for this kind of case</source>
        <translation>Loại vụ việc này không có mẫu văn bản để lập</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>Could not write the draft (%1).</source>
        <translation>Không ghi được bản nháp (%1).</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>no name yet</source>
        <translation>chưa có họ tên</translation>
    </message>
    <message>
        <source>The unsaved form was put aside as a draft: citizen %1, draft of %2.</source>
        <translation>Phiếu đang nhập chưa lưu đã được cất vào bản nháp: công dân %1, lưu nháp lúc %2.</translation>
    </message>
    <message>
        <source>A reception form from an earlier session was not saved; its draft was kept: citizen %1, draft of %2.</source>
        <translation>Có phiếu tiếp công dân từ lần làm việc trước chưa được lưu; bản nháp vẫn được giữ: công dân %1, lưu nháp lúc %2.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation>Đã xuất %1 vụ việc ra %2</translation>
    </message>
    <message>
        <source>Could not export the list.</source>
        <translation>Không xuất được danh sách.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDatesBox</name>
    <message>
        <source>Due dates</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>This case has no legal time limit.</source>
        <translation>Vụ việc này không có thời hạn luật định.</translation>
    </message>
    <message>
        <source>How was this date computed?</source>
        <translation>Hạn này được tính như thế nào?</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Để biết</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Đã làm %1</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Cách tính thời hạn</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Start: %1 on %2</source>
        <translation>Bắt đầu: %1 ngày %2</translation>
    </message>
    <message>
        <source>Counted: %1 %2</source>
        <translation>Số ngày tính: %1 %2</translation>
    </message>
    <message>
        <source>Days off skipped: %1</source>
        <translation>Ngày nghỉ không tính: %1</translation>
    </message>
    <message>
        <source>Suspended days not counted: %1</source>
        <translation>Số ngày tạm đình chỉ không tính: %1</translation>
    </message>
    <message>
        <source>Counted across days off not yet officially announced: %1</source>
        <translation>Đã tính qua ngày nghỉ chưa được công bố chính thức: %1</translation>
    </message>
    <message>
        <source>This time limit is not confirmed yet; check the current law.</source>
        <translation>Thời hạn này chưa được xác nhận; cần đối chiếu quy định hiện hành.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã thụ lý</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không thụ lý</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Đã chuyển đơn</translation>
    </message>
    <message>
        <source>Citizen guided</source>
        <translation>Đã hướng dẫn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại đơn</translation>
    </message>
    <message>
        <source>Reported for a lower level to resolve</source>
        <translation>Đã báo cáo để cấp dưới giải quyết</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Lưu đơn</translation>
    </message>
    <message>
        <source>Being verified</source>
        <translation>Đang xác minh</translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation>Đang đối thoại</translation>
    </message>
    <message>
        <source>Decided / concluded</source>
        <translation>Đã có quyết định / kết luận</translation>
    </message>
    <message>
        <source>Being enforced</source>
        <translation>Đang tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Resolution stopped</source>
        <translation>Đình chỉ giải quyết</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút đơn</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở, ngành</translation>
    </message>
    <message>
        <source>District (before 01/7/2025)</source>
        <translation>Cấp huyện (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>Reception officer</source>
        <translation>Cán bộ tiếp công dân</translation>
    </message>
    <message>
        <source>Petition handling officer</source>
        <translation>Chuyên viên xử lý đơn</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Inspector, supervisor</source>
        <translation>Thanh tra, giám sát</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <source>Chairman of a commune People&apos;s Committee</source>
        <translation>Chủ tịch Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>Chairman of a district People&apos;s Committee (before 01/7/2025)</source>
        <translation>Chủ tịch Ủy ban nhân dân cấp huyện (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>Chairman of a provincial People&apos;s Committee</source>
        <translation>Chủ tịch Ủy ban nhân dân cấp tỉnh</translation>
    </message>
    <message>
        <source>Inspector General of the Government, Minister-Chairman of the Government Office</source>
        <translation>Tổng Thanh tra Chính phủ, Chủ nhiệm Văn phòng Chính phủ</translation>
    </message>
    <message>
        <source>Head of another administrative agency</source>
        <translation>Thủ trưởng cơ quan hành chính khác</translation>
    </message>
    <message>
        <source>Anonymous denunciation information</source>
        <translation>Thông tin tố cáo nặc danh</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Thụ lý</translation>
    </message>
    <message>
        <source>Notice of acceptance</source>
        <translation>Thông báo thụ lý</translation>
    </message>
    <message>
        <source>Mark the case as complex</source>
        <translation>Xác định vụ việc phức tạp</translation>
    </message>
    <message>
        <source>Assign verification</source>
        <translation>Giao xác minh</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Báo cáo kết quả xác minh</translation>
    </message>
    <message>
        <source>Dialogue notice</source>
        <translation>Thông báo đối thoại</translation>
    </message>
    <message>
        <source>Hold the dialogue</source>
        <translation>Tổ chức đối thoại</translation>
    </message>
    <message>
        <source>File the signed dialogue minutes</source>
        <translation>Lưu biên bản đối thoại đã ký</translation>
    </message>
    <message>
        <source>Extend the resolution time</source>
        <translation>Gia hạn giải quyết</translation>
    </message>
    <message>
        <source>Suspend resolution</source>
        <translation>Tạm đình chỉ giải quyết</translation>
    </message>
    <message>
        <source>Resume resolution</source>
        <translation>Tiếp tục giải quyết</translation>
    </message>
    <message>
        <source>Partial withdrawal</source>
        <translation>Rút một phần nội dung</translation>
    </message>
    <message>
        <source>Full withdrawal</source>
        <translation>Rút toàn bộ</translation>
    </message>
    <message>
        <source>Stop resolution</source>
        <translation>Đình chỉ giải quyết</translation>
    </message>
    <message>
        <source>Complaint resolution decision</source>
        <translation>Quyết định giải quyết khiếu nại</translation>
    </message>
    <message>
        <source>Denunciation conclusion</source>
        <translation>Kết luận nội dung tố cáo</translation>
    </message>
    <message>
        <source>Send the decision or conclusion</source>
        <translation>Gửi quyết định, kết luận</translation>
    </message>
    <message>
        <source>Complainant received the decision</source>
        <translation>Người khiếu nại nhận quyết định</translation>
    </message>
    <message>
        <source>Decision in legal effect</source>
        <translation>Quyết định có hiệu lực pháp luật</translation>
    </message>
    <message>
        <source>Act on the denunciation conclusion</source>
        <translation>Xử lý kết luận nội dung tố cáo</translation>
    </message>
    <message>
        <source>Publish the decision or conclusion</source>
        <translation>Công khai quyết định, kết luận</translation>
    </message>
    <message>
        <source>Follow up enforcement</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
    <message>
        <source>Enforcement completed</source>
        <translation>Hoàn thành thực hiện</translation>
    </message>
    <message>
        <source>Second complaint</source>
        <translation>Khiếu nại lần hai</translation>
    </message>
    <message>
        <source>Second-time decision issued</source>
        <translation>Đã có quyết định giải quyết lần hai</translation>
    </message>
    <message>
        <source>Further denunciation</source>
        <translation>Tố cáo tiếp</translation>
    </message>
    <message>
        <source>Reconsider the denunciation</source>
        <translation>Xem xét giải quyết lại tố cáo</translation>
    </message>
    <message>
        <source>Refer the file to the investigating body (signs of a crime)</source>
        <translation>Chuyển hồ sơ có dấu hiệu tội phạm sang cơ quan điều tra</translation>
    </message>
    <message>
        <source>Deadline tracking started</source>
        <translation>Bắt đầu theo dõi thời hạn</translation>
    </message>
    <message>
        <source>Done within the deadline</source>
        <translation>Đã thực hiện việc theo thời hạn</translation>
    </message>
    <message>
        <source>Assign handling and set a deadline</source>
        <translation>Giao xử lý, ấn định thời hạn</translation>
    </message>
    <message>
        <source>Answer the recommendation or feedback</source>
        <translation>Trả lời kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Close handling of the information</source>
        <translation>Kết thúc xử lý thông tin</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Lập văn bản</translation>
    </message>
    <message>
        <source>Report to the competent person for acceptance</source>
        <translation>Báo cáo người có thẩm quyền để thụ lý</translation>
    </message>
    <message>
        <source>Guide to the competent body</source>
        <translation>Hướng dẫn đến cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Transfer the petition to the competent body</source>
        <translation>Chuyển đơn đến cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Explain and ask to comply (already resolved case)</source>
        <translation>Giải thích, yêu cầu chấp hành (vụ việc đã giải quyết)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Luật sư</translation>
    </message>
    <message>
        <source>Legal aid officer</source>
        <translation>Trợ giúp viên pháp lý</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Bản gốc</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Bản sao có chứng thực</translation>
    </message>
    <message>
        <source>Citizen ID card</source>
        <translation>Căn cước / CCCD</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <source>Complaint resolver, chairing the dialogue</source>
        <translation>Người giải quyết khiếu nại, chủ trì đối thoại</translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation>Người ghi biên bản</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Người khiếu nại</translation>
    </message>
    <message>
        <source>Complainant&apos;s representative or authorised person</source>
        <translation>Người đại diện, người được ủy quyền của người khiếu nại</translation>
    </message>
    <message>
        <source>Person complained against</source>
        <translation>Người bị khiếu nại</translation>
    </message>
    <message>
        <source>Person with related rights and obligations</source>
        <translation>Người có quyền, nghĩa vụ liên quan</translation>
    </message>
    <message>
        <source>Representative of a related agency, organisation or unit</source>
        <translation>Đại diện cơ quan, tổ chức, đơn vị có liên quan</translation>
    </message>
    <message>
        <source>Internal administrative decision or act, direction from a superior, normative content or state secret</source>
        <translation>Quyết định, hành vi hành chính trong nội bộ cơ quan, chỉ đạo điều hành của cấp trên, có nội dung văn bản quy phạm pháp luật hoặc thuộc bí mật nhà nước</translation>
    </message>
    <message>
        <source>The decision or act does not directly affect the complainant&apos;s lawful rights and interests</source>
        <translation>Quyết định, hành vi hành chính không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại</translation>
    </message>
    <message>
        <source>The complainant lacks full civil capacity and has no lawful representative</source>
        <translation>Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp</translation>
    </message>
    <message>
        <source>The complaint is made by an unlawful representative</source>
        <translation>Người đại diện không hợp pháp thực hiện khiếu nại</translation>
    </message>
    <message>
        <source>The complaint bears no signature or fingerprint of the complainant</source>
        <translation>Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại</translation>
    </message>
    <message>
        <source>The time limit for complaining has passed without a valid reason</source>
        <translation>Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng</translation>
    </message>
    <message>
        <source>The complaint already has a second-time resolution decision</source>
        <translation>Khiếu nại đã có quyết định giải quyết lần hai</translation>
    </message>
    <message>
        <source>Resolution was stopped by notice and the complainant did not continue within 30 days</source>
        <translation>Có văn bản thông báo đình chỉ giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại</translation>
    </message>
    <message>
        <source>A court has accepted or decided the matter (except a decision to stop the case)</source>
        <translation>Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (trừ quyết định đình chỉ giải quyết vụ án)</translation>
    </message>
    <message>
        <source>The denunciation or record has the content required by Article 23 (Art. 29 cl. 1a)</source>
        <translation>Đơn tố cáo hoặc văn bản ghi nội dung tố cáo có đủ nội dung theo Điều 23 (Điều 29 k1a)</translation>
    </message>
    <message>
        <source>The denouncer has full civil capacity or a representative (Art. 29 cl. 1b)</source>
        <translation>Người tố cáo có năng lực hành vi dân sự đầy đủ hoặc có người đại diện (Điều 29 k1b)</translation>
    </message>
    <message>
        <source>The matter is within the body&apos;s competence (Art. 29 cl. 1c)</source>
        <translation>Vụ việc thuộc thẩm quyền giải quyết của cơ quan (Điều 29 k1c)</translation>
    </message>
    <message>
        <source>The content gives grounds to identify the violator and the violation (Art. 29 cl. 1d)</source>
        <translation>Nội dung tố cáo có cơ sở để xác định người vi phạm, hành vi vi phạm (Điều 29 k1d)</translation>
    </message>
    <message>
        <source>Denouncing whoever resolved the denouncer&apos;s own complaint: new evidence of a violation (Art. 29 cl. 1)</source>
        <translation>Tố cáo người đã giải quyết khiếu nại của chính người tố cáo: có bằng chứng mới về hành vi vi phạm (Điều 29 k1)</translation>
    </message>
    <message>
        <source>Not sent to several bodies at once (one competent) nor re-sent after guidance (Art. 24 cl. 3)</source>
        <translation>Không phải tố cáo đồng thời gửi nhiều cơ quan (có cơ quan có thẩm quyền) hoặc gửi lại sau khi đã được hướng dẫn (Điều 24 k3)</translation>
    </message>
    <message>
        <source>Withdrawal letter with signature or fingerprint</source>
        <translation>Đơn rút có chữ ký hoặc điểm chỉ</translation>
    </message>
    <message>
        <source>Record of an in-person withdrawal request, signed or fingerprinted</source>
        <translation>Biên bản ghi yêu cầu rút trực tiếp, có chữ ký hoặc điểm chỉ của người rút</translation>
    </message>
    <message>
        <source>The denounced act shows signs of breaking the law</source>
        <translation>Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật</translation>
    </message>
    <message>
        <source>The withdrawal was made under threat, bribery or coercion</source>
        <translation>Việc rút tố cáo do bị đe dọa, mua chuộc hoặc ép buộc</translation>
    </message>
    <message>
        <source>The denouncer abused the denunciation to slander, insult or harm the accused</source>
        <translation>Người tố cáo lợi dụng việc tố cáo để vu khống, xúc phạm, gây thiệt hại cho người bị tố cáo</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Đúng một phần</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Verification needed at 2 or more places</source>
        <translation>Phải xác minh ở từ 02 địa điểm trở lên</translation>
    </message>
    <message>
        <source>2 or more contents to verify</source>
        <translation>Có từ 02 nội dung trở lên phải xác minh</translation>
    </message>
    <message>
        <source>Many complainants, denouncers or persons with related interests</source>
        <translation>Nhiều người khiếu nại, tố cáo hoặc có quyền lợi liên quan</translation>
    </message>
    <message>
        <source>Has a foreign element</source>
        <translation>Có yếu tố nước ngoài</translation>
    </message>
    <message>
        <source>Involves the responsibility of several agencies, organisations or units</source>
        <translation>Liên quan trách nhiệm của nhiều cơ quan, tổ chức, đơn vị</translation>
    </message>
    <message>
        <source>The agencies, organisations or units disagree</source>
        <translation>Các cơ quan, tổ chức, đơn vị có ý kiến khác nhau</translation>
    </message>
    <message>
        <source>Facts and evidence contradict each other</source>
        <translation>Tình tiết, chứng cứ mâu thuẫn với nhau</translation>
    </message>
    <message>
        <source>Force majeure (natural disaster, epidemic, war)</source>
        <translation>Sự kiện bất khả kháng (thiên tai, dịch bệnh, chiến tranh)</translation>
    </message>
    <message>
        <source>Objective obstacle (accident, illness, work or study far away)</source>
        <translation>Trở ngại khách quan (tai nạn, ốm đau, công tác, học tập xa)</translation>
    </message>
    <message>
        <source>Files and documents seized or sealed</source>
        <translation>Hồ sơ, tài liệu bị thu giữ, niêm phong</translation>
    </message>
    <message>
        <source>Awaiting another body&apos;s result or a related case</source>
        <translation>Chờ kết quả giải quyết của cơ quan khác hoặc vụ việc liên quan</translation>
    </message>
    <message>
        <source>Awaiting an additional expert assessment</source>
        <translation>Chờ kết quả giám định bổ sung</translation>
    </message>
    <message>
        <source>The complainant or denouncer withdrew everything</source>
        <translation>Người khiếu nại, tố cáo rút toàn bộ nội dung</translation>
    </message>
    <message>
        <source>The complainant died, or the agency or organisation was dissolved</source>
        <translation>Cá nhân khiếu nại chết, cơ quan, tổ chức giải thể</translation>
    </message>
    <message>
        <source>The denounced person died (personal liability only)</source>
        <translation>Người bị tố cáo chết (chỉ trách nhiệm cá nhân)</translation>
    </message>
    <message>
        <source>Already settled by a judgment or decision in force</source>
        <translation>Đã được giải quyết bằng bản án, quyết định có hiệu lực</translation>
    </message>
    <message>
        <source>The petition does not qualify for handling (Art. 6 cl. 2b)</source>
        <translation>Đơn không đủ điều kiện xử lý (Điều 6 khoản 2 điểm b)</translation>
    </message>
    <message>
        <source>The complaint already has a resolution decision in force</source>
        <translation>Khiếu nại đã có quyết định giải quyết có hiệu lực</translation>
    </message>
    <message>
        <source>The denunciation is concluded, no new evidence</source>
        <translation>Tố cáo đã có kết luận, không có bằng chứng mới</translation>
    </message>
    <message>
        <source>Verification or conclusion inaccurate or not objective</source>
        <translation>Xác minh, kết luận không chính xác, không khách quan</translation>
    </message>
    <message>
        <source>Important evidence was missed</source>
        <translation>Bỏ sót chứng cứ quan trọng</translation>
    </message>
    <message>
        <source>The law was applied wrongly</source>
        <translation>Áp dụng không đúng pháp luật</translation>
    </message>
    <message>
        <source>Accept for resolution</source>
        <translation>Thụ lý giải quyết</translation>
    </message>
    <message>
        <source>Guide the citizen</source>
        <translation>Hướng dẫn công dân</translation>
    </message>
    <message>
        <source>Return the petition</source>
        <translation>Trả lại đơn</translation>
    </message>
    <message>
        <source>File the petition</source>
        <translation>Lưu đơn</translation>
    </message>
    <message>
        <source>Ask the lower level to resolve (petition above its level)</source>
        <translation>Yêu cầu cấp dưới giải quyết (đơn vượt cấp)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Deadline clock paused</source>
        <translation>Tạm dừng tính thời hạn</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Returns a Vietnamese message when the text is wrong, ``None`` when it is fine.</extracomment>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Administrative</source>
        <extracomment>English names of the default fields (services.setup.DEFAULT_FIELDS), by field code.</extracomment>
        <translation>Hành chính</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Đất đai</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Policies and benefits</source>
        <translation>Chính sách, chế độ</translation>
    </message>
    <message>
        <source>Cadres, civil servants and public employees</source>
        <translation>Chế độ cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Other administrative fields</source>
        <translation>Lĩnh vực hành chính khác</translation>
    </message>
    <message>
        <source>Judicial</source>
        <translation>Tư pháp</translation>
    </message>
    <message>
        <source>Party and mass organisations</source>
        <translation>Đảng, đoàn thể</translation>
    </message>
    <message>
        <source>Corruption and misconduct</source>
        <translation>Tham nhũng, tiêu cực</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Lĩnh vực khác</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First set-up — TCD Desktop</source>
        <translation>Thiết lập lần đầu — TCD Desktop</translation>
    </message>
    <message>
        <source>The database has no office and no account yet. Enter the citizen reception office and the administrator account, or choose “Try with sample data” to get to know the software.</source>
        <translation>Cơ sở dữ liệu chưa có cơ quan và tài khoản nào. Nhập thông tin cơ quan tiếp công dân và tài khoản quản trị, hoặc chọn “Dùng thử với dữ liệu mẫu” để làm quen với phần mềm.</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân xã Cao Lộc</source>
        <translation>Ví dụ: Ủy ban nhân dân xã Cao Lộc</translation>
    </message>
    <message>
        <source>e.g. LS-CAOLOC</source>
        <translation>Ví dụ: LS-CAOLOC</translation>
    </message>
    <message>
        <source>— Choose a province —</source>
        <translation>— Chọn tỉnh/thành phố —</translation>
    </message>
    <message>
        <source>e.g. LS-01</source>
        <translation>Ví dụ: LS-01</translation>
    </message>
    <message>
        <source>Numbers will look like %1.</source>
        <translation>Số phiếu sẽ có dạng %1.</translation>
    </message>
    <message>
        <source>Citizen reception office</source>
        <translation>Cơ quan tiếp công dân</translation>
    </message>
    <message>
        <source>Agency or unit name *</source>
        <translation>Tên cơ quan, đơn vị *</translation>
    </message>
    <message>
        <source>Agency code *</source>
        <translation>Mã cơ quan *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Province *</source>
        <translation>Tỉnh/thành phố *</translation>
    </message>
    <message>
        <source>Desk code *</source>
        <translation>Mã bàn tiếp *</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>e.g. quantri</source>
        <translation>Ví dụ: quantri</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>Ít nhất 8 ký tự, có chữ và số</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>System administrator account</source>
        <translation>Tài khoản quản trị hệ thống</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Username *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>Create office and account</source>
        <translation>Tạo cơ quan và tài khoản</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>SAMPLE DATA — for getting to know the software; enter no real citizen data</source>
        <translation>DỮ LIỆU MẪU — chỉ để làm quen, không nhập thông tin thật của công dân</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Tiếp tục đăng nhập</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Creating the office and the account…</source>
        <translation>Đang tạo cơ quan và tài khoản…</translation>
    </message>
    <message>
        <source>Creating sample data, please wait a moment…</source>
        <translation>Đang tạo dữ liệu mẫu, vui lòng chờ trong giây lát…</translation>
    </message>
    <message>
        <source>Creating the sample data</source>
        <translation>Đang tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sample data created for &lt;b&gt;%1&lt;/b&gt; (desk %2).&lt;br&gt;&lt;br&gt;Sample accounts, one per role:&lt;br&gt;</source>
        <translation>Đã tạo dữ liệu mẫu cho &lt;b&gt;%1&lt;/b&gt; (bàn tiếp %2).&lt;br&gt;&lt;br&gt;Tài khoản mẫu, mỗi vai trò một tài khoản:&lt;br&gt;</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Lỗi không mong muốn.</translation>
    </message>
</context>
<context>
    <name>GradeTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu tệp hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Các lần đến trước</translation>
    </message>
    <message>
        <source>Choose a citizen to see their earlier visits and petitions.</source>
        <translation>Chọn công dân để xem các lần đến và đơn trước đây.</translation>
    </message>
    <message>
        <source>New citizen: no earlier visit.</source>
        <translation>Công dân mới: chưa có lần đến nào.</translation>
    </message>
    <message>
        <source>Loading earlier visits…</source>
        <translation>Đang tải các lần đến trước…</translation>
    </message>
    <message>
        <source>%1: %2 visits, %3 petitions.</source>
        <translation>%1: %2 lần đến, %3 đơn.</translation>
    </message>
    <message>
        <source>%1: no earlier visit.</source>
        <translation>%1: chưa có lần đến nào.</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>Lượt tiếp (%1)</translation>
    </message>
    <message>
        <source> — group visit</source>
        <translation> — đoàn đông người</translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation>Phiếu %1: %2</translation>
    </message>
    <message>
        <source>Petitions (%1)</source>
        <translation>Đơn (%1)</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ việc %1: %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, hạn %1</translation>
    </message>
    <message>
        <source>Petition %1 — %2: %3</source>
        <translation>Đơn %1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the reception register — %1</source>
        <translation>Nhập sổ tiếp công dân — %1</translation>
    </message>
    <message>
        <source>Exclude every row with errors</source>
        <translation>Loại trừ mọi dòng lỗi</translation>
    </message>
    <message>
        <source>Import into the register</source>
        <translation>Nhập vào sổ</translation>
    </message>
    <message>
        <source>Import the duplicates anyway (administrator)…</source>
        <translation>Vẫn nhập dữ liệu trùng (quản trị viên)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Không nhập được tệp này: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with errors, %4 excluded.</source>
        <translation>%1 dòng: %2 hợp lệ, %3 có lỗi, %4 loại trừ.</translation>
    </message>
    <message>
        <source>%1 rows with errors left: fix the file and import again, or exclude those rows. Nothing has been imported.</source>
        <translation>Còn %1 dòng lỗi: sửa tệp rồi nhập lại, hoặc loại trừ các dòng đó. Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>Ready to import %1 rows at once.</source>
        <translation>Sẵn sàng nhập %1 dòng trong một lần.</translation>
    </message>
    <message>
        <source>%1 duplicate rows will be imported as the administrator confirmed.</source>
        <translation>%1 dòng trùng sẽ được nhập theo xác nhận của quản trị viên.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Leave out</source>
        <translation>Loại trừ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Petition kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Denouncer (kept secret)</source>
        <translation>Người tố cáo (được giữ bí mật)</translation>
    </message>
</context>
<context>
    <name>LeaderMonthModel</name>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mức tối thiểu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>at least %1 day(s) a week</source>
        <translation>tối thiểu %1 ngày/tuần</translation>
    </message>
    <message>
        <source>at least %1 day(s) a month</source>
        <translation>tối thiểu %1 ngày/tháng</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>LegalChecksBox</name>
    <message>
        <source>Date known</source>
        <translation>Đã biết ngày</translation>
    </message>
    <message>
        <source>Objective obstacle (not counted)</source>
        <translation>Có trở ngại khách quan (không tính)</translation>
    </message>
    <message>
        <source>illness, disaster, work or study far away</source>
        <translation>ốm đau, thiên tai, đi công tác, học tập ở nơi xa</translation>
    </message>
    <message>
        <source>Complaint against a disciplinary decision</source>
        <translation>Khiếu nại quyết định kỷ luật cán bộ, công chức</translation>
    </message>
    <message>
        <source>Dismissal from service</source>
        <translation>Kỷ luật buộc thôi việc</translation>
    </message>
    <message>
        <source>Denounces the person who resolved the denouncer&apos;s earlier complaint</source>
        <translation>Tố cáo người đã giải quyết khiếu nại của chính người tố cáo</translation>
    </message>
    <message>
        <source>Time limit to complain (Law on Complaints, Art. 9, 48)</source>
        <translation>Thời hiệu khiếu nại (Luật Khiếu nại Điều 9, 48)</translation>
    </message>
    <message>
        <source>Decision received or known on:</source>
        <translation>Ngày nhận được, biết được quyết định:</translation>
    </message>
    <message>
        <source>Reason of the obstacle:</source>
        <translation>Lý do trở ngại:</translation>
    </message>
    <message>
        <source>Acceptance conditions (Law on Denunciations, Art. 29 cl. 1, Art. 24 cl. 3)</source>
        <translation>Điều kiện thụ lý tố cáo (Luật Tố cáo Điều 29 k1, Điều 24 k3)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>SAMPLE DATA — do not enter real citizens&apos; information</source>
        <translation>DỮ LIỆU MẪU — không nhập thông tin thật của công dân</translation>
    </message>
    <message>
        <source>Sample accounts: %1 — password %2</source>
        <translation>Tài khoản mẫu: %1 — mật khẩu %2</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Unexpected error while signing in.</source>
        <translation>Lỗi không mong muốn khi đăng nhập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>Register a visit, find the citizen and their earlier petitions, print a receipt.</source>
        <translation>Ghi nhận lượt tiếp, tìm công dân và các đơn thư trước đây, in giấy biên nhận.</translation>
    </message>
    <message>
        <source>Reception register</source>
        <translation>Sổ tiếp công dân</translation>
    </message>
    <message>
        <source>Every visit and petition received, searchable by name.</source>
        <translation>Toàn bộ lượt tiếp và đơn thư đã nhận, tra cứu theo họ tên.</translation>
    </message>
    <message>
        <source>Petition processing</source>
        <translation>Xử lý đơn</translation>
    </message>
    <message>
        <source>Petitions awaiting processing: accept, transfer, guide, return, file.</source>
        <translation>Đơn chờ xử lý: thụ lý, chuyển đơn, hướng dẫn, trả lại, lưu đơn.</translation>
    </message>
    <message>
        <source>Case board</source>
        <translation>Bảng vụ việc</translation>
    </message>
    <message>
        <source>Cases being handled, with their deadlines.</source>
        <translation>Các vụ việc đang giải quyết và thời hạn.</translation>
    </message>
    <message>
        <source>Reception schedule</source>
        <translation>Lịch tiếp định kỳ</translation>
    </message>
    <message>
        <source>Leaders&apos; periodic reception days: planned, held, legal minimum.</source>
        <translation>Ngày tiếp công dân định kỳ của lãnh đạo: kế hoạch, đã tiếp, mức tối thiểu theo luật.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>What is due, on-time rates and periodic reports.</source>
        <translation>Việc sắp đến hạn, tỷ lệ đúng hạn và báo cáo định kỳ.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Statutory periodic report forms (Circular 01/2024).</source>
        <translation>Biểu số liệu báo cáo định kỳ (Thông tư 01/2024/TT-TTCP).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Last backup, back up now, the audit anchor, restoring.</source>
        <translation>Lần sao lưu gần nhất, sao lưu ngay, dấu neo nhật ký, phục hồi.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Users, units, holiday calendar, legal time limits and backups.</source>
        <translation>Người dùng, đơn vị, lịch nghỉ lễ, thời hạn theo luật và sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Thông tin</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <extracomment>asked in order before the window closes (unsaved forms); False keeps it open. Weak references: a guard never keeps its screen (or this window) alive.</extracomment>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>This database holds invented sample records for practice. Do not enter real citizens&apos; data.</source>
        <translation>Cơ sở dữ liệu này chứa dữ liệu mẫu giả định để thực hành. Không nhập dữ liệu thật của công dân.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>MediansView</name>
    <message>
        <source>By kind</source>
        <translation>Theo loại đơn</translation>
    </message>
    <message>
        <source>By complexity</source>
        <translation>Theo mức độ phức tạp</translation>
    </message>
    <message>
        <source>Median working days from acceptance (or receipt) to closing, over the cases closed in the period.</source>
        <translation>Trung vị số ngày làm việc từ khi thụ lý (hoặc tiếp nhận) đến khi kết thúc, tính trên các vụ việc kết thúc trong kỳ.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciations</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <source>Petitions, feedback</source>
        <translation>Kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <source>Very complex</source>
        <translation>Đặc biệt phức tạp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Số vụ việc đã kết thúc</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>Trung vị số ngày làm việc</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>MovedCasesDialog</name>
    <message>
        <source>Due dates moved by the calendar change</source>
        <translation>Các hạn bị đổi do thay đổi lịch</translation>
    </message>
    <message>
        <source>Calendar day %1: %2 due dates moved.</source>
        <translation>Ngày %1: %2 hạn giải quyết đã thay đổi.</translation>
    </message>
    <message>
        <source>Calendar day %1: no due date moved.</source>
        <translation>Ngày %1: không hạn giải quyết nào thay đổi.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Old due date</source>
        <translation>Hạn cũ</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export the moved due dates</source>
        <translation>Xuất danh sách hạn đã thay đổi</translation>
    </message>
    <message>
        <source>moved-due-dates.csv</source>
        <translation>han-da-thay-doi.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported the list to %1</source>
        <translation>Đã xuất danh sách vào %1</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>Ít nhất 8 ký tự, có chữ và số</translation>
    </message>
    <message>
        <source>Username *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Agency, unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Print the notice</source>
        <extracomment>the preview is shown: (IssuedDocument) issuing failed: (exception, traceback)</extracomment>
        <translation>In thông báo</translation>
    </message>
    <message>
        <source>Print the notice or slip of the processing outcome just chosen</source>
        <translation>In thông báo hoặc phiếu của hình thức xử lý đơn vừa chọn</translation>
    </message>
    <message>
        <source>Print the notice of petition %1</source>
        <translation>In thông báo đơn %1</translation>
    </message>
    <message>
        <source>%1 — No. %2</source>
        <translation>%1 — số %2</translation>
    </message>
</context>
<context>
    <name>OpeningBalancesDialog</name>
    <message>
        <source>Opening balances (carried over from before the software)</source>
        <translation>Số liệu kỳ trước chuyển sang (trước khi dùng phần mềm)</translation>
    </message>
    <message>
        <source>Cases still open when the office started using the software are entered once per unit, form and column; they are added to that column in the report period holding the date.</source>
        <translation>Số vụ việc còn đang giải quyết khi cơ quan bắt đầu dùng phần mềm được nhập một lần cho mỗi đơn vị, biểu và cột; số liệu được cộng vào cột đó trong kỳ báo cáo chứa ngày đã nhập.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính từ ngày</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Where the figure comes from (old register…)</source>
        <translation>Nguồn số liệu (sổ theo dõi cũ…)</translation>
    </message>
    <message>
        <source>Enter figure</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>Import from XLSX…</source>
        <translation>Nhập từ tệp XLSX…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Enter one figure</source>
        <translation>Nhập một số liệu</translation>
    </message>
    <message>
        <source>Software used from</source>
        <translation>Dùng phần mềm từ ngày</translation>
    </message>
    <message>
        <source>Sheet columns: Unit code | Form | Column | Figure | Date | Note</source>
        <translation>Các cột của bảng: Mã đơn vị | Biểu | Cột | Số liệu | Ngày | Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) entered</source>
        <translation>
            <numerusform>Đã nhập %n số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a unit, a form and a column.</source>
        <translation>Chọn đơn vị, biểu và cột.</translation>
    </message>
    <message>
        <source>Figure entered.</source>
        <translation>Đã nhập số liệu.</translation>
    </message>
    <message>
        <source>Import opening balances</source>
        <translation>Nhập số liệu kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n số liệu từ tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Xóa số liệu</translation>
    </message>
    <message>
        <source>Why is the figure %1 of %2 column %3 removed?</source>
        <translation>Lý do xóa số liệu %1 của biểu %2, cột %3?</translation>
    </message>
    <message>
        <source>Figure removed.</source>
        <translation>Đã xóa số liệu.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Transfer the petition</source>
        <extracomment>The service call a dialog runs with its values (in a worker thread). Outcome → (dialog title, field label, field name) for the one-field outcomes.</extracomment>
        <translation>Chuyển đơn</translation>
    </message>
    <message>
        <source>Competent body receiving the petition:</source>
        <translation>Cơ quan có thẩm quyền nhận đơn:</translation>
    </message>
    <message>
        <source>Guide the citizen</source>
        <translation>Hướng dẫn công dân</translation>
    </message>
    <message>
        <source>Competent body to resolve:</source>
        <translation>Cơ quan có thẩm quyền giải quyết:</translation>
    </message>
    <message>
        <source>Return the petition</source>
        <translation>Trả lại đơn</translation>
    </message>
    <message>
        <source>Reason for returning the petition:</source>
        <translation>Lý do trả lại đơn:</translation>
    </message>
    <message>
        <source>Ask the lower level to resolve</source>
        <translation>Báo cáo cấp dưới giải quyết</translation>
    </message>
    <message>
        <source>Lower-level body:</source>
        <translation>Cơ quan cấp dưới:</translation>
    </message>
    <message>
        <source>File the petition</source>
        <translation>Lưu đơn</translation>
    </message>
    <message>
        <source>Processing date:</source>
        <translation>Ngày xử lý:</translation>
    </message>
    <message>
        <source>(choose the ground)</source>
        <translation>(chọn căn cứ)</translation>
    </message>
    <message>
        <source>Ground for filing:</source>
        <translation>Căn cứ lưu đơn:</translation>
    </message>
    <message>
        <source>(choose the ground of Art. 11)</source>
        <translation>(chọn căn cứ theo Điều 11)</translation>
    </message>
    <message>
        <source>Non-acceptance ground:</source>
        <translation>Căn cứ không thụ lý:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Processing date</source>
        <translation>Ngày xử lý</translation>
    </message>
</context>
<context>
    <name>PartiesBox</name>
    <message>
        <source>Parties</source>
        <translation>Các bên liên quan</translation>
    </message>
    <message>
        <source>Reveal the identity…</source>
        <translation>Xem danh tính…</translation>
    </message>
    <message>
        <source>Only the receiving officer, the resolver and their leader may; a reason is recorded.</source>
        <translation>Chỉ cán bộ tiếp nhận, người giải quyết và lãnh đạo trực tiếp được xem; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Người bị khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>The denouncer&apos;s identity is kept secret (Law on Denunciations, art. 47).</source>
        <translation>Danh tính người tố cáo được giữ bí mật (Luật Tố cáo, Điều 47).</translation>
    </message>
    <message>
        <source>%1 sealed scans.</source>
        <translation>%1 bản quét được niêm phong.</translation>
    </message>
    <message>
        <source>Identity revealed for you; this view was recorded in the audit trail.</source>
        <translation>Danh tính đã được hiển thị cho bạn; lần xem này đã được ghi vào nhật ký kiểm tra.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted data file — TCD Desktop</source>
        <translation>Tệp dữ liệu mã hoá — TCD Desktop</translation>
    </message>
    <message>
        <source>The office&apos;s data on this computer is encrypted. Enter the passphrase chosen when it was set up to open it.</source>
        <translation>Dữ liệu của cơ quan trên máy này được mã hoá. Nhập cụm mật khẩu đã chọn khi cài đặt để mở dữ liệu.</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Đang kiểm tra cụm mật khẩu…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Could not open the printer.</source>
        <extracomment>Pages are rasterised at this resolution at most (a 1200 dpi A4 page would be 550 MB).</extracomment>
        <translation>Không mở được máy in.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <extracomment>pages sent to the printer (0: cancelled or failed) the path the PDF was saved to</extracomment>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>In… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu bản PDF…</translation>
    </message>
    <message>
        <source>Saves the document exactly as it was issued.</source>
        <translation>Lưu đúng văn bản đã ban hành (bản PDF gốc).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu bản PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Không lưu được tệp: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>Quarter %1 of %2</source>
        <extracomment>The seeded Vietnamese name of each default field. Report periods named by their kind and year (the others by their dates).</extracomment>
        <translation>Quý %1 năm %2</translation>
    </message>
    <message>
        <source>6 months of %1</source>
        <translation>6 tháng năm %1</translation>
    </message>
    <message>
        <source>9 months of %1</source>
        <translation>9 tháng năm %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Month %1 of %2</source>
        <translation>Tháng %1 năm %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 từ %2 đến %3</translation>
    </message>
</context>
<context>
    <name>PetitionEditor</name>
    <message>
        <source>Body that handled it</source>
        <translation>Cơ quan đã giải quyết</translation>
    </message>
    <message>
        <source>Decision/document No.</source>
        <translation>Số quyết định/văn bản</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Document or evidence</source>
        <translation>Tên tài liệu, bằng chứng</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>— Choose a field —</source>
        <translation>— Chọn lĩnh vực —</translation>
    </message>
    <message>
        <source>Summary of what the citizen presents and asks for (each different complaint, denunciation, proposal or report is a separate petition)</source>
        <translation>Tóm tắt nội dung trình bày và yêu cầu của công dân (mỗi nội dung khiếu nại, tố cáo, kiến nghị, phản ánh khác nhau là một đơn riêng)</translation>
    </message>
    <message>
        <source>Body, organisation or person complained against / denounced</source>
        <translation>Cơ quan, tổ chức, cá nhân bị khiếu nại / bị tố cáo</translation>
    </message>
    <message>
        <source>Add a body</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>Cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>No. of the guidance / transfer document</source>
        <translation>Số văn bản hướng dẫn / chuyển đơn</translation>
    </message>
    <message>
        <source>Note, what was explained / answered</source>
        <translation>Ghi chú, nội dung đã giải thích / trả lời</translation>
    </message>
    <message>
        <source>Petition kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Content *</source>
        <translation>Nội dung *</translation>
    </message>
    <message>
        <source>Complained against</source>
        <translation>Bị khiếu nại</translation>
    </message>
    <message>
        <source>Already handled by</source>
        <translation>Đã được giải quyết</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Tài liệu nhận</translation>
    </message>
    <message>
        <source>Handling at the desk</source>
        <translation>Xử lý tại chỗ</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Denounced</source>
        <translation>Bị tố cáo</translation>
    </message>
    <message>
        <source>Respondent, subject</source>
        <translation>Bị khiếu nại, đối tượng</translation>
    </message>
</context>
<context>
    <name>PetitionQueueModel</name>
    <message>
        <source>Petition no.</source>
        <extracomment>The :class:`QueueRow` of the row. Native value to sort by (dates as dates, days as ints).</extracomment>
        <translation>Số đơn</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Nguồn đơn</translation>
    </message>
    <message>
        <source>Petition kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Người gửi đơn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <source>Processing due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Left (working days)</source>
        <translation>Còn (ngày làm việc)</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>45-day limit</source>
        <translation>Hạn 45 ngày</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Forwarded by another agency</source>
        <translation>Cơ quan khác chuyển đến</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>rule T1 — answer a citizen who came in person within 10 working days</source>
        <extracomment>what the legal rule ids (LAW.md) of the queue&apos;s deadlines mean, said in full</extracomment>
        <translation>quy tắc T1 — trả lời công dân đến trình bày trong 10 ngày làm việc</translation>
    </message>
    <message>
        <source>rule T2 — process a petition within 10 working days of receipt</source>
        <translation>quy tắc T2 — xử lý đơn trong 10 ngày làm việc kể từ ngày nhận</translation>
    </message>
    <message>
        <source>rule D1 — classify a denunciation and check it may be accepted within 7 working days</source>
        <translation>quy tắc D1 — phân loại, kiểm tra điều kiện thụ lý tố cáo trong 7 ngày làm việc</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>quy tắc %1</translation>
    </message>
    <message>
        <source>%n day(s) overdue</source>
        <translation>Quá %n ngày</translation>
    </message>
    <message>
        <source>Leaving a petition unprocessed over 45 days without a reason is a disciplinary offence (%1): limit %2 (%3) — %4</source>
        <translation>Không xử lý đơn quá 45 ngày mà không có lý do là hành vi bị xử lý kỷ luật (%1): hạn %2 (%3) — %4</translation>
    </message>
    <message>
        <source> (over level)</source>
        <translation> (vượt cấp)</translation>
    </message>
    <message>
        <source>Petition %1 — %2</source>
        <translation>Đơn %1 — %2</translation>
    </message>
    <message>
        <source>Processing due: %1 (%2) — %3</source>
        <translation>Hạn xử lý: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Answer to the citizen due: %1 (%2) — %3</source>
        <translation>Hạn trả lời công dân: %1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>PetitionQueuePage</name>
    <message>
        <source>Accept</source>
        <extracomment>Roles that see the queue (the service&apos;s own list).</extracomment>
        <translation>Thụ lý</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển đơn</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Return the petition</source>
        <translation>Trả lại đơn</translation>
    </message>
    <message>
        <source>File the petition</source>
        <translation>Lưu đơn</translation>
    </message>
    <message>
        <source>Ask the lower level to resolve</source>
        <translation>Báo cáo cấp dưới giải quyết</translation>
    </message>
    <message>
        <source>Petition processing</source>
        <extracomment>the queue was (re)loaded (tests) the unit list and the officers to assign are loaded an outcome was saved: (petition id, StepResult or PetitionOutcome)</extracomment>
        <translation>Xử lý đơn</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All petition kinds</source>
        <translation>Tất cả loại đơn</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tất cả nguồn đơn</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Petition kind:</source>
        <translation>Loại đơn:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn đơn:</translation>
    </message>
    <message>
        <source>Only the petitions received from 01/07/2026 and still unprocessed 45 days after receipt; leaving a petition so without a reason is a disciplinary offence (Decree 154/2026/NĐ-CP, Article 41, clause 3, point b)</source>
        <translation>Chỉ hiện các đơn nhận từ ngày 01/07/2026 đã quá 45 ngày kể từ ngày nhận mà chưa xử lý; không xử lý đơn quá 45 ngày mà không có lý do là hành vi bị xử lý kỷ luật (Nghị định 154/2026/NĐ-CP, Điều 41 khoản 3 điểm b)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Over 45 days unprocessed</source>
        <translation>Quá 45 ngày chưa xử lý</translation>
    </message>
    <message>
        <source>Over 45 days unprocessed (%1)</source>
        <translation>Quá 45 ngày chưa xử lý (%1)</translation>
    </message>
    <message>
        <source>%1 petitions awaiting processing · %2 overdue · %3 over 45 days unprocessed</source>
        <translation>%1 đơn chờ xử lý · %2 quá hạn · %3 quá 45 ngày chưa xử lý</translation>
    </message>
    <message>
        <source>, resolution due %1</source>
        <translation>, hạn giải quyết %1</translation>
    </message>
    <message>
        <source>Accepted petition %1: case %2%3.</source>
        <translation>Đã thụ lý đơn %1: vụ việc %2%3.</translation>
    </message>
    <message>
        <source>Petition %1: %2 on %3.</source>
        <translation>Đơn %1: %2 ngày %3.</translation>
    </message>
</context>
<context>
    <name>PetitionsSection</name>
    <message>
        <source>3. Contents and handling</source>
        <translation>3. Nội dung và hướng xử lý</translation>
    </message>
    <message>
        <source>Add a content (separate petition)</source>
        <translation>Thêm nội dung (tách đơn)</translation>
    </message>
    <message>
        <source>Each different complaint, denunciation, proposal or report is recorded as a separate petition</source>
        <translation>Mỗi nội dung khiếu nại, tố cáo, kiến nghị, phản ánh khác nhau được ghi thành một đơn</translation>
    </message>
    <message>
        <source>Remove this content</source>
        <translation>Bỏ nội dung này</translation>
    </message>
    <message>
        <source>Content %1: %2</source>
        <translation>Nội dung %1: %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Opening the database and signing in…</source>
        <translation>Đang mở cơ sở dữ liệu và đăng nhập…</translation>
    </message>
    <message>
        <source>This screen is coming in a later version.</source>
        <translation>Màn hình này sẽ có trong phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>Print the test page and measure it: A4, margins of Decree 30/2020 (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm). You can also skip this and print later.</source>
        <translation>In trang thử rồi đo trên giấy: khổ A4, lề theo Nghị định 30/2020 (trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm). Có thể bỏ qua bước này và in thử sau.</translation>
    </message>
    <message>
        <source>Print the test page…</source>
        <translation>In trang thử…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Đang dừng ở bước an toàn tiếp theo…</translation>
    </message>
</context>
<context>
    <name>PublicationPreviewDialog</name>
    <message>
        <source>Public version: check before issuing</source>
        <translation>Bản công khai: kiểm tra trước khi ban hành</translation>
    </message>
    <message>
        <source>This is every text the public version will print. The denouncer&apos;s identity has been replaced by a mark; read it and make sure nothing left (a nickname, a relative, a place, a number) still reveals the denouncer.</source>
        <translation>Đây là toàn bộ nội dung sẽ in trong bản công khai. Danh tính người tố cáo đã được thay bằng dấu che; hãy đọc kỹ và bảo đảm không còn chi tiết nào (tên gọi khác, người thân, địa danh, con số) làm lộ người tố cáo.</translation>
    </message>
    <message>
        <source>Passages hidden: %1</source>
        <translation>Số chỗ đã che: %1</translation>
    </message>
    <message>
        <source>I have read the public version; it does not reveal the denouncer</source>
        <translation>Tôi đã đọc bản công khai; bản này không làm lộ người tố cáo</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Đang lập giấy biên nhận…</translation>
    </message>
    <message>
        <source>Receipt No. %1</source>
        <translation>Giấy biên nhận số %1</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Citizen reception form</source>
        <extracomment>a save asked for by the close prompt succeeded: the window may close now</extracomment>
        <translation>Phiếu tiếp công dân</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>Lượt tiếp mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>In giấy biên nhận (Ctrl+P)</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Lượt tiếp mới</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>Lưu phiếu</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>In giấy biên nhận</translation>
    </message>
    <message>
        <source>Not saved (draft restored)</source>
        <translation>Chưa lưu (đã khôi phục bản nháp)</translation>
    </message>
    <message>
        <source>This form has been saved. Press Ctrl+N for the next citizen.</source>
        <translation>Phiếu này đã được lưu. Nhấn Ctrl+N để tiếp công dân tiếp theo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>The reception form has not been saved.</source>
        <translation>Phiếu tiếp công dân chưa được lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the form are not valid:</source>
        <translation>
            <numerusform>Phiếu còn %n thông tin chưa hợp lệ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved form No. %1</source>
        <translation>Đã lưu phiếu số %1</translation>
    </message>
    <message>
        <source>receipt No. %1</source>
        <translation>giấy biên nhận số %1</translation>
    </message>
    <message>
        <source>answer to the citizen due %1</source>
        <translation>hạn trả lời công dân %1</translation>
    </message>
    <message>
        <source>Visit saved. Press Ctrl+N for the next citizen.</source>
        <translation>Đã lưu lượt tiếp. Nhấn Ctrl+N để tiếp công dân tiếp theo.</translation>
    </message>
    <message>
        <source>Save the form before printing the receipt (Ctrl+S).</source>
        <translation>Lưu phiếu trước khi in giấy biên nhận (Ctrl+S).</translation>
    </message>
    <message>
        <source>No documents were received at this visit, so there is no receipt.</source>
        <translation>Lượt tiếp này không nhận tài liệu nên không có giấy biên nhận.</translation>
    </message>
</context>
<context>
    <name>RecordDialogueDialog</name>
    <message>
        <source>Dialogue held — %1</source>
        <translation>Tổ chức đối thoại — %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Absence justified</source>
        <translation>Vắng có lý do chính đáng</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Point discussed</source>
        <translation>Nội dung đối thoại</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Add opinion</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <source>Date of the dialogue</source>
        <translation>Ngày đối thoại</translation>
    </message>
    <message>
        <source>Verification result announced</source>
        <translation>Kết quả xác minh đã công bố</translation>
    </message>
    <message>
        <source>Points agreed</source>
        <translation>Những nội dung đã thống nhất</translation>
    </message>
    <message>
        <source>Points still disputed</source>
        <translation>Những nội dung còn ý kiến khác nhau</translation>
    </message>
    <message>
        <source>Other opinions</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>Result of the dialogue</source>
        <translation>Kết quả đối thoại</translation>
    </message>
    <message>
        <source>Dialogue at %1; presiding: %2</source>
        <translation>Đối thoại tại %1; chủ trì: %2</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Opinions of the parties</source>
        <translation>Ý kiến của các bên</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>A SHA-256 fingerprint of the file: if a single byte of the file changed, this code would no longer match. Point at a row to see its full code.</source>
        <extracomment>The whole record of the row (a service dataclass). Native value to sort by. Translation context of :attr:`HEADERS` (English source texts).</extracomment>
        <translation>Mã SHA-256 của tệp: chỉ cần một byte của tệp bị thay đổi là mã này không còn khớp. Di chuột vào từng dòng để xem đủ mã.</translation>
    </message>
</context>
<context>
    <name>RefusalSection</name>
    <message>
        <source>4. Refusal to receive the citizen</source>
        <translation>4. Từ chối tiếp công dân</translation>
    </message>
    <message>
        <source>Refuse to receive the citizen (tell the citizen the reason)</source>
        <translation>Từ chối tiếp công dân (nêu rõ lý do cho công dân)</translation>
    </message>
    <message>
        <source>Note: what happened, other legal grounds (if any)</source>
        <translation>Ghi chú: diễn biến, căn cứ pháp luật khác (nếu có)</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— Choose the ground for refusal —</source>
        <translation>— Chọn căn cứ từ chối —</translation>
    </message>
    <message>
        <source>Ground: %1.</source>
        <translation>Căn cứ: %1.</translation>
    </message>
    <message>
        <source>The head issues the notice of refusal (Form 01/TCD) within 03 working days.</source>
        <translation>Người đứng đầu ra Thông báo từ chối tiếp công dân (Mẫu 01/TCD) trong 03 ngày làm việc.</translation>
    </message>
    <message>
        <source>(Ground from a new legal text; check against the official text.)</source>
        <translation>(Căn cứ theo văn bản mới, cần đối chiếu văn bản chính thức.)</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation>Đoàn đông người</translation>
    </message>
    <message>
        <source>Duplicate, repeated petitions</source>
        <translation>Đơn trùng, tái diễn</translation>
    </message>
    <message>
        <source>Search (without diacritics is fine): name, address, content, form number</source>
        <translation>Tìm (gõ không dấu được): họ tên, địa chỉ, nội dung, số phiếu</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Petition kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Reception register</source>
        <translation>Sổ tiếp công dân</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 lượt tiếp</translation>
    </message>
    <message>
        <source>Cannot sort by the column “%1”.</source>
        <translation>Không sắp xếp được theo cột “%1”.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Đang sắp xếp…</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>The 13 columns of Mẫu 03/TCD (NĐ 154/2026), then the receipt number.</extracomment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp</translation>
    </message>
    <message>
        <source>Full name, address</source>
        <translation>Họ tên, địa chỉ</translation>
    </message>
    <message>
        <source>ID card/
Passport</source>
        <translation>CCCD/CMND/
Hộ chiếu</translation>
    </message>
    <message>
        <source>Content of the petition</source>
        <translation>Nội dung đơn</translation>
    </message>
    <message>
        <source>Petition kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <source>People
with the same
content</source>
        <translation>Số người
cùng
nội dung</translation>
    </message>
    <message>
        <source>Agency that
resolved it</source>
        <translation>Cơ quan đã
giải quyết</translation>
    </message>
    <message>
        <source>Within
competence</source>
        <translation>Thuộc
thẩm quyền</translation>
    </message>
    <message>
        <source>Citizen guided
to the competent
agency</source>
        <translation>Hướng dẫn công dân
đến cơ quan
có thẩm quyền</translation>
    </message>
    <message>
        <source>Agency, unit that
accepted it (transfer
document no.)</source>
        <translation>Cơ quan, đơn vị thụ lý
(số văn bản
chuyển đơn)</translation>
    </message>
    <message>
        <source>Follow-up of
the result</source>
        <translation>Theo dõi kết quả
giải quyết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Column (%1) of Form 03/TCD</source>
        <extracomment>Columns made of the register&apos;s phrases (guided to, transferred to, follow-up, note).</extracomment>
        <translation>Cột (%1) Mẫu 03/TCD</translation>
    </message>
    <message>
        <source>Reception slip number</source>
        <translation>Số phiếu tiếp</translation>
    </message>
    <message>
        <source> — cannot be sorted by this column</source>
        <translation> — không sắp xếp theo cột này</translation>
    </message>
</context>
<context>
    <name>RegisterTransfer</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Import the register from a file…</source>
        <translation>Nhập sổ từ tệp…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the reception register</source>
        <translation>Xuất sổ tiếp công dân</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Đang xuất %1…</translation>
    </message>
    <message>
        <source>Exporting the reception register to %1</source>
        <translation>Đang xuất sổ tiếp công dân ra tệp %1</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Exported %1 visits to the file %2.</source>
        <translation>Đã xuất %1 lượt tiếp ra tệp %2.</translation>
    </message>
    <message>
        <source>Import the reception register</source>
        <translation>Nhập sổ tiếp công dân</translation>
    </message>
    <message>
        <source>Reception register (*.xlsx *.csv)</source>
        <translation>Sổ tiếp công dân (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Reading and checking %1</source>
        <translation>Đang đọc và kiểm tra %1</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was imported.</source>
        <translation>Đã dừng đọc tệp; chưa nhập gì.</translation>
    </message>
    <message>
        <source>Imported %1 visits into the register</source>
        <translation>Đã nhập %1 lượt tiếp vào sổ</translation>
    </message>
    <message>
        <source> (%1 rows excluded).</source>
        <translation> (%1 dòng loại trừ).</translation>
    </message>
    <message>
        <source>Import stopped; nothing was imported.</source>
        <translation>Đã dừng nhập; chưa có gì được nhập vào sổ.</translation>
    </message>
    <message>
        <source>Importing into the reception register</source>
        <translation>Đang nhập vào sổ tiếp công dân</translation>
    </message>
</context>
<context>
    <name>RepeatMatchModel</name>
    <message>
        <source>Petition %1 of %2 — %3</source>
        <translation>Đơn %1 ngày %2 — %3</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ việc %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Earlier petition</source>
        <translation>Đơn trước đây</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <source>No duplicate or repeated petition found yet.</source>
        <translation>Chưa thấy đơn trùng hoặc tái diễn.</translation>
    </message>
    <message>
        <source>Duplicate and repeat warnings</source>
        <translation>Cảnh báo đơn trùng, tái diễn</translation>
    </message>
    <message>
        <source>Link as a repeated petition</source>
        <translation>Liên kết là đơn tái diễn</translation>
    </message>
    <message>
        <source>Not a duplicate — ignore</source>
        <translation>Không trùng — bỏ qua</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier petition(s) may be duplicates or repeats — see the reasons below.</source>
        <translation>
            <numerusform>Có %n đơn trước có thể trùng hoặc tái diễn — xem lý do bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked as a repeat of petition %1 (%2).</source>
        <translation>Đã liên kết là tái diễn của đơn %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ReportForms</name>
    <message>
        <source>Summary of regular, periodic and unscheduled citizen reception</source>
        <translation>Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất</translation>
    </message>
    <message>
        <source>Summary of classifying and handling petitions received at reception</source>
        <translation>Tổng hợp kết quả phân loại, xử lý đơn qua tiếp công dân</translation>
    </message>
    <message>
        <source>Summary of petition handling</source>
        <translation>Tổng hợp kết quả xử lý đơn</translation>
    </message>
    <message>
        <source>Summary of complaint petition handling</source>
        <translation>Tổng hợp kết quả xử lý đơn khiếu nại</translation>
    </message>
    <message>
        <source>Summary of denunciation petition handling</source>
        <translation>Tổng hợp kết quả xử lý đơn tố cáo</translation>
    </message>
    <message>
        <source>Summary of recommendation and feedback petition handling</source>
        <translation>Tổng hợp kết quả xử lý đơn kiến nghị, phản ánh</translation>
    </message>
    <message>
        <source>Summary of complaint resolution within competence</source>
        <translation>Tổng hợp kết quả giải quyết thuộc thẩm quyền (as printed; by analogy with 03/kqgq &apos;tổng hợp kết quả giải quyết tố cáo thuộc thẩm quyền&apos; the intended title is probably &apos;…giải quyết khiếu nại thuộc thẩm quyền&apos; [inferred])</translation>
    </message>
    <message>
        <source>Summary of enforcing complaint resolution decisions</source>
        <translation>Tổng hợp kết quả thi hành quyết định giải quyết khiếu nại</translation>
    </message>
    <message>
        <source>Summary of denunciation resolution within competence</source>
        <translation>Tổng hợp kết quả giải quyết tố cáo thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Summary of carrying out denunciation conclusions</source>
        <translation>Tổng hợp kết quả thực hiện kết luận nội dung tố cáo</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Total</source>
        <extracomment>``(unit code or &quot;&quot;, column number)`` of a number cell, for drill-down (the cell&apos;s record). Header role: the column&apos;s number and whole heading path.</extracomment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Statutory periodic reports</source>
        <translation>Báo cáo định kỳ theo Thông tư 01/2024/TT-TTCP</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Lock as sent</source>
        <translation>Khóa số liệu đã gửi</translation>
    </message>
    <message>
        <source>Opening balances…</source>
        <translation>Số liệu kỳ trước chuyển sang…</translation>
    </message>
    <message>
        <source>Cases carried over from before the software, per unit, form and column</source>
        <translation>Vụ việc chuyển sang từ trước khi dùng phần mềm, theo đơn vị, biểu và cột</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>Counting stopped.</source>
        <translation>Đã dừng tổng hợp số liệu.</translation>
    </message>
    <message>
        <source>Counting the report %1</source>
        <translation>Đang tổng hợp biểu %1</translation>
    </message>
    <message>
        <source>Figures from %1 to %2 (%3)</source>
        <translation>Số liệu tính từ ngày %1 đến ngày %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>LOCKED as sent; %n cell(s) differ now</source>
        <translation>
            <numerusform>ĐÃ KHÓA theo số liệu đã gửi; %n ô khác với số liệu hiện tại</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saving the report to %1</source>
        <translation>Đang lưu báo cáo vào tệp %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Saving stopped; no file was written.</source>
        <translation>Đã dừng lưu; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Locking the report as sent</source>
        <translation>Đang khóa số liệu đã gửi</translation>
    </message>
    <message>
        <source>Locking stopped; the report was not locked.</source>
        <translation>Đã dừng khóa; số liệu kỳ báo cáo chưa bị khóa.</translation>
    </message>
</context>
<context>
    <name>RoleChecks</name>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>ScheduleDialogueDialog</name>
    <message>
        <source>Dialogue notice — %1</source>
        <translation>Thông báo đối thoại — %1</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>the confirmation asked about a non-working day (tests read it)</extracomment>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Thêm người tham gia</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Bỏ dòng đã chọn</translation>
    </message>
    <message>
        <source>Date the notice was sent</source>
        <translation>Ngày gửi thông báo</translation>
    </message>
    <message>
        <source>Time of the dialogue</source>
        <translation>Thời gian đối thoại</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Presiding</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Subject of the dialogue</source>
        <translation>Nội dung đối thoại</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham gia</translation>
    </message>
    <message>
        <source>The place of the dialogue is required.</source>
        <translation>Phải ghi địa điểm đối thoại.</translation>
    </message>
    <message>
        <source>The presiding official is required.</source>
        <translation>Phải ghi người chủ trì đối thoại.</translation>
    </message>
    <message>
        <source>Row %1: the participant&apos;s full name is required.</source>
        <translation>Dòng %1: phải ghi họ tên người tham gia.</translation>
    </message>
    <message>
        <source>The complainant or their representative must be invited.</source>
        <translation>Phải mời người khiếu nại hoặc người đại diện của họ.</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Ngày không làm việc</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Leaders&apos; periodic reception schedule</source>
        <translation>Lịch tiếp công dân định kỳ của lãnh đạo</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Tháng trước</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Tháng sau ▶</translation>
    </message>
    <message>
        <source>All bodies and units</source>
        <translation>Tất cả cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Schedule of the selected leader</source>
        <translation>Lịch của lãnh đạo đã chọn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Ngày có lịch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <source>click a day to add it to the plan or remove it.</source>
        <translation>bấm vào ngày để thêm/bỏ khỏi lịch.</translation>
    </message>
    <message>
        <source>Place of reception, e.g. the commune&apos;s citizen reception office</source>
        <translation>Địa điểm tiếp, ví dụ: Trụ sở tiếp công dân xã</translation>
    </message>
    <message>
        <source>Save the month&apos;s plan</source>
        <translation>Lưu lịch tháng</translation>
    </message>
    <message>
        <source>Note on the session (e.g. no citizen came)</source>
        <translation>Ghi chú buổi tiếp (ví dụ: không có công dân đến)</translation>
    </message>
    <message>
        <source>Record a session held on the selected day</source>
        <translation>Ghi nhận đã tiếp ngày đang chọn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>%1/%2 leaders have warnings about the periodic reception schedule of %3.</source>
        <translation>%1/%2 lãnh đạo có cảnh báo về lịch tiếp công dân định kỳ tháng %3.</translation>
    </message>
    <message>
        <source>Meets the minimum the law requires.</source>
        <translation>Đạt mức tối thiểu theo quy định.</translation>
    </message>
    <message>
        <source>Saved the plan of %1 (%2 days).</source>
        <translation>Đã lưu lịch tháng %1 (%2 ngày).</translation>
    </message>
    <message>
        <source>Recorded the session of %1.</source>
        <translation>Đã ghi nhận buổi tiếp ngày %1.</translation>
    </message>
    <message>
        <source>Changed the leader&apos;s reception position.</source>
        <translation>Đã đổi chức danh tiếp công dân của lãnh đạo.</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>The database cannot be reached (the server does not answer or the file is locked). What you typed is kept; please try again in a moment.</source>
        <translation>Không truy cập được cơ sở dữ liệu (máy chủ không phản hồi hoặc tệp đang bị khóa). Dữ liệu đang nhập vẫn được giữ; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Could not read or write a file: %1</source>
        <translation>Lỗi đọc/ghi tệp: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Unexpected error; it was logged for checking.</source>
        <translation>Lỗi không mong đợi; đã ghi nhận để kiểm tra.</translation>
    </message>
    <message>
        <source>Recorded. Please note:</source>
        <translation>Đã ghi nhận. Lưu ý:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>%1 — petition %2</source>
        <translation>%1 — đơn %2</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Sign &amp;out</source>
        <extracomment>the signed-in user changed (a new :class:`Screens`); None after signing out for good</extracomment>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Database (SQLAlchemy URL)</source>
        <translation>Cơ sở dữ liệu (địa chỉ SQLAlchemy)</translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation>Mã bàn tiếp</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Tên bàn tiếp</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Số bản sao lưu hằng ngày giữ lại</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Số bản sao lưu hằng tuần giữ lại</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Số bản sao lưu hằng tháng giữ lại</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than (days)</source>
        <translation>Cảnh báo khi bản sao lưu gần nhất cũ hơn (ngày)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Due soon: working days before the time limit</source>
        <translation>Sắp đến hạn: số ngày làm việc trước hạn</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity (minutes, 0 = never)</source>
        <translation>Khóa màn hình khi không dùng (phút, 0 = không khóa)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Database</source>
        <extracomment>The table, in the order the settings page shows it. Titles of the groups (settings page sections), English sources in context ``Settings``.</extracomment>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Bàn tiếp công dân</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings of this computer. A new database or language applies when the application is opened again.</source>
        <translation>Cài đặt của máy này. Cơ sở dữ liệu hoặc ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Calendar days…</source>
        <translation>Lịch ngày nghỉ…</translation>
    </message>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>(máy in mặc định của hệ thống)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database (and upgrading it if needed)…</source>
        <translation>Đang mở cơ sở dữ liệu (và nâng cấp nếu cần)…</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>Current step</source>
        <translation>Bước hiện tại</translation>
    </message>
    <message>
        <source>Last step: %1 on %2</source>
        <translation>Bước gần nhất: %1 ngày %2</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Chưa ghi nhận bước nào.</translation>
    </message>
    <message>
        <source>Allowed next: %1</source>
        <translation>Có thể làm tiếp: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Note</source>
        <extracomment>emitted once the spec&apos;s ``load`` has filled the ``choice`` fields</extracomment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— Choose —</source>
        <translation>— Chọn —</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>(choose a form)</source>
        <translation>(chọn hình thức)</translation>
    </message>
    <message>
        <source>The superior received a denunciation not resolved in time</source>
        <extracomment>What starts each tracked clock (services/cases/tracked.py ``TRACKED``), in English; the Vietnamese catalogue gives back exactly the service&apos;s words.</extracomment>
        <translation>Cấp trên nhận được tố cáo do quá hạn mà chưa được giải quyết</translation>
    </message>
    <message>
        <source>The resolver received the superior&apos;s written request for a report</source>
        <translation>Người giải quyết nhận được văn bản yêu cầu báo cáo của cấp trên</translation>
    </message>
    <message>
        <source>A denunciation forwarded by the press or another body was received</source>
        <translation>Nhận tố cáo do cơ quan báo chí, cơ quan, tổ chức khác chuyển đến</translation>
    </message>
    <message>
        <source>Dialogue %1 — %2</source>
        <translation>Đối thoại %1 — %2</translation>
    </message>
    <message>
        <source> (scan kept)</source>
        <translation> (đã có bản quét)</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Officer assigned</source>
        <translation>Cán bộ được giao</translation>
    </message>
    <message>
        <source>Tracked time limit</source>
        <translation>Thời hạn theo dõi</translation>
    </message>
    <message>
        <source>Form of the withdrawal request</source>
        <translation>Hình thức yêu cầu rút</translation>
    </message>
    <message>
        <source>Recipients (one a line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Result of enforcement</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>Complexity criteria</source>
        <translation>Tiêu chí phức tạp</translation>
    </message>
    <message>
        <source>Very complex</source>
        <translation>Đặc biệt phức tạp</translation>
    </message>
    <message>
        <source>Written finding</source>
        <translation>Nhận định bằng văn bản</translation>
    </message>
    <message>
        <source>Person or body assigned to verify</source>
        <translation>Người, cơ quan được giao xác minh</translation>
    </message>
    <message>
        <source>What to verify</source>
        <translation>Nội dung xác minh</translation>
    </message>
    <message>
        <source>Verification period (days)</source>
        <translation>Thời hạn xác minh (ngày)</translation>
    </message>
    <message>
        <source>Summary of the verification</source>
        <translation>Tóm tắt kết quả xác minh</translation>
    </message>
    <message>
        <source>The verification differs from the complainant&apos;s demand</source>
        <translation>Kết quả xác minh khác yêu cầu của người khiếu nại</translation>
    </message>
    <message>
        <source>Days of extension (at most 30)</source>
        <translation>Số ngày gia hạn (không quá 30)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>Ground for suspension</source>
        <translation>Căn cứ tạm đình chỉ</translation>
    </message>
    <message>
        <source>Contents withdrawn (one a line)</source>
        <translation>Nội dung được rút (mỗi dòng một nội dung)</translation>
    </message>
    <message>
        <source>Complainant withdrawing (complaint by many people)</source>
        <translation>Người khiếu nại rút (khiếu nại đông người)</translation>
    </message>
    <message>
        <source>The cases of Article 33 clause 3 of the Law on Denunciation were checked (denunciations only)</source>
        <translation>Đã kiểm tra các trường hợp Điều 33 khoản 3 Luật Tố cáo (chỉ tố cáo)</translation>
    </message>
    <message>
        <source>Cases that must still be resolved (Article 33 clause 3)</source>
        <translation>Trường hợp vẫn phải giải quyết (Điều 33 khoản 3)</translation>
    </message>
    <message>
        <source>Other reason to continue resolving (denunciations only)</source>
        <translation>Lý do khác vẫn tiếp tục giải quyết (chỉ tố cáo)</translation>
    </message>
    <message>
        <source>Ground for termination</source>
        <translation>Căn cứ đình chỉ</translation>
    </message>
    <message>
        <source>Reason for not holding a dialogue (required if none was held)</source>
        <translation>Lý do không tổ chức đối thoại (bắt buộc nếu chưa đối thoại)</translation>
    </message>
    <message>
        <source>Date the complainant received the decision</source>
        <translation>Ngày người khiếu nại nhận quyết định</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Handling measures</source>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <source>Form of publication</source>
        <translation>Hình thức công khai</translation>
    </message>
    <message>
        <source>meeting, notice board, press</source>
        <translation>họp, niêm yết, báo chí</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Result of handling the information</source>
        <translation>Kết quả xử lý thông tin</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Date the further denunciation was received</source>
        <translation>Ngày nhận đơn tố cáo tiếp</translation>
    </message>
    <message>
        <source>Resolve the denunciation again</source>
        <translation>Giải quyết lại vụ việc tố cáo</translation>
    </message>
    <message>
        <source>Ground for resolving again</source>
        <translation>Căn cứ giải quyết lại</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Investigating body or procuracy receiving the file</source>
        <translation>Cơ quan điều tra, Viện kiểm sát nhận hồ sơ</translation>
    </message>
    <message>
        <source>Signs of a crime found</source>
        <translation>Dấu hiệu tội phạm đã phát hiện</translation>
    </message>
    <message>
        <source>Date the signs of a crime were found</source>
        <translation>Ngày phát hiện dấu hiệu tội phạm</translation>
    </message>
    <message>
        <source>Date transferred</source>
        <translation>Ngày chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Date of the event that starts the count</source>
        <translation>Ngày xảy ra sự kiện bắt đầu tính</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Buổi đối thoại</translation>
    </message>
    <message>
        <source>Scan of the signed minutes</source>
        <translation>Bản quét biên bản đã ký</translation>
    </message>
    <message>
        <source>Date kept</source>
        <translation>Ngày lưu</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Take the next step</source>
        <extracomment>emitted with the dialog just opened (tests, screenshots)</extracomment>
        <translation>Thực hiện bước tiếp theo</translation>
    </message>
    <message>
        <source>No step for this kind of case.</source>
        <translation>Không có bước nào cho loại vụ việc này.</translation>
    </message>
    <message>
        <source>This step has no form on the case window yet.</source>
        <translation>Bước này chưa có màn hình nhập trên trang vụ việc.</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>Ghi nhận «%1»</translation>
    </message>
    <message>
        <source>No dialogue has been announced and not yet held.</source>
        <translation>Không có buổi đối thoại nào đã thông báo mà chưa tổ chức.</translation>
    </message>
    <message>
        <source>Could not open the dialogue.</source>
        <translation>Không mở được buổi đối thoại.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <extracomment>The whole :class:`~tcd_desktop.services.cases.TimelineEntry` of the row. Native value to sort by.</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>UnconfirmedForm</name>
    <message>
        <source> (form number not checked against the Official Gazette)</source>
        <translation> (số mẫu chưa đối chiếu Công báo)</translation>
    </message>
    <message>
        <source>The form number is not yet checked against the Official Gazette: %1</source>
        <translation>Số mẫu văn bản chưa được đối chiếu với Công báo: %1</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <extracomment>(key, English header) of the unit table; keys other than metrics are computed columns</extracomment>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>Đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Đã giải quyết quá hạn</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>Quá hạn &gt; 30 ngày</translation>
    </message>
    <message>
        <source>Accepted in period</source>
        <translation>Thụ lý trong kỳ</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Đông người</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Tái diễn</translation>
    </message>
    <message>
        <source>Reception days held / required</source>
        <translation>Ngày tiếp đã tổ chức / tối thiểu</translation>
    </message>
    <message>
        <source>1–5 working days</source>
        <translation>1–5 ngày làm việc</translation>
    </message>
    <message>
        <source>6–10 working days</source>
        <translation>6–10 ngày làm việc</translation>
    </message>
    <message>
        <source>11–30 working days</source>
        <translation>11–30 ngày làm việc</translation>
    </message>
    <message>
        <source>More than 30</source>
        <translation>Trên 30 ngày</translation>
    </message>
    <message>
        <source>Overdue in all</source>
        <translation>Tổng số quá hạn</translation>
    </message>
    <message>
        <source>Click a number to list its cases</source>
        <translation>Bấm vào một số để xem danh sách vụ việc</translation>
    </message>
    <message>
        <source>%1 (before 01/7/2025)</source>
        <translation>%1 (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>Closed on time ÷ (closed in the period + open and overdue)</source>
        <translation>Đúng hạn ÷ (đã giải quyết trong kỳ + đang quá hạn)</translation>
    </message>
    <message>
        <source>Periodic reception days the unit&apos;s leaders held, against the legal minimum</source>
        <translation>Số ngày lãnh đạo đơn vị đã tiếp công dân định kỳ so với mức tối thiểu theo luật</translation>
    </message>
    <message>
        <source>%1 of its own, %2 with its units</source>
        <translation>%1 của riêng đơn vị, %2 gồm cả đơn vị trực thuộc</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>— No unit —</source>
        <translation>— Không thuộc đơn vị —</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Agency, unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Tạm khoá đến %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (mẫu)</translation>
    </message>
</context>
<context>
    <name>VisitInput</name>
    <message>
        <source>Year of birth has 4 digits, e.g. 1975.</source>
        <extracomment>participant index → &quot;agent&quot; or &quot;representative:&lt;row&gt;&quot;</extracomment>
        <translation>Năm sinh gồm 4 chữ số, ví dụ 1975.</translation>
    </message>
    <message>
        <source>The date “%1” is not in day/month/year form.</source>
        <translation>Ngày “%1” không đúng dạng ngày/tháng/năm.</translation>
    </message>
</context>
<context>
    <name>VisitSection</name>
    <message>
        <source>Representative full name</source>
        <translation>Họ và tên người đại diện</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>A group of %1 people may appoint at most %2 representatives; there are %3 (including the person presenting in section 1) — Article 29 of the Law on Citizen Reception.</source>
        <translation>Đoàn %1 người chỉ được cử tối đa %2 người đại diện; đang có %3 người (kể cả người trình bày ở mục 1) — Điều 29 Luật Tiếp công dân.</translation>
    </message>
    <message>
        <source>A group visit must appoint representatives.</source>
        <translation>Đoàn đông người phải cử người đại diện.</translation>
    </message>
    <message>
        <source>2. Visit</source>
        <translation>2. Lượt tiếp</translation>
    </message>
    <message>
        <source> person(s)</source>
        <translation> người</translation>
    </message>
    <message>
        <source>Time of reception</source>
        <translation>Thời gian tiếp</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>Số người đến</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp</translation>
    </message>
    <message>
        <source>Presiding leader</source>
        <translation>Lãnh đạo chủ trì</translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation>Đoàn đông người</translation>
    </message>
    <message>
        <source>5–10 people appoint 1 or 2 representatives; more than 10 people appoint at most 5 representatives (Article 29 of the Law on Citizen Reception). The person presenting in section 1 is the first representative; add the other representatives of the group (if any).</source>
        <translation>5–10 người cử 1 hoặc 2 người đại diện; trên 10 người cử tối đa 5 người đại diện (Điều 29 Luật Tiếp công dân). Người trình bày ở mục 1 là người đại diện thứ nhất; ghi thêm các người đại diện khác của đoàn (nếu có).</translation>
    </message>
    <message>
        <source>Add a representative</source>
        <translation>Thêm người đại diện</translation>
    </message>
    <message>
        <source>The representatives are appointed in writing, signed by the people in the group</source>
        <translation>Việc cử người đại diện có văn bản, có chữ ký của những người trong đoàn</translation>
    </message>
    <message>
        <source>Document appointing the representatives, e.g.: appointment of 02/3/2026, 12 signatures</source>
        <translation>Văn bản cử người đại diện, ví dụ: Văn bản cử đại diện ngày 02/3/2026, 12 chữ ký</translation>
    </message>
    <message>
        <source>— Choose a leader —</source>
        <translation>— Chọn lãnh đạo —</translation>
    </message>
    <message>
        <source>Group visit — %1 people</source>
        <translation>Đoàn đông người — %1 người</translation>
    </message>
    <message>
        <source>A group visit must have a written appointment of its representatives, signed by the people in the group.</source>
        <translation>Đoàn đông người phải có văn bản cử người đại diện, có chữ ký của những người trong đoàn.</translation>
    </message>
    <message>
        <source>Enter the document appointing the representatives.</source>
        <translation>Ghi tên văn bản cử người đại diện.</translation>
    </message>
    <message>
        <source>Periodic and unscheduled reception must be presided by a leader in person: choose the leader.</source>
        <translation>Tiếp định kỳ, đột xuất phải do lãnh đạo trực tiếp chủ trì: hãy chọn lãnh đạo.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Locked — sign in again</source>
        <extracomment>shows a sign-in dialog; returns the signed-in actor or None (tests replace it)</extracomment>
        <translation>Đã khóa — đăng nhập lại để tiếp tục</translation>
    </message>
</context>
</TS>
