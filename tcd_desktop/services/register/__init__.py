"""The reception register (Sổ tiếp công dân, Mẫu 03/TCD): reading it, exporting, importing.

Served to the register screen (``ui/register``); every public function takes the actor.
"""
