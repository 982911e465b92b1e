"""The Flows page's loader: the Sankey of moves between organisations, its links as a table, and
net flow per organisation, for one selection at one level.

The one place the Flows view is computed: the page draws a :class:`FlowsView`, the HTML report
(:mod:`dashboard.ui.report`) publishes one, and ``export --view flows`` or ``net-flow`` writes
its tables. Each part is computed when first asked for: the page asks for all of it, the export
only for a table (drawing the Sankey costs most of the page's time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.flows import (
    OTHER,
    Level,
    drawn_links,
    extremes,
    internal_moves,
    link_styles,
    links_table,
    moves_behind,
    name_people,
    net_flow,
    net_flow_display,
    pick_label,
    sankey_links,
)
from dashboard.analysis.selection import Selection

LEVEL = "level"
"""The page's URL parameter for the level (``unit`` or ``root``); ``export --view`` reads it too."""
TOPS: dict[str, int | None] = {"10": 10, "20": 20, "40": 40, "all": None}
"""How many organisations the Sankey draws one by one (the rest gathered into 'Other'), as the
page offers them and writes them in the URL (``top=``)."""
DEFAULT_TOP = "20"
"""The page's choice without a link, and what the report draws."""
NET_BARS = 15
"""Gainers, and losers, the net-flow chart draws at most (its table lists all)."""


@dataclass(frozen=True, eq=False)
class FlowsView:
    """What the Flows page draws for the moves a selection keeps, at ``level``."""

    moves: pd.DataFrame
    """The moves the filters keep: the ones behind every figure and table."""
    org_names: dict[str, str]
    level: Level
    top: int | None
    """Organisations the Sankey draws one by one (None: every one)."""
    drawn_at_most: int | None
    """Links the Sankey draws at most, the largest first (None: every one)."""
    rows: int | None
    """Links whose people :attr:`table` names (None: every one); :meth:`full_table` names all."""

    @cached_property
    def links(self) -> pd.DataFrame:
        """Every link, largest first, its people not named (see :func:`~dashboard.analysis.flows.sankey_links`)."""
        return sankey_links(self.moves, self.level, with_people=False)

    @cached_property
    def named(self) -> pd.DataFrame:
        """The first :attr:`rows` links with their people (naming costs time: only what is shown)."""
        return name_people(self.links.head(self.rows) if self.rows is not None else self.links, self.moves, self.level)

    @property
    def table(self) -> pd.DataFrame:
        """The links table as a person reads it (the first :attr:`rows`, whose ids are :attr:`named`'s)."""
        return links_table(self.named, self.org_names)

    def full_table(self) -> pd.DataFrame:
        """Every link as a person reads it: the table's full download, ``export --view flows``."""
        named = self.named if self.rows is None else name_people(self.links, self.moves, self.level)
        return links_table(named, self.org_names)

    @cached_property
    def _sankey(self) -> tuple[pd.DataFrame, int, int]:
        limit = len(self.links) if self.drawn_at_most is None else self.drawn_at_most
        return drawn_links(self.links, self.moves, self.level, self.top, limit)

    @property
    def drawn(self) -> pd.DataFrame:
        """The links the Sankey draws, with their people by style and a quote each."""
        return self._sankey[0]

    @property
    def gathered(self) -> int:
        """How many organisations the Sankey gathers into 'Other'."""
        return self._sankey[1]

    @cached_property
    def names(self) -> dict[str, str]:
        """Organisation names, and the 'Other' node's: what the Sankey and its picks are labelled with."""
        return self.org_names | {OTHER: f"Other ({self.gathered:,} organisations)"}

    @cached_property
    def caption(self) -> str:
        """What the Sankey draws and leaves out, in words."""
        drawn, drawable = self.drawn, self._sankey[2]
        caption = "Origins on the left, destinations on the right; link width is the number of people."
        if self.gathered:
            caption += (
                f" The {self.top} organisations with the most people moved are drawn; {self.gathered:,} others are"
                " gathered in 'Other' (the links table lists them)."
            )
        if len(drawn) < drawable:
            share = drawn["value"].sum() / max(self.links["value"].sum(), 1)
            caption += (
                f" Only the {len(drawn):,} largest of {drawable:,} links are drawn ({share:.0%} of the people moved);"
                " the table below lists them all. Filter to an organisation to see its links in full."
            )
        internal = internal_moves(self.moves, self.level) if self.level == "root" else self.moves.iloc[:0]
        if not internal.empty:
            caption += f" {len(internal)} move(s) inside one organisation are not drawn at this level."
        styles = set(link_styles(drawn)["style"]) if not drawn.empty else set()
        if "inferred" in styles:
            caption += (
                " Faint links with a dotted outline: a detail (often the unit) is inferred, not stated; the note says"
                " how."
            )
        if "rumoured" in styles:
            caption += " Hollow grey links with a dashed outline: rumoured moves."
        return caption

    @property
    def picks(self) -> list[str]:
        """What a click on the Sankey can name: each link, each origin, each destination."""
        sources, targets = self.drawn["source"].astype(object), self.drawn["target"].astype(object)
        return list(dict.fromkeys(
            [f"link:{a}|{b}" for a, b in zip(sources, targets, strict=True)]
            + [f"from:{org}" for org in dict.fromkeys(sources)]
            + [f"to:{org}" for org in dict.fromkeys(targets)]
        ))  # fmt: skip

    def behind(self, pick: str) -> pd.DataFrame:
        """The moves behind a pick of the Sankey (or of the net-flow chart: ``org:X``); 'Other'
        stands for every organisation the Sankey doesn't draw one by one."""
        if pick.startswith("org:"):  # a bar: an organisation by itself, never 'Other'
            return moves_behind(self.moves, self.level, pick)
        drawn = self.drawn
        one_by_one = (set(drawn["source"].astype(object)) - {OTHER}, set(drawn["target"].astype(object)) - {OTHER})
        return moves_behind(self.moves, self.level, pick, one_by_one)

    def label(self, pick: str) -> str:
        """A pick in words: 'Meta → Mistral AI', 'leaving Meta', 'Meta (arrivals and departures)'."""
        return pick_label(pick, self.names if OTHER in pick else self.org_names)  # a bar's needs no Sankey

    @cached_property
    def net(self) -> pd.DataFrame:
        """Net flow per organisation, largest net first (see :func:`~dashboard.analysis.flows.net_flow`)."""
        return net_flow(self.moves, self.level, links=self.links)

    @cached_property
    def _net_drawn(self) -> tuple[pd.DataFrame, str]:
        return extremes(self.net, NET_BARS)

    @property
    def net_drawn(self) -> pd.DataFrame:
        """The :data:`NET_BARS` biggest gainers and losers: the bars of the net-flow chart."""
        return self._net_drawn[0]

    @property
    def net_caption(self) -> str:
        """What the net-flow chart draws and leaves out, in words."""
        return f"The {NET_BARS} biggest gainers and losers. {self._net_drawn[1]}"

    @property
    def net_picks(self) -> list[str]:
        """What a click on the net-flow chart can name: each bar's organisation."""
        return [f"org:{org}" for org in self.net_drawn["org_id"]]

    def net_table(self) -> pd.DataFrame:
        """Net flow of every organisation as a person reads it: the page's table, ``export --view net-flow``."""
        return net_flow_display(self.net, self.org_names)


def flows_view(
    bundle: Bundle,
    selection: Selection,
    level: Level = "unit",
    top: int | None = None,
    *,
    drawn_at_most: int | None = None,
    rows: int | None = None,
) -> FlowsView:
    """The Flows page of ``selection`` at ``level``: ``top`` organisations drawn one by one, at most
    ``drawn_at_most`` links drawn and ``rows`` links named in the table (None: all of them)."""
    return FlowsView(selection.moves, bundle.names, level, top, drawn_at_most, rows)
