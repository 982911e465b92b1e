"""A repository built by a test whose record is kept in a folder (``data/events/``): the story
of several curators moving records between its files, renaming one, and merging a branch."""

from __future__ import annotations

from pathlib import Path

from support.folders import compose, records_of
from support.gitrepo import EDSGER, GRACE, LINUS, RECORD, Repo

ADA, BOB, CAROL = "Ada Curator", "Bob Reviewer", "Carol Third"
BASE = compose({name: blocks for name, blocks in records_of(RECORD).items() if name != "moves"})
"""Sources, organisations and people of :data:`RECORD`: ``base.yaml``."""
MOVES = compose({"moves": records_of(RECORD)["moves"]})
"""Ada's move: ``moves.yaml`` at first."""


class FolderStory:
    """The commits of the story, by name (``repo.head()`` after each):

    - ``split`` (Ada): the record becomes ``data/events/base.yaml`` and ``moves.yaml`` (Ada's move);
    - ``grace`` (Bob): Grace's move added at the end of ``moves.yaml``;
    - ``moved`` (Carol): Grace's move taken out of ``moves.yaml`` into a new ``april.yaml``, its
      ``date_kind`` made ``reported`` on the way;
    - ``renamed`` (Ada): ``moves.yaml`` renamed ``march.yaml``, Ada's role changed in the same commit;
    - ``linus`` (Bob, on the branch ``may``): Linus's move in a new ``may.yaml``;
    - ``edsger`` (Carol, on ``main``): Edsger's move added to ``march.yaml``;
    - ``merge`` (Ada): ``may`` merged into ``main``;
    - ``gather`` (Bob): Linus's move moved, unchanged, from ``may.yaml`` to ``april.yaml``, and
      ``may.yaml`` removed.
    """

    def __init__(self, top: Path) -> None:
        self.repo = repo = Repo(top)
        self.folder = folder = top / "data" / "events"
        folder.mkdir()
        self.write("base.yaml", BASE)
        self.write("moves.yaml", MOVES)
        repo.git("rm", "-q", "data/events.yaml")
        self.split = repo.commit("Split the record into files", date="2025-06-13T10:00:00+00:00")
        self.write("moves.yaml", MOVES + GRACE)
        self.grace = repo.commit("Add Grace's move", name=BOB, date="2025-07-01T09:00:00+00:00")
        self.write("moves.yaml", MOVES)
        self.write("april.yaml", "moves:\n" + GRACE.replace("date_kind: effective", "date_kind: reported"))
        self.moved = repo.commit("April's moves in their own file", name=CAROL, date="2025-07-02T09:00:00+00:00")
        repo.git("mv", "data/events/moves.yaml", "data/events/march.yaml")
        self.write("march.yaml", MOVES.replace("role: chief scientist", "role: chief science officer"))
        self.renamed = repo.commit("March's moves, Ada's role", date="2025-07-03T09:00:00+00:00")
        repo.git("checkout", "-q", "-b", "may")
        self.write("may.yaml", "moves:\n" + LINUS)
        self.linus = repo.commit("Add Linus's move", name=BOB, date="2025-07-04T09:00:00+00:00")
        repo.git("checkout", "-q", "main")
        self.write("march.yaml", self.read("march.yaml") + EDSGER)
        self.edsger = repo.commit("Add Edsger's move", name=CAROL, date="2025-07-05T09:00:00+00:00")
        repo.git("merge", "-q", "--no-ff", "may", "-m", "Merge May", date="2025-07-06T09:00:00+00:00")
        self.merge = repo.head()
        repo.git("rm", "-q", "data/events/may.yaml")
        self.write("april.yaml", self.read("april.yaml") + LINUS)
        self.gather = repo.commit("Linus's move is April's", name=BOB, date="2025-07-07T09:00:00+00:00")

    def write(self, name: str, text: str) -> None:
        (self.folder / name).write_text(text, encoding="utf-8")

    def read(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")
