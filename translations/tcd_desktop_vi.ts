<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
    <name>BoardFilterBar</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
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
    <name>CardDelegate</name>
    <message>
        <source>Not assigned</source>
        <translation>Chưa phân công</translation>
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
        <extracomment>ChangeBus entities that change what this page shows. emitted after each load has been shown (tests, benchmarks) the case id shown (after a load)</extracomment>
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
        <source>This time limit is not confirmed yet; check the current law.</source>
        <translation>Thời hạn này chưa được xác nhận; cần đối chiếu quy định hiện hành.</translation>
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
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Users, units, holiday calendar, legal time limits and backups.</source>
        <translation>Người dùng, đơn vị, lịch nghỉ lễ, thời hạn theo luật và sao lưu.</translation>
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
    <message>
        <source>About TCD Desktop</source>
        <translation>Giới thiệu TCD Desktop</translation>
    </message>
    <message>
        <source>TCD Desktop %1

Citizen reception, complaints, denunciations, petitions and feedback for reception offices.</source>
        <translation>TCD Desktop %1

Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh cho các cơ quan tiếp công dân.</translation>
    </message>
</context>
<context>
    <name>PartiesBox</name>
    <message>
        <source>Parties</source>
        <extracomment>Who the main person of a case is, by case kind (the identity service calls them all &quot;denouncer&quot;).</extracomment>
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
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print %1</source>
        <extracomment>Pages are rasterised at this resolution at most (a 1200 dpi A4 page would be 550 MB).</extracomment>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <extracomment>the path the PDF was saved to</extracomment>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu bản PDF…</translation>
    </message>
    <message>
        <source>Saves the document exactly as it was issued.</source>
        <translation>Lưu đúng văn bản đã ban hành (bản PDF gốc).</translation>
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
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
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
    <name>ReceptionPage</name>
    <message>
        <source>Not saved</source>
        <extracomment>a save asked for by the close prompt succeeded: the window may close now</extracomment>
        <translation>Chưa lưu</translation>
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
    <name>ScheduleDialogueDialog</name>
    <message>
        <source>Not a working day</source>
        <extracomment>the confirmation asked about a non-working day (tests read it)</extracomment>
        <translation>Ngày không làm việc</translation>
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
    <name>dialog</name>
    <message>
        <source>Locked — sign in again</source>
        <extracomment>shows a sign-in dialog; returns the signed-in actor or None (tests replace it)</extracomment>
        <translation>Đã khóa — đăng nhập lại để tiếp tục</translation>
    </message>
</context>
</TS>
