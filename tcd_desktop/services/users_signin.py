"""Old path of :mod:`tcd_desktop.services.users.signin`, kept for the modules of other owners
that import it (ui/petitions, tests/services/reception_fixtures and backup, tests/ui).

The old name is the very same module object, so ``monkeypatch.setattr(users_signin, ...)``
still reaches the code that signs in.
"""

import sys

from tcd_desktop.services.users import signin

sys.modules[__name__] = signin
