"""Reading the package's own data files (lexicons, rules, the knowledge base, the schema)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of ``name`` (e.g. ``data/roles_de.json``) inside ``package``."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def read_json(package: str, name: str) -> Any:
    return json.loads(read_text(package, name))


def data_lines(package: str, name: str) -> list[str]:
    """Lines of a list file without blank lines and ``#`` comments (kept as written)."""
    return [
        line
        for line in read_text(package, name).splitlines()
        if line.strip() and not line.startswith("#")
    ]
