"""Actor recognition: mentions of persons, countries, organisations and places linked to the KB.

Two pipeline stages: ``recognise_actors`` (after tokenising) finds and links
mentions; ``resolve_roles`` (after the document date) links role-only mentions
such as ``der US-Außenminister`` to the office holder on that date.
"""

from detente.actors.recognise import recognise_actors
from detente.actors.resolve import resolve_roles

__all__ = ["recognise_actors", "resolve_roles"]
