"""The reception desk (Phiếu tiếp công dân), served to the reception screen (``ui/reception``).

:mod:`.operations` holds the screen's operations (each its own transaction, actor checked);
the other modules are the steps they share with the command line and the other services:
saving a visit (:mod:`.intake` with :mod:`.inputs`, :mod:`.validation`, :mod:`.records`,
:mod:`.grounds`), reading it back (:mod:`.read`), citizens and repeats, and the desk's
printed documents (:mod:`.receipt`, :mod:`.desk_documents`).
"""
