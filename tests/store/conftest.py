"""Every store test runs on SQLite and on PostgreSQL (when TCD_TEST_DATABASE_URL is set)."""

from tests.dbfixtures import db  # noqa: F401
