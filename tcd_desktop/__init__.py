"""TCD Desktop: citizen reception, complaints, denunciations and petitions for Vietnamese offices."""

__version__ = "0.1.0"
