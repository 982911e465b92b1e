"""Talent Flows: who moves between organisations, each fact backed by the sentence that states it."""

__version__ = "0.1.0"
