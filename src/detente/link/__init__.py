"""Linking: near-duplicate articles and one canonical record per real-world event."""

from detente.link.store_link import LinkReport, link_events

__all__ = ["LinkReport", "link_events"]
