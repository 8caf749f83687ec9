"""Reusable widgets: fields with inline errors, row tables, citizen search, message bar."""
