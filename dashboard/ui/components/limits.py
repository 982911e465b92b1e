"""How much a page draws at most, so that a record of 100,000 moves stays quick in the browser.

Past each limit a page draws the first or largest part and says so, or draws an aggregate;
every CSV download still holds everything the filters keep. Pages read these at run time
(``limits.ROWS``), so a test can lower them.
"""

ROWS = 1000
"""Rows a table shows at most; the rest are a download away (a browser grid of 100,000 rows is slow)."""

TENURE_ROWS = 50
"""Organisations the Retention page's tenure table shows at most, the most stints first: each row is
an estimate (lifelines, about 10 ms), so hundreds would take seconds on every filter change; the
download of all rows holds every organisation. Selected organisations are the only rows."""

CARDS = 25
"""Move cards (a move with its quotes) a page draws at most, newest first; each is several
Streamlit elements, so a hundred cost a tenth of a second per rerun. Tables list the rest."""

SANKEY_LINKS = 200
"""Links the Sankey draws at most, the largest first; beyond that it is unreadable and heavy."""

TIMELINE_RECORDS = 1500
"""Records the timeline draws one by one at most; above that it shows people per year."""

PEOPLE = 2000
"""People the Person page's picker offers at most; the sidebar's person search narrows a longer list."""
WARNING_KINDS = 12
"""Kinds of warning the Overview lists (the table above them counts every kind)."""
WARNINGS = 50
"""Warnings the Overview lists per kind (``python -m dashboard validate`` lists them all)."""
