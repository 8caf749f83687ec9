"""Configuration: user folders (:mod:`.paths`), bundled resources (:mod:`.resources`), logging."""
