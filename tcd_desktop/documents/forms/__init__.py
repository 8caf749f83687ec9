"""One module per printed form: a frozen dataclass of its fields and a ``render_*`` function."""
