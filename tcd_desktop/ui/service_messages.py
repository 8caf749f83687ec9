"""Messages every service gives (``services/messages.py``) in the screen's language.

Permission refusals, "someone else saved first" conflicts and records not found: each code
has its English source with the service template's ``{name}`` fields, translated back to
exactly the template (tests/ui/test_desk_messages.py). A refusal's ``action`` parameter is
itself a coded message (the services' ACTIONS catalogue); :data:`ACTION_NAMES` gives each its
English words, so an English screen says "Account an may not handle cases" rather than
mixing the languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: ``services/messages.py``: refusals, conflicts, records not found.
SERVICE_MESSAGES: dict[str, str] = {
    "permission.denied": QT_TRANSLATE_NOOP(
        "DeskMessages", "Account {username} may not {action} (requires: {roles})."
    ),
    "permission.no_role": QT_TRANSLATE_NOOP("DeskMessages", "Sign in with a role to {action}."),
    "permission.not_assigned": QT_TRANSLATE_NOOP(
        "DeskMessages", "Account {username} has not been given a role."
    ),
    "action.default": QT_TRANSLATE_NOOP("DeskMessages", "do this"),
    "document.sealed_case": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "This document names the denouncer: only the officer who received them, the officer "
        "assigned to resolve it and their direct leaders may prepare and view it (Law on "
        "Denunciations 2018, Articles 8 and 47).",
    ),
    "action.step": QT_TRANSLATE_NOOP("DeskMessages", "take the step «{step}»"),
    "conflict.record": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The record has just been updated by someone else. Please reload and try again.",
    ),
    "conflict.case": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has just been updated by someone else. Please reload and try again.",
    ),
    "conflict.case_status": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has just been updated by someone else. Please reload and try again. "
        "Its status now: {status}.",
    ),
    "conflict.citizen": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The citizen's record has just been updated by someone else. Please reload and try again.",
    ),
    "conflict.dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The dialogue has just been updated by someone else. Please reload and try again.",
    ),
    "conflict.petition": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The petition has just been updated by someone else. Please reload and try again.",
    ),
    "not_found.account": QT_TRANSLATE_NOOP("DeskMessages", "The account was not found."),
    "not_found.leader": QT_TRANSLATE_NOOP("DeskMessages", "This leader was not found."),
    "not_found.earlier_petition": QT_TRANSLATE_NOOP(
        "DeskMessages", "The earlier petition was not found."
    ),
    "not_found.visit": QT_TRANSLATE_NOOP("DeskMessages", "The visit was not found."),
    "not_found.citizen": QT_TRANSLATE_NOOP("DeskMessages", "The citizen was not found."),
    "not_found.case_or_petition": QT_TRANSLATE_NOOP(
        "DeskMessages", "The case or petition was not found."
    ),
    "not_found.document": QT_TRANSLATE_NOOP("DeskMessages", "The document was not found."),
    "not_found.minutes": QT_TRANSLATE_NOOP(
        "DeskMessages", "The dialogue minutes document was not found."
    ),
    "not_found.dialogue": QT_TRANSLATE_NOOP("DeskMessages", "The dialogue was not found."),
    "not_found.case_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages", "The dialogue of this case was not found."
    ),
    "not_found.unit_code": QT_TRANSLATE_NOOP(
        "DeskMessages", "There is no body or unit with code {code}."
    ),
    "not_found.case": QT_TRANSLATE_NOOP(
        "DeskMessages", "The case was not found (it may have been deleted)."
    ),
    "not_found.petition": QT_TRANSLATE_NOOP(
        "DeskMessages", "The petition was not found (it may have been deleted)."
    ),
    "not_found.resolving_unit": QT_TRANSLATE_NOOP(
        "DeskMessages", "The resolving body or unit was not found."
    ),
    "not_found.attachment": QT_TRANSLATE_NOOP("DeskMessages", "The attachment was not found."),
    "not_found.case_to_file": QT_TRANSLATE_NOOP(
        "DeskMessages", "The case to attach the document to was not found."
    ),
    "not_found.petition_to_file": QT_TRANSLATE_NOOP(
        "DeskMessages", "The petition to attach the document to was not found."
    ),
    "not_found.visit_to_file": QT_TRANSLATE_NOOP(
        "DeskMessages", "The visit to attach the document to was not found."
    ),
    "not_found.case_to_attach": QT_TRANSLATE_NOOP(
        "DeskMessages", "The case to save the attachment to was not found."
    ),
    "not_found.petition_to_attach": QT_TRANSLATE_NOOP(
        "DeskMessages", "The petition to save the attachment to was not found."
    ),
    "not_found.visit_to_attach": QT_TRANSLATE_NOOP(
        "DeskMessages", "The visit to save the attachment to was not found."
    ),
    "record.citizen": QT_TRANSLATE_NOOP("DeskMessages", "the citizen's record"),
    "record.case": QT_TRANSLATE_NOOP("DeskMessages", "the case"),
    "field.full_name": QT_TRANSLATE_NOOP("DeskMessages", "Full name"),
    "field.id_number": QT_TRANSLATE_NOOP("DeskMessages", "Identity document number"),
    "field.id_kind": QT_TRANSLATE_NOOP("DeskMessages", "Identity document kind"),
    "field.birth_year": QT_TRANSLATE_NOOP("DeskMessages", "Year of birth"),
    "field.gender": QT_TRANSLATE_NOOP("DeskMessages", "Gender"),
    "field.address": QT_TRANSLATE_NOOP("DeskMessages", "Address"),
    "field.province_code": QT_TRANSLATE_NOOP("DeskMessages", "Province/city"),
    "field.commune": QT_TRANSLATE_NOOP("DeskMessages", "Commune/ward"),
    "field.phone": QT_TRANSLATE_NOOP("DeskMessages", "Phone number"),
    "field.email": QT_TRANSLATE_NOOP("DeskMessages", "Email"),
    "field.step": QT_TRANSLATE_NOOP("DeskMessages", "Step"),
    "field.status": QT_TRANSLATE_NOOP("DeskMessages", "Status"),
    "conflict.step_on": QT_TRANSLATE_NOOP("DeskMessages", "{step} ({date})"),
    "conflict.loaded_version": QT_TRANSLATE_NOOP("DeskMessages", "(version {version})"),
    "conflict.status_now": QT_TRANSLATE_NOOP("DeskMessages", "{status}"),
    "conflict.bad_choices": QT_TRANSLATE_NOOP("DeskMessages", "Choices not valid: {choices}."),
    "conflict.sign_in": QT_TRANSLATE_NOOP("DeskMessages", "Sign in to settle a data conflict."),
    "sign_in.officers": QT_TRANSLATE_NOOP("DeskMessages", "Sign in to see the list of officers."),
    "sign_in.password": QT_TRANSLATE_NOOP("DeskMessages", "Sign in to change your password."),
    "identity.refused": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only the officer who received the denunciation, the officer assigned to resolve it "
        "and their direct leaders may see the denouncer's identity (Law on Denunciations "
        "2018, Article 8(3), Article 47).",
    ),
    "identity.reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "State why you need to see the denouncer's identity."
    ),
    "identity.no_conclusion": QT_TRANSLATE_NOOP(
        "DeskMessages", "The case has no conclusion on the denunciation yet."
    ),
    "identity.visit_refused": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only the officer who received the citizen and the unit's leaders may see the "
        "denouncer's identity.",
    ),
    "attachment.sealed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "This attachment shows the denouncer's identity: only the officer who received them, "
        "the officer assigned to resolve it and their direct leaders may open it (Law on "
        "Denunciations 2018, Article 8(3), Article 47).",
    ),
    "attachment.no_record": QT_TRANSLATE_NOOP(
        "DeskMessages", "Choose a case, petition or visit to keep the attachment with."
    ),
    "attachment.no_name": QT_TRANSLATE_NOOP("DeskMessages", "The file needs a name."),
    "attachment.empty": QT_TRANSLATE_NOOP("DeskMessages", "The file is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP("DeskMessages", "The file is larger than {size} MB."),
}

#: ``services/messages.py`` ACTIONS: what a refusal says the account may not do, as an
#: English verb phrase ("Account X may not <action>").
ACTION_NAMES: dict[str, str] = {
    "action.assign_roles": QT_TRANSLATE_NOOP("DeskMessages", "assign roles"),
    "action.back_up_the_data": QT_TRANSLATE_NOOP("DeskMessages", "back up the data"),
    "action.change_a_successor_unit": QT_TRANSLATE_NOOP("DeskMessages", "change a successor unit"),
    "action.change_an_account_body_or_unit": QT_TRANSLATE_NOOP(
        "DeskMessages", "change an account's body or unit"
    ),
    "action.change_deadline_rules": QT_TRANSLATE_NOOP("DeskMessages", "change deadline rules"),
    "action.change_the_holiday_calendar": QT_TRANSLATE_NOOP(
        "DeskMessages", "change the holiday calendar"
    ),
    "action.change_the_reporting_cut_off_date": QT_TRANSLATE_NOOP(
        "DeskMessages", "change the reporting cut-off date"
    ),
    "action.create_a_database_account_for_a_reception_desk": QT_TRANSLATE_NOOP(
        "DeskMessages", "create a database account for a reception desk"
    ),
    "action.create_accounts": QT_TRANSLATE_NOOP("DeskMessages", "create accounts"),
    "action.create_demo_data": QT_TRANSLATE_NOOP("DeskMessages", "create demo data"),
    "action.deactivate_an_account": QT_TRANSLATE_NOOP("DeskMessages", "deactivate an account"),
    "action.deactivate_or_reactivate_an_account": QT_TRANSLATE_NOOP(
        "DeskMessages", "deactivate or reactivate an account"
    ),
    "action.delete_figures_carried_over_from_the_previous_period": QT_TRANSLATE_NOOP(
        "DeskMessages", "delete figures carried over from the previous period"
    ),
    "action.dismiss_a_repeat_petition_warning": QT_TRANSLATE_NOOP(
        "DeskMessages", "dismiss a repeat-petition warning"
    ),
    "action.enter_figures_carried_over_from_the_previous_period": QT_TRANSLATE_NOOP(
        "DeskMessages", "enter figures carried over from the previous period"
    ),
    "action.export_the_list_of_cases": QT_TRANSLATE_NOOP(
        "DeskMessages", "export the list of cases"
    ),
    "action.export_the_list_of_outstanding_cases": QT_TRANSLATE_NOOP(
        "DeskMessages", "export the list of outstanding cases"
    ),
    "action.export_the_reception_register": QT_TRANSLATE_NOOP(
        "DeskMessages", "export the reception register"
    ),
    "action.give_notice_of_a_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages", "give notice of a dialogue"
    ),
    "action.handle_cases": QT_TRANSLATE_NOOP("DeskMessages", "handle cases"),
    "action.import_the_reception_register": QT_TRANSLATE_NOOP(
        "DeskMessages", "import the reception register"
    ),
    "action.load_a_deadline_rulebook": QT_TRANSLATE_NOOP(
        "DeskMessages", "load a deadline rulebook"
    ),
    "action.lock_a_reporting_period_figures": QT_TRANSLATE_NOOP(
        "DeskMessages", "lock a reporting period's figures"
    ),
    "action.look_up_citizens": QT_TRANSLATE_NOOP("DeskMessages", "look up citizens"),
    "action.look_up_repeat_petitions": QT_TRANSLATE_NOOP(
        "DeskMessages", "look up repeat petitions"
    ),
    "action.mark_a_repeat_petition": QT_TRANSLATE_NOOP("DeskMessages", "mark a repeat petition"),
    "action.open_an_attachment": QT_TRANSLATE_NOOP("DeskMessages", "open an attachment"),
    "action.plan_the_periodic_reception_schedule": QT_TRANSLATE_NOOP(
        "DeskMessages", "plan the periodic reception schedule"
    ),
    "action.prepare_a_copy_for_the_verifier": QT_TRANSLATE_NOOP(
        "DeskMessages", "prepare a copy for the verifier"
    ),
    "action.prepare_a_petition_processing_notice": QT_TRANSLATE_NOOP(
        "DeskMessages", "prepare a petition-processing notice"
    ),
    "action.prepare_a_receipt": QT_TRANSLATE_NOOP("DeskMessages", "prepare a receipt"),
    "action.prepare_a_reminder": QT_TRANSLATE_NOOP("DeskMessages", "prepare a reminder"),
    "action.prepare_an_appointment_slip": QT_TRANSLATE_NOOP(
        "DeskMessages", "prepare an appointment slip"
    ),
    "action.prepare_documents": QT_TRANSLATE_NOOP("DeskMessages", "prepare documents"),
    "action.prepare_periodic_reports": QT_TRANSLATE_NOOP(
        "DeskMessages", "prepare periodic reports"
    ),
    "action.preview_the_published_version": QT_TRANSLATE_NOOP(
        "DeskMessages", "preview the published version"
    ),
    "action.print_a_blank_petition_form": QT_TRANSLATE_NOOP(
        "DeskMessages", "print a blank petition form"
    ),
    "action.process_petitions": QT_TRANSLATE_NOOP("DeskMessages", "process petitions"),
    "action.publish_a_conclusion": QT_TRANSLATE_NOOP("DeskMessages", "publish a conclusion"),
    "action.re_import_data_already_in_the_register": QT_TRANSLATE_NOOP(
        "DeskMessages", "re-import data already in the register"
    ),
    "action.reactivate_an_account": QT_TRANSLATE_NOOP("DeskMessages", "reactivate an account"),
    "action.recalculate_deadlines": QT_TRANSLATE_NOOP("DeskMessages", "recalculate deadlines"),
    "action.record_a_case_step": QT_TRANSLATE_NOOP("DeskMessages", "record a case step"),
    "action.record_a_dialogue": QT_TRANSLATE_NOOP("DeskMessages", "record a dialogue"),
    "action.record_a_periodic_reception": QT_TRANSLATE_NOOP(
        "DeskMessages", "record a periodic reception"
    ),
    "action.record_a_reception_slip": QT_TRANSLATE_NOOP("DeskMessages", "record a reception slip"),
    "action.register_a_reception_desk": QT_TRANSLATE_NOOP(
        "DeskMessages", "register a reception desk"
    ),
    "action.reset_another_account_password": QT_TRANSLATE_NOOP(
        "DeskMessages", "reset another account's password"
    ),
    "action.run_automatic_backups": QT_TRANSLATE_NOOP("DeskMessages", "run automatic backups"),
    "action.save_an_attachment": QT_TRANSLATE_NOOP("DeskMessages", "save an attachment"),
    "action.save_dialogue_minutes": QT_TRANSLATE_NOOP("DeskMessages", "save dialogue minutes"),
    "action.search_cases": QT_TRANSLATE_NOOP("DeskMessages", "search cases"),
    "action.set_a_leader_reception_title": QT_TRANSLATE_NOOP(
        "DeskMessages", "set a leader's reception title"
    ),
    "action.set_up_the_database_roles": QT_TRANSLATE_NOOP(
        "DeskMessages", "set up the database roles"
    ),
    "action.unlock_a_reporting_period_figures": QT_TRANSLATE_NOOP(
        "DeskMessages", "unlock a reporting period's figures"
    ),
    "action.unlock_an_account": QT_TRANSLATE_NOOP("DeskMessages", "unlock an account"),
    "action.view_a_case_attachments": QT_TRANSLATE_NOOP(
        "DeskMessages", "view a case's attachments"
    ),
    "action.view_a_case_deadlines": QT_TRANSLATE_NOOP("DeskMessages", "view a case's deadlines"),
    "action.view_a_case_documents": QT_TRANSLATE_NOOP("DeskMessages", "view a case's documents"),
    "action.view_a_petition_documents": QT_TRANSLATE_NOOP(
        "DeskMessages", "view a petition's documents"
    ),
    "action.view_a_reception_slip": QT_TRANSLATE_NOOP("DeskMessages", "view a reception slip"),
    "action.view_cases": QT_TRANSLATE_NOOP("DeskMessages", "view cases"),
    "action.view_dialogue_minutes": QT_TRANSLATE_NOOP("DeskMessages", "view dialogue minutes"),
    "action.view_documents": QT_TRANSLATE_NOOP("DeskMessages", "view documents"),
    "action.view_figures_carried_over_from_the_previous_period": QT_TRANSLATE_NOOP(
        "DeskMessages", "view figures carried over from the previous period"
    ),
    "action.view_periodic_reports": QT_TRANSLATE_NOOP("DeskMessages", "view periodic reports"),
    "action.view_petition_processing_deadlines": QT_TRANSLATE_NOOP(
        "DeskMessages", "view petition-processing deadlines"
    ),
    "action.view_the_case_board": QT_TRANSLATE_NOOP("DeskMessages", "view the case board"),
    "action.view_the_dashboard": QT_TRANSLATE_NOOP("DeskMessages", "view the dashboard"),
    "action.view_the_list_of_accounts": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the list of accounts"
    ),
    "action.view_the_list_of_bodies_and_units": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the list of bodies and units"
    ),
    "action.view_the_list_of_cases": QT_TRANSLATE_NOOP("DeskMessages", "view the list of cases"),
    "action.view_the_list_of_fields": QT_TRANSLATE_NOOP("DeskMessages", "view the list of fields"),
    "action.view_the_list_of_officers": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the list of officers"
    ),
    "action.view_the_list_of_reception_desks": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the list of reception desks"
    ),
    "action.view_the_periodic_reception_schedule": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the periodic reception schedule"
    ),
    "action.view_the_petitions_awaiting_processing": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the petitions awaiting processing"
    ),
    "action.view_the_reception_history": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the reception history"
    ),
    "action.view_the_reception_register": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the reception register"
    ),
    "action.view_the_records_behind_a_report_figure": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the records behind a report figure"
    ),
    "action.view_the_reporting_cut_off_date": QT_TRANSLATE_NOOP(
        "DeskMessages", "view the reporting cut-off date"
    ),
    "action.write_a_petition_for_a_citizen": QT_TRANSLATE_NOOP(
        "DeskMessages", "write a petition for a citizen"
    ),
}

__all__ = ["ACTION_NAMES", "SERVICE_MESSAGES"]
