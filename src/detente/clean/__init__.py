"""Cleaning: raw text or HTML -> Document with body, title, lead, dateline, signature."""

from detente.clean.cleaner import clean, clean_text
from detente.clean.html import CleanError

__all__ = ["CleanError", "clean", "clean_text"]
