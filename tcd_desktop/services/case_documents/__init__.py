"""Documents of a case, a petition and the desk, built from the saved records.

:mod:`.core` lists the forms a case or petition can generate now and issues them; the
record's facts come from :mod:`.facts`, the form data from :mod:`.forms` (with
:mod:`.citizen`, :mod:`.more`, :mod:`.police`, :mod:`.minutes`, :mod:`.petition`), the
desk's slips and reminders from :mod:`.desk` and :mod:`.reminder`.
"""

from tcd_desktop.services.case_documents.core import (
    CASE_FORMS,
    ISSUING_ROLES,
    NAMES_PETITIONER,
    SEALED_REFUSAL,
    DocumentChoice,
    build_case_form,
    document_choices,
    document_pdf,
    generate_case_document,
    generate_petition_document,
    petition_document_choices,
)

__all__ = [
    "CASE_FORMS",
    "ISSUING_ROLES",
    "NAMES_PETITIONER",
    "SEALED_REFUSAL",
    "DocumentChoice",
    "build_case_form",
    "document_choices",
    "document_pdf",
    "generate_case_document",
    "generate_petition_document",
    "petition_document_choices",
]
