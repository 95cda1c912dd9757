"""KB fixtures: one knowledge base per test session, and no user overlay leaking in."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.kb import KnowledgeBase, load_kb

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def no_user_overlay(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests see only the shipped data unless they set an overlay themselves."""
    monkeypatch.delenv("DETENTE_KB_OVERLAY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb(overlay=None)


@pytest.fixture
def wikidata_response() -> Path:
    return DATA / "wikidata_response.json"
