"""Cleaning: raw text or HTML -> Document with body, title, lead, dateline, signature."""

from detente.clean.cleaner import clean

__all__ = ["clean"]
