"""The press corpus (``tests/data/press/``): real news excerpts with the moves they state, read and
checked here, and the article reader measured on them (issue 25).

**Reading.** Each excerpt is read with :class:`~dashboard.articles.candidates.Reader` in its own
language and with its page's publication date, against the shipped record stripped of its people,
moves, stays and positions (as :func:`candidates.measure_seeds` does): the reader knows the
organisations a curator of this project has (OpenAI, Anthropic, Google DeepMind, Meta ...) and
nobody, so every person must be found as a new name. The football clubs, parties and companies of
the other excerpts are unknown to it, as they are to a new user; ``--record empty`` measures with
no organisations at all. Nothing of the labels reaches the reader.

**Matching** (names and organisations compared *folded*: without case or accents, word by word,
punctuation dropped, "OpenAI's" read as "openai's"):

- a candidate's **person** matches a label's person when the folded names are equal, or when one
  is the other's last word(s) — a surname alone ("Knight") matches the full name ("Ethan Knight");
- a candidate's **group** (no person) matches a label's group when their headcounts are equal, or
  when either headcount is unknown;
- an **organisation** matches when a folded name of the candidate's origin or destination (the
  name as read, or the record organisation's name and aliases when it has an id) equals, contains
  or is contained in a folded name of the label's origin or destination ("Meta" matches "Metas
  neuem Superintelligence-Projekt" and "Meta Superintelligence Labs");
- a candidate **matches a label** when its person or group matches and at least one of its
  organisations matches one of the label's.

A candidate is **right** when it matches a label whose certainty is not ``denied`` (a move the text
says did not happen is no move to propose; ``optional`` labels count). A label is **found** when
some candidate matches it; **recall** is over the labels that are neither optional nor denied.
**Precision** is the share of right candidates. Certainty and dates are not part of the match.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "press"
PARTS = ("dev", "heldout")
LANGUAGES = ("de", "en", "es", "fr", "it")
HELD_OUT_FIRST_DIGITS = "0123"
"""An excerpt is held out when the SHA-256 of its address begins with one of these hex digits."""
CHECK_SECOND_DIGITS = "01234"
"""A development excerpt whose address's SHA-256 has one of these hex digits second belongs to the
development part's own *check* subset, the others to its *tune* subset: whoever tunes the reader
reads the misses of ``tune`` only and sees ``check`` as totals, a sign of how a new rule carries
to text it was not written from, before the held-out part is measured (``--part tune|check``)."""
SUBSETS = ("tune", "check")
CERTAINTIES = ("stated", "rumoured", "denied")
DATE_KINDS = (None, "effective", "announced", "before")
_NAME = re.compile(r"(?P<language>de|en|es|fr|it)-\d{3}-[a-z0-9-]+\.yaml")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_WORD = re.compile(r"[\w'’-]+")
_FIELDS = {"language", "url", "title", "published", "text", "moves"}
_MOVE_FIELDS = {"from", "to", "date", "date_kind", "certainty", "quotes"}


def held_out(url: str) -> bool:
    """Whether the excerpt of this address belongs to the held-out part (the fixed rule)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[0] in HELD_OUT_FIRST_DIGITS


def subset(url: str) -> str:
    """``check`` or ``tune``: the development part's subset of the excerpt of this address."""
    return "check" if hashlib.sha256(url.encode("utf-8")).hexdigest()[1] in CHECK_SECOND_DIGITS else "tune"


def fold(text: str | None) -> str:
    """``text`` without case, accents and punctuation, its words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", (text or "").replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(_WORD.findall(plain))


@dataclass(frozen=True)
class Label:
    """One move a careful reader records from an excerpt."""

    person: str | None
    group: str | None
    headcount: int | None
    origins: tuple[str, ...]
    destinations: tuple[str, ...]
    date: str | None
    date_kind: str | None
    certainty: str
    optional: bool
    quotes: tuple[str, ...]

    @property
    def counted(self) -> bool:
        """Whether recall counts it: neither optional nor a move the text denies."""
        return not self.optional and self.certainty != "denied"

    def describe(self) -> str:
        who = self.person or f"{self.group} ({self.headcount if self.headcount is not None else '?'})"
        return f"{who}: {' / '.join(self.origins) or '?'} -> {' / '.join(self.destinations) or '?'}"


@dataclass(frozen=True)
class Excerpt:
    path: Path
    part: str
    language: str
    url: str
    title: str | None
    published: str | None
    text: str
    labels: tuple[Label, ...] = field(default_factory=tuple)


def _names(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


def read(path: Path) -> Excerpt:
    """The excerpt of one corpus file (assumed valid: see :func:`problems`)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = tuple(
        Label(person=move.get("person"), group=move.get("group"), headcount=move.get("headcount"),
              origins=_names(move.get("from")), destinations=_names(move.get("to")), date=move.get("date"),
              date_kind=move.get("date_kind"), certainty=move["certainty"], optional=bool(move.get("optional")),
              quotes=tuple(move["quotes"]))
        for move in data["moves"] or []
    )  # fmt: skip
    return Excerpt(path=path, part=path.parent.name, language=data["language"], url=data["url"],
                   title=data.get("title"), published=data.get("published"), text=data["text"],
                   labels=labels)  # fmt: skip


def excerpts(folder: Path = CORPUS, parts: tuple[str, ...] = PARTS) -> list[Excerpt]:
    """Every excerpt of the corpus's ``parts``, development part first, each part in file-name order."""
    return [read(path) for part in parts for path in sorted((folder / part).glob("*.yaml"))]


def problems(path: Path) -> list[str]:
    """Everything wrong with one corpus file, each as a sentence naming the file; empty when valid."""
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        return [f"{name}: not YAML ({error})"]
    if not isinstance(data, dict):
        return [f"{name}: not a mapping"]
    found = []
    missing = _FIELDS - set(data)
    if missing:
        return [f"{name}: missing {', '.join(sorted(missing))}"]
    if set(data) - _FIELDS - {"notes"}:
        found.append(f"{name}: unknown fields {', '.join(sorted(set(data) - _FIELDS - {'notes'}))}")
    shape = _NAME.fullmatch(name)
    if data["language"] not in LANGUAGES:
        found.append(f"{name}: language {data['language']!r} is not one of {', '.join(LANGUAGES)}")
    if shape is None or shape["language"] != data["language"]:
        found.append(f"{name}: the file name is not <language>-<3 digits>-<slug>.yaml of its language")
    text, url = data["text"], data["url"]
    if not isinstance(text, str) or not text.strip():
        return [*found, f"{name}: the text is empty"]
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        found.append(f"{name}: url is not a web address")
    elif path.parent.name != ("heldout" if held_out(url) else "dev"):
        found.append(f"{name}: belongs to {'heldout' if held_out(url) else 'dev'} by the hash of its address")
    published = data["published"]
    if published is not None and not (isinstance(published, str) and _DATE.fullmatch(published)):
        found.append(f"{name}: published {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    folded = fold(text)
    for number, move in enumerate(data["moves"] or [], start=1):
        found += [f"{name}, move {number}: {problem}" for problem in _move_problems(move, text, folded)]
    return found


def _move_problems(move, text: str, folded: str) -> list[str]:
    if not isinstance(move, dict):
        return ["not a mapping"]
    found = []
    missing = _MOVE_FIELDS - set(move)
    if missing:
        found.append(f"missing {', '.join(sorted(missing))}")
    if (move.get("person") is None) == (move.get("group") is None):
        found.append("needs exactly one of person and group")
    if move.get("person") is not None and move.get("headcount") is not None:
        found.append("a person has no headcount")
    headcount = move.get("headcount")
    if headcount is not None and not (isinstance(headcount, int) and headcount > 0):
        found.append(f"headcount {headcount!r} is not a positive number")
    if move.get("certainty") not in CERTAINTIES:
        found.append(f"certainty {move.get('certainty')!r} is not one of {', '.join(CERTAINTIES)}")
    if move.get("date_kind") not in DATE_KINDS:
        found.append(f"date_kind {move.get('date_kind')!r} is not effective, announced, before or null")
    date = move.get("date")
    if date is not None and not (isinstance(date, str) and _DATE.fullmatch(date)):
        found.append(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if not move.get("from") and not move.get("to"):
        found.append("has neither origin nor destination")
    for quote in move.get("quotes") or []:
        if not isinstance(quote, str) or quote not in text:
            found.append(f"quote not in the text: {str(quote)[:60]!r}")
    if not move.get("quotes"):
        found.append("quotes no sentence")
    for key in ("person", "from", "to"):
        for value in _names(move.get(key)):
            if not isinstance(value, str) or fold(value) not in folded:
                found.append(f"{key} {value!r} is not in the text")
    return found


# --- measuring -----------------------------------------------------------------------------------


def _same_person(written: str | None, label: str) -> bool:
    ours, theirs = fold(written).split(), fold(label).split()
    if not ours:
        return False
    shorter, longer = sorted((ours, theirs), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def _same_organisation(candidate_names: set[str], label_names: tuple[str, ...]) -> bool:
    wanted = {fold(name) for name in label_names} - {""}
    return any(ours == theirs or ours in theirs or theirs in ours for ours in candidate_names for theirs in wanted)


def _candidate_organisations(candidate, document) -> set[str]:
    names = set()
    for written, record_id in ((candidate.from_, candidate.from_id), (candidate.to, candidate.to_id)):
        names.add(fold(written))
        if record_id is not None and record_id in document.organizations:
            organisation = document.organizations[record_id]
            names |= {fold(name) for name in (organisation.name, *organisation.aliases)}
    return names - {""}


def matches(candidate, label: Label, document) -> bool:
    """Whether ``candidate`` (a :class:`~dashboard.articles.candidates.Candidate`) matches ``label``."""
    if label.person is not None:
        who = candidate.person is not None and _same_person(candidate.person, label.person)
    else:
        counts = {candidate.headcount, label.headcount}
        who = candidate.person is None and (None in counts or len(counts) == 1)
    return who and _same_organisation(_candidate_organisations(candidate, document), label.origins + label.destinations)


def _side_names(written: str | None, record_id: str | None, document) -> set[str]:
    names = {fold(written)}
    if record_id is not None and record_id in document.organizations:
        organisation = document.organizations[record_id]
        names |= {fold(name) for name in (organisation.name, *organisation.aliases)}
    return names - {""}


def sided(candidate, label: Label, document) -> bool:
    """Whether ``candidate`` matches ``label`` with every organisation it names on the label's side:
    its origin among the label's origins, its destination among its destinations (a stay's
    organisation is both). Stricter than :func:`matches`, which takes an organisation on either side:
    a candidate with its sides swapped is one click from a wrong record."""
    if not matches(candidate, label, document):
        return False
    stay = getattr(candidate, "kind", "move") == "stay"
    for written, record_id, wanted in ((candidate.from_, candidate.from_id, label.origins),
                                       (candidate.to, candidate.to_id, label.destinations)):  # fmt: skip
        names = _side_names(written, record_id, document)
        if names and not _same_organisation(names, wanted + (label.origins + label.destinations if stay else ())):
            return False
    return True


def reader_record(kind: str = "shipped"):
    """The record the reader knows: the shipped one without people, moves, stays and positions, or
    (``empty``) without organisations either."""
    from dashboard.record.load import load_file

    document = load_file(ROOT / "data" / "events.yaml").dataset.document
    stripped = {"people": {}, "moves": [], "stays": [], "positions": []}
    if kind == "empty":
        stripped["organizations"] = {}
    return document.model_copy(update=stripped)


@dataclass
class Reading:
    """What the reader proposed for one excerpt, and how it compares with the labels."""

    excerpt: Excerpt
    candidates: list
    right: list[bool]
    found: list[bool]
    sided: list[bool]
    """Of each candidate, whether it is right with every organisation on its side (:func:`sided`)."""


def read_corpus(items: list[Excerpt], kind: str = "shipped") -> list[Reading]:
    """Every excerpt read by the reader, its candidates compared with its labels."""
    from dashboard.articles.candidates import Reader
    from dashboard.record.dates import parse_when

    document = reader_record(kind)
    reader = Reader(document)
    readings = []
    for excerpt in items:
        published = parse_when(excerpt.published) if excerpt.published else None
        readings.append(compare(excerpt, reader.read(excerpt.text, language=excerpt.language, published=published),
                                document))  # fmt: skip
    return readings


def compare(excerpt: Excerpt, got: list, document) -> Reading:
    """The candidates ``got`` for ``excerpt``: which are right, which of its labels they find."""
    right = [any(label.certainty != "denied" and matches(candidate, label, document) for label in excerpt.labels)
             for candidate in got]  # fmt: skip
    found = [any(matches(candidate, label, document) for candidate in got) for label in excerpt.labels]
    on_side = [any(label.certainty != "denied" and sided(candidate, label, document) for label in excerpt.labels)
               for candidate in got]  # fmt: skip
    return Reading(excerpt, got, right, found, on_side)


def figures(readings: list[Reading]) -> dict:
    """Recall and precision of some readings: counts and shares (``None`` where nothing is counted)."""
    labels = sum(label.counted for reading in readings for label in reading.excerpt.labels)
    found = sum(hit for reading in readings
                for label, hit in zip(reading.excerpt.labels, reading.found, strict=True) if label.counted)  # fmt: skip
    candidates = sum(len(reading.candidates) for reading in readings)
    right = sum(sum(reading.right) for reading in readings)
    on_side = sum(sum(reading.sided) for reading in readings)
    return {
        "excerpts": len(readings), "labels": labels, "found": found, "recall": found / labels if labels else None,
        "candidates": candidates, "right": right, "precision": right / candidates if candidates else None,
        "sided": on_side, "sided_precision": on_side / candidates if candidates else None,
    }  # fmt: skip


def measure(kind: str = "shipped", folder: Path = CORPUS, parts: tuple[str, ...] = PARTS) -> tuple[dict, list[Reading]]:
    """``{part: {language: figures, ..., "all": figures}}`` for the corpus's ``parts`` (a part left out
    is not even read: ``--part dev`` while tuning), and the readings. ``parts`` may also name the
    development part's subsets ``tune`` and ``check`` (:func:`subset`); then only those are read."""
    files = tuple(dict.fromkeys("dev" if part in SUBSETS else part for part in parts))
    readings = read_corpus(excerpts(folder, files), kind)
    readings = [reading for reading in readings
                if reading.excerpt.part != "dev" or "dev" in parts or subset(reading.excerpt.url) in parts]  # fmt: skip

    def part_of(reading: Reading) -> str:
        return (
            subset(reading.excerpt.url)
            if reading.excerpt.part == "dev" and "dev" not in parts
            else reading.excerpt.part
        )

    table = {}
    for part in parts:
        mine = [reading for reading in readings if part_of(reading) == part]
        table[part] = {language: figures([r for r in mine if r.excerpt.language == language]) for language in LANGUAGES}
        table[part]["all"] = figures(mine)
    return table, readings


def table_lines(table: dict) -> list[str]:
    """The measure as a Markdown table, a row per part and language."""

    def share(value: float | None) -> str:
        return "–" if value is None else f"{value:.0%}"

    lines = ["| part | language | excerpts | moves found | recall | candidates right | precision |",
             "| --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for part, rows in table.items():
        for language, row in rows.items():
            name = "**all**" if language == "all" else language
            found, right = f"{row['found']} of {row['labels']}", f"{row['right']} of {row['candidates']}"
            lines.append(f"| {part} | {name} | {row['excerpts']} | {found} | {share(row['recall'])} | {right} | "
                         f"{share(row['precision'])} |")  # fmt: skip
    return lines


def sides_lines(table: dict) -> list[str]:
    """Per part, how many candidates are right with every organisation on its side as well."""
    lines = []
    for part, rows in table.items():
        row = rows["all"]
        if row["candidates"]:
            strict, lenient = f"{row['sided_precision']:.0%}", f"{row['precision']:.0%}"
            lines.append(f"{part}: {row['sided']} of {row['candidates']} candidates right with every organisation "
                         f"on its side ({strict}; {lenient} with either side)")  # fmt: skip
    return lines


def confidence_lines(readings: list[Reading]) -> list[str]:
    """Per part, the share of right candidates at each confidence the reader gave (to a tenth): whether
    the figure the confirm step shows tells a likely candidate from a doubtful one on text the rules
    were not written with. Totals only, as every figure of the held-out part."""
    lines = []
    for part in PARTS:
        counts: dict[float, list[int]] = {}
        for reading in readings:
            if reading.excerpt.part != part:
                continue
            for candidate, ok in zip(reading.candidates, reading.right, strict=True):
                count = counts.setdefault(round(candidate.confidence, 1), [0, 0])
                count[0] += ok
                count[1] += 1
        if counts:
            cells = [f"{band:.1f}: {right} of {total} ({right / total:.0%})"
                     for band, (right, total) in sorted(counts.items())]  # fmt: skip
            lines.append(f"{part}: " + "; ".join(cells))
    return lines


def misses_lines(readings: list[Reading], *, tune_only: bool = False) -> list[str]:
    """For each development excerpt, the moves not found and the candidates that match no move.
    Held-out excerpts are never listed (their results are only ever seen as totals), nor, with
    ``tune_only``, the excerpts of the development part's ``check`` subset."""
    lines = []
    for reading in readings:
        if reading.excerpt.part != "dev" or (tune_only and subset(reading.excerpt.url) == "check"):
            continue
        lost = [label for label, hit in zip(reading.excerpt.labels, reading.found, strict=True)
                if label.counted and not hit]  # fmt: skip
        wrong = [candidate for candidate, ok in zip(reading.candidates, reading.right, strict=True) if not ok]
        if not lost and not wrong:
            continue
        lines.append(f"{reading.excerpt.path.name}:")
        lines += [f"  missed  {label.describe()}" for label in lost]
        for candidate in wrong:
            who = candidate.person or f"{candidate.group} ({candidate.headcount})"
            where = f"{candidate.from_ or '?'} -> {candidate.to or '?'}"
            lines.append(f"  wrong   {who}: {where}  «{candidate.quote[:90]}»")
    return lines
