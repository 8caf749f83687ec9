"""The petition-processing screen (xử lý đơn): the queue and the legal outcomes."""

from tcd_desktop.ui.petitions.page import PetitionQueuePage

__all__ = ["PetitionQueuePage"]
