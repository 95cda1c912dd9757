"""Dyad relation series: events between two countries per period, by PLOVER quad class."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from detente.analysis.timeline import TimelineFilter, canonical_events
from detente.events.ontology import quad_class

if TYPE_CHECKING:
    from detente.store import Store

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
PERIODS = ("week", "month", "year")


def period_of(day: str, by: str) -> str:
    """The period key of an ISO date: 2017-W07, 2017-02 or 2017."""
    if by == "year":
        return day[:4]
    if by == "month":
        return day[:7]
    if by == "week":
        year, week, _ = date.fromisoformat(day[:10]).isocalendar()
        return f"{year}-W{week:02d}"
    raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")


@dataclass
class PeriodStats:
    period: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    scores: dict[str, float] = field(default_factory=lambda: dict.fromkeys(QUADS, 0.0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def score_sum(self) -> float:
        return sum(self.scores.values())

    @property
    def score_mean(self) -> float:
        return self.score_sum / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "events": self.total,
            "score_sum": round(self.score_sum, 3),
            "score_mean": round(self.score_mean, 3),
            "by_quad": {
                q: {
                    "events": self.counts[q],
                    "score_sum": round(self.scores[q], 3),
                    "score_mean": round(self.scores[q] / self.counts[q], 3)
                    if self.counts[q]
                    else 0,
                }
                for q in QUADS
            },
        }


def relation_series(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> list[PeriodStats]:
    """Per period, canonical events in which both countries take part (each counted once)."""
    series: dict[str, PeriodStats] = defaultdict(lambda: PeriodStats(""))
    where = TimelineFilter(dyad=(a, b), since=since, until=until)
    for event in canonical_events(store, where):
        if not event["date_value"]:
            continue
        key = period_of(event["date_value"], by)
        stats = series[key]
        stats.period = key
        quad = quad_class(event["type"])
        stats.counts[quad] += 1
        stats.scores[quad] += event["score"] or 0.0
    return [series[k] for k in sorted(series)]


def draw_chart(series: list[PeriodStats], title: str, path: str) -> None:
    """Stacked event counts per quad class and the mean score, as PNG or SVG (by suffix)."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no screen needed
    import matplotlib.pyplot as plt

    periods = [s.period for s in series]
    fig, ax = plt.subplots(figsize=(max(6, len(periods) * 0.5), 4))
    bottom = [0] * len(series)
    colours = ("#4c9a2a", "#1f6f3f", "#e08a1e", "#b3261e")
    for quad, colour in zip(QUADS, colours, strict=True):
        values = [s.counts[quad] for s in series]
        ax.bar(periods, values, bottom=bottom, label=quad.replace("_", " "), color=colour)
        bottom = [x + y for x, y in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    ax.set_title(title)
    ax.tick_params(axis="x", rotation=60)
    mean_axis = ax.twinx()
    mean_axis.plot(
        periods, [s.score_mean for s in series], color="black", marker="o", label="mean score"
    )
    mean_axis.axhline(0, color="grey", linewidth=0.5)
    mean_axis.set_ylabel("mean PLOVER score")
    ax.legend(loc="upper left", fontsize="small")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
