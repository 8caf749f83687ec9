"""Document tests: the db fixtures for storing documents on SQLite and PostgreSQL."""

from tests.dbfixtures import db  # noqa: F401
