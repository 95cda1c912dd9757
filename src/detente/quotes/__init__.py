"""Quotations: direct and indirect speech with resolved speakers."""

from __future__ import annotations

from detente.quotes.extract import QuoteFinder, extract_quotes

__all__ = ["QuoteFinder", "extract_quotes"]
