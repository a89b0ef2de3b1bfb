"""Kenesh Desktop: records, deadlines and documents of a Public Council of a state body."""

__version__ = "0.1.0"
