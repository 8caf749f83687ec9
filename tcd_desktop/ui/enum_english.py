"""English names of the domain's coded values, one per (enum class, value).

Each is the source text of ``QCoreApplication.translate("EnumLabels", …)``; the Vietnamese
catalogue translates it back to exactly the value's ``label_vi`` (tests/ui/test_labels.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH: dict[tuple[str, str], str] = {
    ("PetitionKind", "khieu_nai"): QT_TRANSLATE_NOOP("EnumLabels", "Complaint"),
    ("PetitionKind", "to_cao"): QT_TRANSLATE_NOOP("EnumLabels", "Denunciation"),
    ("PetitionKind", "kien_nghi"): QT_TRANSLATE_NOOP("EnumLabels", "Recommendation"),
    ("PetitionKind", "phan_anh"): QT_TRANSLATE_NOOP("EnumLabels", "Feedback"),
    ("CaseStatus", "received"): QT_TRANSLATE_NOOP("EnumLabels", "Received"),
    ("CaseStatus", "accepted"): QT_TRANSLATE_NOOP("EnumLabels", "Accepted"),
    ("CaseStatus", "rejected"): QT_TRANSLATE_NOOP("EnumLabels", "Not accepted"),
    ("CaseStatus", "transferred"): QT_TRANSLATE_NOOP("EnumLabels", "Transferred"),
    ("CaseStatus", "guided"): QT_TRANSLATE_NOOP("EnumLabels", "Citizen guided"),
    ("CaseStatus", "returned"): QT_TRANSLATE_NOOP("EnumLabels", "Returned"),
    ("CaseStatus", "reported_to_lower"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Reported for a lower level to resolve"
    ),
    ("CaseStatus", "filed"): QT_TRANSLATE_NOOP("EnumLabels", "Filed"),
    ("CaseStatus", "verifying"): QT_TRANSLATE_NOOP("EnumLabels", "Being verified"),
    ("CaseStatus", "dialogue"): QT_TRANSLATE_NOOP("EnumLabels", "In dialogue"),
    ("CaseStatus", "decided"): QT_TRANSLATE_NOOP("EnumLabels", "Decided / concluded"),
    ("CaseStatus", "enforcing"): QT_TRANSLATE_NOOP("EnumLabels", "Being enforced"),
    ("CaseStatus", "suspended"): QT_TRANSLATE_NOOP("EnumLabels", "Suspended"),
    ("CaseStatus", "closed"): QT_TRANSLATE_NOOP("EnumLabels", "Closed"),
    ("CaseStatus", "terminated"): QT_TRANSLATE_NOOP("EnumLabels", "Resolution stopped"),
    ("CaseStatus", "withdrawn"): QT_TRANSLATE_NOOP("EnumLabels", "Withdrawn"),
    ("ReceptionKind", "regular"): QT_TRANSLATE_NOOP("EnumLabels", "Regular"),
    ("ReceptionKind", "periodic"): QT_TRANSLATE_NOOP("EnumLabels", "Periodic"),
    ("ReceptionKind", "sudden"): QT_TRANSLATE_NOOP("EnumLabels", "Unscheduled"),
    ("ReceptionKind", "online"): QT_TRANSLATE_NOOP("EnumLabels", "Online"),
    ("UnitLevel", "central"): QT_TRANSLATE_NOOP("EnumLabels", "Central"),
    ("UnitLevel", "province"): QT_TRANSLATE_NOOP("EnumLabels", "Province"),
    ("UnitLevel", "commune"): QT_TRANSLATE_NOOP("EnumLabels", "Commune"),
    ("UnitLevel", "department"): QT_TRANSLATE_NOOP("EnumLabels", "Department"),
    ("UnitLevel", "district_former"): QT_TRANSLATE_NOOP(
        "EnumLabels", "District (before 01/7/2025)"
    ),
    ("Role", "reception_officer"): QT_TRANSLATE_NOOP("EnumLabels", "Reception officer"),
    ("Role", "handling_officer"): QT_TRANSLATE_NOOP("EnumLabels", "Petition handling officer"),
    ("Role", "leader"): QT_TRANSLATE_NOOP("EnumLabels", "Leader"),
    ("Role", "supervisor"): QT_TRANSLATE_NOOP("EnumLabels", "Inspector, supervisor"),
    ("Role", "administrator"): QT_TRANSLATE_NOOP("EnumLabels", "System administrator"),
    ("LeaderCategory", "commune_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a commune People's Committee"
    ),
    ("LeaderCategory", "district_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a district People's Committee (before 01/7/2025)"
    ),
    ("LeaderCategory", "provincial_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a provincial People's Committee"
    ),
    ("LeaderCategory", "central_head"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Inspector General of the Government, Minister-Chairman of the Government Office",
    ),
    ("LeaderCategory", "other_head"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Head of another administrative agency"
    ),
    ("CaseKind", "khieu_nai"): QT_TRANSLATE_NOOP("EnumLabels", "Complaint"),
    ("CaseKind", "to_cao"): QT_TRANSLATE_NOOP("EnumLabels", "Denunciation"),
    ("CaseKind", "kien_nghi"): QT_TRANSLATE_NOOP("EnumLabels", "Recommendation"),
    ("CaseKind", "phan_anh"): QT_TRANSLATE_NOOP("EnumLabels", "Feedback"),
    ("CaseKind", "tin_an_danh"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Anonymous denunciation information"
    ),
    ("Step", "accepted"): QT_TRANSLATE_NOOP("EnumLabels", "Acceptance"),
    ("Step", "acceptance_notice"): QT_TRANSLATE_NOOP("EnumLabels", "Notice of acceptance"),
    ("Step", "mark_complex"): QT_TRANSLATE_NOOP("EnumLabels", "Mark the case as complex"),
    ("Step", "assign_verification"): QT_TRANSLATE_NOOP("EnumLabels", "Assign verification"),
    ("Step", "verification_report"): QT_TRANSLATE_NOOP("EnumLabels", "Verification report"),
    ("Step", "dialogue_scheduled"): QT_TRANSLATE_NOOP("EnumLabels", "Dialogue notice"),
    ("Step", "dialogue_held"): QT_TRANSLATE_NOOP("EnumLabels", "Hold the dialogue"),
    ("Step", "minutes_signed"): QT_TRANSLATE_NOOP("EnumLabels", "File the signed dialogue minutes"),
    ("Step", "extension"): QT_TRANSLATE_NOOP("EnumLabels", "Extend the resolution time"),
    ("Step", "suspension"): QT_TRANSLATE_NOOP("EnumLabels", "Suspend resolution"),
    ("Step", "resumption"): QT_TRANSLATE_NOOP("EnumLabels", "Resume resolution"),
    ("Step", "partial_withdrawal"): QT_TRANSLATE_NOOP("EnumLabels", "Partial withdrawal"),
    ("Step", "withdrawal"): QT_TRANSLATE_NOOP("EnumLabels", "Full withdrawal"),
    ("Step", "termination"): QT_TRANSLATE_NOOP("EnumLabels", "Stop resolution"),
    ("Step", "decision"): QT_TRANSLATE_NOOP("EnumLabels", "Complaint resolution decision"),
    ("Step", "conclusion"): QT_TRANSLATE_NOOP("EnumLabels", "Denunciation conclusion"),
    ("Step", "dispatch"): QT_TRANSLATE_NOOP("EnumLabels", "Send the decision or conclusion"),
    ("Step", "decision_received"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Complainant received the decision"
    ),
    ("Step", "legal_effect"): QT_TRANSLATE_NOOP("EnumLabels", "Decision in legal effect"),
    ("Step", "handling"): QT_TRANSLATE_NOOP("EnumLabels", "Act on the denunciation conclusion"),
    ("Step", "publication"): QT_TRANSLATE_NOOP("EnumLabels", "Publish the decision or conclusion"),
    ("Step", "enforcement_update"): QT_TRANSLATE_NOOP("EnumLabels", "Follow up enforcement"),
    ("Step", "enforcement_done"): QT_TRANSLATE_NOOP("EnumLabels", "Enforcement completed"),
    ("Step", "second_complaint"): QT_TRANSLATE_NOOP("EnumLabels", "Second complaint"),
    ("Step", "second_decision"): QT_TRANSLATE_NOOP("EnumLabels", "Second-time decision issued"),
    ("Step", "further_denunciation"): QT_TRANSLATE_NOOP("EnumLabels", "Further denunciation"),
    ("Step", "re_resolution"): QT_TRANSLATE_NOOP("EnumLabels", "Reconsider the denunciation"),
    ("Step", "to_police"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Refer the file to the investigating body (signs of a crime)"
    ),
    ("Step", "clock_started"): QT_TRANSLATE_NOOP("EnumLabels", "Deadline tracking started"),
    ("Step", "clock_met"): QT_TRANSLATE_NOOP("EnumLabels", "Done within the deadline"),
    ("Step", "assignment"): QT_TRANSLATE_NOOP("EnumLabels", "Assign handling and set a deadline"),
    ("Step", "answer"): QT_TRANSLATE_NOOP("EnumLabels", "Answer the recommendation or feedback"),
    ("Step", "close"): QT_TRANSLATE_NOOP("EnumLabels", "Close handling of the information"),
    ("Step", "document_issued"): QT_TRANSLATE_NOOP("EnumLabels", "Document issued"),
    ("HandlingAction", "forward"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Report to the competent person for acceptance"
    ),
    ("HandlingAction", "guide"): QT_TRANSLATE_NOOP("EnumLabels", "Guide to the competent body"),
    ("HandlingAction", "transfer"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Transfer the petition to the competent body"
    ),
    ("HandlingAction", "explain"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Explain and ask to comply (already resolved case)"
    ),
    ("ParticipantRole", "representative"): QT_TRANSLATE_NOOP("EnumLabels", "Representative"),
    ("ParticipantRole", "member"): QT_TRANSLATE_NOOP("EnumLabels", "Delegation member"),
    ("ParticipantRole", "proxy"): QT_TRANSLATE_NOOP("EnumLabels", "Authorised person"),
    ("ParticipantRole", "lawyer"): QT_TRANSLATE_NOOP("EnumLabels", "Lawyer"),
    ("ParticipantRole", "legal_aid"): QT_TRANSLATE_NOOP("EnumLabels", "Legal aid officer"),
    ("ParticipantRole", "guardian"): QT_TRANSLATE_NOOP("EnumLabels", "Legal representative"),
    ("DocumentCondition", "original"): QT_TRANSLATE_NOOP("EnumLabels", "Original"),
    ("DocumentCondition", "copy"): QT_TRANSLATE_NOOP("EnumLabels", "Copy"),
    ("DocumentCondition", "certified_copy"): QT_TRANSLATE_NOOP("EnumLabels", "Certified copy"),
    ("IdKind", "cccd"): QT_TRANSLATE_NOOP("EnumLabels", "Citizen ID card"),
    ("IdKind", "cmnd"): QT_TRANSLATE_NOOP("EnumLabels", "Old ID card (CMND)"),
    ("IdKind", "passport"): QT_TRANSLATE_NOOP("EnumLabels", "Passport"),
    ("IdKind", "other"): QT_TRANSLATE_NOOP("EnumLabels", "Other document"),
    ("DialogueRole", "presiding"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Complaint resolver, chairing the dialogue"
    ),
    ("DialogueRole", "secretary"): QT_TRANSLATE_NOOP("EnumLabels", "Minute taker"),
    ("DialogueRole", "complainant"): QT_TRANSLATE_NOOP("EnumLabels", "Complainant"),
    ("DialogueRole", "representative"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Complainant's representative or authorised person"
    ),
    ("DialogueRole", "respondent"): QT_TRANSLATE_NOOP("EnumLabels", "Person complained against"),
    ("DialogueRole", "related_person"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Person with related rights and obligations"
    ),
    ("DialogueRole", "body"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Representative of a related agency, organisation or unit"
    ),
    ("NonAcceptanceGround", "k1_noi_bo"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Internal administrative decision or act, direction from a superior, normative content or state secret",
    ),
    ("NonAcceptanceGround", "k2_khong_lien_quan"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "The decision or act does not directly affect the complainant's lawful rights and interests",
    ),
    ("NonAcceptanceGround", "k3_nang_luc"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complainant lacks full civil capacity and has no lawful representative"
    ),
    ("NonAcceptanceGround", "k4_dai_dien"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complaint is made by an unlawful representative"
    ),
    ("NonAcceptanceGround", "k5_chu_ky"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complaint bears no signature or fingerprint of the complainant"
    ),
    ("NonAcceptanceGround", "k6_het_thoi_hieu"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The time limit for complaining has passed without a valid reason"
    ),
    ("NonAcceptanceGround", "k7_da_co_qd_lan_hai"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complaint already has a second-time resolution decision"
    ),
    ("NonAcceptanceGround", "k8_dinh_chi_30_ngay"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Resolution was stopped by notice and the complainant did not continue within 30 days",
    ),
    ("NonAcceptanceGround", "k9_toa_an"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "A court has accepted or decided the matter (except a decision to stop the case)",
    ),
    ("DenunciationCondition", "don_hop_le"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "The denunciation or record has the content required by Article 23 (Art. 29 cl. 1a)",
    ),
    ("DenunciationCondition", "nang_luc"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The denouncer has full civil capacity or a representative (Art. 29 cl. 1b)"
    ),
    ("DenunciationCondition", "tham_quyen"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The matter is within the body's competence (Art. 29 cl. 1c)"
    ),
    ("DenunciationCondition", "co_co_so"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "The content gives grounds to identify the violator and the violation (Art. 29 cl. 1d)",
    ),
    ("DenunciationCondition", "bang_chung_moi"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Denouncing whoever resolved the denouncer's own complaint: new evidence of a violation (Art. 29 cl. 1)",
    ),
    ("DenunciationCondition", "khong_gui_nhieu_noi"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Not sent to several bodies at once (one competent) nor re-sent after guidance (Art. 24 cl. 3)",
    ),
    ("WithdrawalForm", "written"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Withdrawal letter with signature or fingerprint"
    ),
    ("WithdrawalForm", "verbal_record"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Record of an in-person withdrawal request, signed or fingerprinted"
    ),
    ("WithdrawalCheck", "dau_hieu_vi_pham"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The denounced act shows signs of breaking the law"
    ),
    ("WithdrawalCheck", "bi_ep_buoc"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The withdrawal was made under threat, bribery or coercion"
    ),
    ("WithdrawalCheck", "loi_dung"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The denouncer abused the denunciation to slander, insult or harm the accused"
    ),
    ("PeriodKind", "Q1"): QT_TRANSLATE_NOOP("EnumLabels", "Quarter I"),
    ("PeriodKind", "Q2"): QT_TRANSLATE_NOOP("EnumLabels", "Quarter II"),
    ("PeriodKind", "Q3"): QT_TRANSLATE_NOOP("EnumLabels", "Quarter III"),
    ("PeriodKind", "Q4"): QT_TRANSLATE_NOOP("EnumLabels", "Quarter IV"),
    ("PeriodKind", "H1"): QT_TRANSLATE_NOOP("EnumLabels", "6 months"),
    ("PeriodKind", "9M"): QT_TRANSLATE_NOOP("EnumLabels", "9 months"),
    ("PeriodKind", "Y"): QT_TRANSLATE_NOOP("EnumLabels", "Year"),
    ("PeriodKind", "thematic"): QT_TRANSLATE_NOOP("EnumLabels", "Thematic"),
    ("PeriodKind", "ad_hoc"): QT_TRANSLATE_NOOP("EnumLabels", "Ad hoc"),
    ("PeriodKind", "custom"): QT_TRANSLATE_NOOP("EnumLabels", "Custom"),
    ("DecisionResult", "dung"): QT_TRANSLATE_NOOP("EnumLabels", "Right"),
    ("DecisionResult", "dung_mot_phan"): QT_TRANSLATE_NOOP("EnumLabels", "Partly right"),
    ("DecisionResult", "sai"): QT_TRANSLATE_NOOP("EnumLabels", "Wrong"),
    ("ComplexityCriterion", "nhieu_dia_diem"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Verification needed at 2 or more places"
    ),
    ("ComplexityCriterion", "nhieu_noi_dung"): QT_TRANSLATE_NOOP(
        "EnumLabels", "2 or more contents to verify"
    ),
    ("ComplexityCriterion", "nhieu_nguoi"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Many complainants, denouncers or persons with related interests"
    ),
    ("ComplexityCriterion", "yeu_to_nuoc_ngoai"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Has a foreign element"
    ),
    ("ComplexityCriterion", "nhieu_co_quan"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Involves the responsibility of several agencies, organisations or units"
    ),
    ("ComplexityCriterion", "y_kien_khac_nhau"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The agencies, organisations or units disagree"
    ),
    ("ComplexityCriterion", "chung_cu_mau_thuan"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Facts and evidence contradict each other"
    ),
    ("SuspensionGround", "bat_kha_khang"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Force majeure (natural disaster, epidemic, war)"
    ),
    ("SuspensionGround", "tro_ngai"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Objective obstacle (accident, illness, work or study far away)"
    ),
    ("SuspensionGround", "ho_so_bi_thu_giu"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Files and documents seized or sealed"
    ),
    ("SuspensionGround", "cho_ket_qua"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Awaiting another body's result or a related case"
    ),
    ("SuspensionGround", "cho_giam_dinh"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Awaiting an additional expert assessment"
    ),
    ("TerminationGround", "rut_toan_bo"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complainant or denouncer withdrew everything"
    ),
    ("TerminationGround", "chet_giai_the"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complainant died, or the agency or organisation was dissolved"
    ),
    ("TerminationGround", "bi_to_cao_chet"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The denounced person died (personal liability only)"
    ),
    ("TerminationGround", "da_co_ban_an"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Already settled by a judgment or decision in force"
    ),
    ("FilingGround", "khong_du_dieu_kien"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The petition does not qualify for handling (Art. 6 cl. 2b)"
    ),
    ("FilingGround", "kn_da_co_qd"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The complaint already has a resolution decision in force"
    ),
    ("FilingGround", "tc_da_ket_luan"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The denunciation is concluded, no new evidence"
    ),
    ("ReResolutionGround", "xac_minh_sai"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Verification or conclusion inaccurate or not objective"
    ),
    ("ReResolutionGround", "bo_sot_chung_cu"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Important evidence was missed"
    ),
    ("ReResolutionGround", "ap_dung_sai"): QT_TRANSLATE_NOOP(
        "EnumLabels", "The law was applied wrongly"
    ),
    ("ProcessingOutcome", "thu_ly"): QT_TRANSLATE_NOOP("EnumLabels", "Accept for resolution"),
    ("ProcessingOutcome", "chuyen_don"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Transfer the petition to the competent body"
    ),
    ("ProcessingOutcome", "huong_dan"): QT_TRANSLATE_NOOP("EnumLabels", "Guide the citizen"),
    ("ProcessingOutcome", "tra_lai"): QT_TRANSLATE_NOOP("EnumLabels", "Return the petition"),
    ("ProcessingOutcome", "luu_don"): QT_TRANSLATE_NOOP("EnumLabels", "File the petition"),
    ("ProcessingOutcome", "yeu_cau_cap_duoi"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Ask the lower level to resolve (petition above its level)"
    ),
    ("DayUnit", "calendar"): QT_TRANSLATE_NOOP("EnumLabels", "days"),
    ("DayUnit", "working"): QT_TRANSLATE_NOOP("EnumLabels", "working days"),
    ("Direction", "after"): QT_TRANSLATE_NOOP("EnumLabels", "after"),
    ("Direction", "before"): QT_TRANSLATE_NOOP("EnumLabels", "before"),
    ("DeadlineState", "not_started"): QT_TRANSLATE_NOOP("EnumLabels", "Not started"),
    ("DeadlineState", "on_track"): QT_TRANSLATE_NOOP("EnumLabels", "On track"),
    ("DeadlineState", "due_soon"): QT_TRANSLATE_NOOP("EnumLabels", "Due soon"),
    ("DeadlineState", "overdue"): QT_TRANSLATE_NOOP("EnumLabels", "Overdue"),
    ("DeadlineState", "closed_on_time"): QT_TRANSLATE_NOOP("EnumLabels", "Completed on time"),
    ("DeadlineState", "closed_late"): QT_TRANSLATE_NOOP("EnumLabels", "Completed late"),
    ("DeadlineState", "paused"): QT_TRANSLATE_NOOP("EnumLabels", "Deadline clock paused"),
}

#: English names of the default fields (services.setup.DEFAULT_FIELDS), by field code.
FIELD_ENGLISH: dict[str, str] = {
    "HC": QT_TRANSLATE_NOOP("FieldLabels", "Administrative"),
    "HC-DD": QT_TRANSLATE_NOOP("FieldLabels", "Land"),
    "HC-NO": QT_TRANSLATE_NOOP("FieldLabels", "Housing"),
    "HC-CS": QT_TRANSLATE_NOOP("FieldLabels", "Policies and benefits"),
    "HC-CCVC": QT_TRANSLATE_NOOP("FieldLabels", "Cadres, civil servants and public employees"),
    "HC-MT": QT_TRANSLATE_NOOP("FieldLabels", "Environment"),
    "HC-KHAC": QT_TRANSLATE_NOOP("FieldLabels", "Other administrative fields"),
    "TP": QT_TRANSLATE_NOOP("FieldLabels", "Judicial"),
    "DANG": QT_TRANSLATE_NOOP("FieldLabels", "Party and mass organisations"),
    "TN": QT_TRANSLATE_NOOP("FieldLabels", "Corruption and misconduct"),
    "KHAC": QT_TRANSLATE_NOOP("FieldLabels", "Other fields"),
}

__all__ = ["ENGLISH", "FIELD_ENGLISH"]
