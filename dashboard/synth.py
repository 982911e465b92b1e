"""A synthetic project for benchmarks and scale tests: ``python -m dashboard synth``.

Deterministic for a seed, and *valid*: every quote is a sentence of its document, every
reference resolves, no date lies in the future, no move is a duplicate. Its shape follows a
hand-kept record of an industry: a few hundred organisations (some with units), people with
several moves each (a career chain, so origin and destination always differ), unnamed groups,
earlier jobs, unknown origins and destinations, all three date precisions, stays, positions
(a job followed by the next within months, so a move is derived; an advisory seat held beside
it; open and unknown ends) and cohorts with claims. The YAML is written in the same style as ``data/events.yaml``,
by the same writer as every change to a record (:mod:`dashboard.edit.writer`).

And the mess of a real record, from a random stream of its own (so the rest of a seed's project
is what it was): rumours, bounded and unknown dates, accented names, look-alike names written
with another apostrophe, web sources (whose quotes can't be checked), and estimated dates, so
that about a fifth of the records carry a warning, as a converted public record does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from dashboard.edit import atomic
from dashboard.edit.writer import record_yaml
from dashboard.record.layout import compose

MOVES_PER_DOCUMENT = 50
FIRST_YEAR, LAST_YEAR = 2005, 2025
ROLES = ["researcher", "engineer", "scientist", "director", "co-founder", "head of research", "CEO", "advisor"]
ACCENTS = str.maketrans({"a": "á", "o": "ö", "u": "ü", "e": "é"})
WEB_SOURCES = 0.3
"""The share of sources that are web addresses: their quotes are recorded, not checked."""
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "pe", "an", "sel", "dor", "ib", "us", "na", "fer", "gal"]
VERBS = ["wechselt von {a} zu {b}", "verlässt {a} und geht zu {b}", "kommt von {a} zu {b}", "zieht von {a} zu {b}"]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class _Move:
    id: str
    who: str  # person id, or group description
    group: int  # headcount for a group, 0 for a person
    origin: str
    destination: str
    date: str
    kind: str
    role: str | None
    sentence: str
    source: int
    certainty: str = "stated"
    estimated: bool = False


def _date(rng: random.Random, year: int) -> str:
    precision = rng.random()
    if precision < 0.4:
        return f"{year}"
    month = rng.randint(1, 12)
    if precision < 0.8:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def generate(moves: int, seed: int = 0) -> tuple[str, dict[str, str]]:
    """The YAML text and the documents (file name → text) of a synthetic project."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    # The marks of a real record (rumours, bounded and unknown dates) from a stream of their own,
    # so the rest of a seed's project stays what it was.
    marks = random.Random(seed + 7919)  # noqa: S311
    companies = max(8, min(160, moves // 40))
    orgs: list[tuple[str, str, str | None, str]] = []  # id, name, parent, kind
    for index in range(companies):
        org_id = f"org-{index:03d}"
        orgs.append(
            (org_id, f"{_name(rng, 2)} {rng.choice(['AI', 'Labs', 'Systems', 'Research'])} {index}", None, "company")
        )
        for unit in range(rng.choice([0, 0, 1, 2, 3])):
            orgs.append((f"{org_id}-u{unit}", f"{orgs[-1 - unit][1].split()[0]} Unit {index}.{unit}", org_id, "team"))
    org_ids = [org[0] for org in orgs]
    names = {org[0]: org[1] for org in orgs}

    people = max(3, moves // 3)
    person_names = {f"p{index:06d}": f"{_name(rng, 2)} {_name(rng, 3)} {index}" for index in range(people)}
    person_ids = list(person_names)
    for person_id in person_ids:  # accents: one name in ten
        if marks.random() < 0.1:
            person_names[person_id] = person_names[person_id].translate(ACCENTS)
    for number, person_id in enumerate(person_ids[1::97]):  # look-alikes: O'Neil and O’Neil
        person_names[person_id] = f"Ann O{'’' if number % 2 else chr(39)}Neil {number // 2}"

    records: list[_Move] = []
    career: dict[str, tuple[str, int]] = {}  # person -> (current org, year)
    documents = max(1, moves // MOVES_PER_DOCUMENT)
    for index in range(moves):
        source = index % documents
        if rng.random() < 0.05:  # an unnamed group
            headcount = rng.randint(2, 6)
            who = f"{headcount} researchers from team {index}"
            origin = rng.choice(org_ids)
            destination = rng.choice([org for org in org_ids if org != origin])
            year = rng.randint(FIRST_YEAR, LAST_YEAR)
            person, group = who, headcount
        else:
            person = rng.choice(person_ids)
            current, year = career.get(person, (rng.choice(org_ids), rng.randint(FIRST_YEAR, LAST_YEAR - 6)))
            year = min(LAST_YEAR, year + rng.randint(1, 3))
            origin = current
            destination = rng.choice([org for org in org_ids if org != origin])
            career[person] = (destination, year)
            group = 0
        if rng.random() < 0.03:
            origin = "unknown"
        elif rng.random() < 0.03:
            destination = "unknown"
        kind = rng.choices(["reported", "effective", "before"], weights=[6, 3, 1])[0]
        role = rng.choice(ROLES) if rng.random() < 0.6 else None
        a = names.get(origin, "einem unbekannten Arbeitgeber")
        b = names.get(destination, "einem unbekannten Ziel")
        mover = person_names.get(person, person)
        sentence = f"Bericht {index}: {mover} {rng.choice(VERBS).format(a=a, b=b)}."
        date = _date(rng, year)
        draw = marks.random()
        if kind != "before" and draw < 0.02:
            date = f"{year}/.."  # "in {year} or later": the source only bounds it
        elif kind != "before" and draw < 0.03:
            date = f"{year}/{min(LAST_YEAR, year + 1)}" if year < LAST_YEAR else f"../{year}"
        elif kind != "before" and draw < 0.035:
            date = "unknown"
        certainty = "rumoured" if marks.random() < 0.03 else "stated"
        estimated = marks.random() < 0.2  # dated from the article, not printed: a warning each
        if not group and marks.random() < 0.03:  # the sentence says "the person": no quote names them
            sentence = sentence.replace(mover, "Die Person", 1)
        records.append(_Move(f"m{index:06d}", person, group, origin, destination, date, kind, role,
                             sentence, source, certainty, estimated))  # fmt: skip

    texts: dict[str, list[str]] = {f"doc-{number:05d}.txt": [] for number in range(documents)}
    for move in records:
        texts[f"doc-{move.source:05d}.txt"].append(move.sentence)
    stays = []
    for number, person in enumerate(person_ids[: max(1, people // 10)]):
        org, year = career.get(person, (org_ids[number % len(org_ids)], LAST_YEAR))
        if org == "unknown":
            continue
        sentence = f"Bestätigt {number}: {person_names[person]} arbeitet weiterhin bei {names[org]}."
        source = number % documents
        texts[f"doc-{source:05d}.txt"].append(sentence)
        stays.append((f"s{number:06d}", person, org, str(min(LAST_YEAR, year + 1)), sentence, source))
    documents_text = {}
    for file_name, sentences in texts.items():
        # Glue some sentences and break lines at random, as the seed documents do.
        pieces = [sentence + rng.choice([" ", " ", "", "\n"]) for sentence in sentences]
        documents_text[file_name] = "Synthetische Meldungen.\n" + "".join(pieces) + "\n"

    positions = _positions(marks, person_ids[2::10], person_names, org_ids, names, documents)
    for _, _, _, _, _, _, sentence, source in positions:
        documents_text[f"doc-{source:05d}.txt"] += sentence + "\n"

    cohorts = [f"cohort-{number}" for number in range(max(1, min(20, people // 500)))]
    members = {
        person: cohorts[index % len(cohorts)] for index, person in enumerate(person_ids[:: max(1, people // 200)])
    }
    claim_sentences = {}
    for number, cohort in enumerate(cohorts):
        sentence = f"Kohorte {number}: mehr als die Hälfte hat das Unternehmen verlassen."
        texts_file = f"doc-{number % documents:05d}.txt"
        documents_text[texts_file] += sentence + "\n"
        claim_sentences[cohort] = (sentence, number % documents)

    def evidence(source: int, sentence: str) -> list[dict[str, str]]:
        return [{"source": f"src-{source:05d}", "quote": sentence}]

    sections: dict[str, list[str]] = {
        "sources": [record_yaml("sources", {"id": f"src-{number:05d}", "url": f"https://example.org/news/{number:05d}"}
                                if number % 10 < WEB_SOURCES * 10 else
                                {"id": f"src-{number:05d}", "path": f"seeds/doc-{number:05d}.txt", "language": "de",
                                 "published": str(LAST_YEAR)}) for number in range(documents)],
        "organizations": [record_yaml("organizations", {"id": org_id, "name": name, "parent": parent, "kind": kind})
                          for org_id, name, parent, kind in orgs],
        "people": [record_yaml("people", {"id": person, "name": person_names[person],
                                          "cohorts": [members[person]] if person in members else None})
                   for person in person_ids],
        "cohorts": [],
        "moves": [record_yaml("moves", {"id": move.id, "person": None if move.group else move.who,
                                        "group": move.who if move.group else None, "headcount": move.group or None,
                                        "from": move.origin, "to": move.destination, "date": move.date,
                                        "date_kind": move.kind, "role": move.role, "certainty": move.certainty,
                                        "date_estimated": move.estimated,
                                        "evidence": evidence(move.source, move.sentence)})
                  for move in records],
        "stays": [record_yaml("stays", {"id": stay_id, "person": person, "org": org, "as_of": year,
                                        "evidence": evidence(source, sentence)})
                  for stay_id, person, org, year, sentence, source in stays],
        "positions": [record_yaml("positions", {"id": position_id, "person": person, "org": org, "role": role,
                                                "start": start, "end": end, "evidence": evidence(source, sentence)})
                      for position_id, person, org, role, start, end, sentence, source in positions],
    }  # fmt: skip
    for cohort in cohorts:
        sentence, source = claim_sentences[cohort]
        claim = {"summary": "More than half have left.", "org": org_ids[0], "measure": "left",
                 "comparator": "more_than", "value": 50, "unit": "percent", "as_of": str(LAST_YEAR),
                 "evidence": evidence(source, sentence)}  # fmt: skip
        sections["cohorts"].append(
            record_yaml("cohorts", {"id": cohort, "name": "Cohort " + cohort, "size": "unknown", "claims": [claim]})
        )
    preamble = ["# yaml-language-server: $schema=events.schema.json", "# Synthetic record: python -m dashboard synth"]
    return compose(preamble, sections), documents_text


def _positions(rng, people, person_names, org_ids, names, documents) -> list[tuple]:
    """Careers as positions: a job, the next one starting within months of its end (a derived
    move), often an advisory seat held beside them, and ends that are open or unknown."""
    found = []
    for number, person in enumerate(people):
        first, second, seat = rng.sample(org_ids, 3)
        began = rng.randint(FIRST_YEAR, LAST_YEAR - 6)
        ended = began + rng.randint(1, 4)
        month = rng.randint(1, 12)
        spans = [
            (first, rng.choice(ROLES), str(began), f"{ended}-{month:02d}"),
            (second, rng.choice(ROLES), f"{ended}-{min(12, month + rng.randint(0, 2)):02d}",
             rng.choice([f"{LAST_YEAR}/..", "unknown", str(min(LAST_YEAR, ended + 2))])),
        ]  # fmt: skip
        if rng.random() < 0.5:  # an advisory seat beside the jobs
            spans.append((seat, "advisor", str(began + 1), rng.choice(["unknown", f"{ended + 1}/.."])))
        for index, (org, role, start, end) in enumerate(spans):
            until = " bis heute" if end.endswith("/..") else ("" if end == "unknown" else f" bis {end}")
            who = person_names[person]
            sentence = f"Laufbahn {number}.{index}: {who} ist seit {start} {role} bei {names[org]}{until}."
            found.append((f"q{number:06d}-{index}", person, org, role, start, end, sentence, rng.randrange(documents)))
    return found


def write_project(out: Path, moves: int, seed: int = 0) -> Path:
    """Write a synthetic project under ``out``; return the path of its ``data/events.yaml``.

    Every file is replaced atomically (:mod:`dashboard.edit.atomic`: refusing a path that is not
    a regular file), under the record's lock, the record last: a dashboard watching it never
    reads a record whose documents are not all there yet."""
    text, documents = generate(moves, seed)
    (out / "data").mkdir(parents=True, exist_ok=True)
    (out / "seeds").mkdir(parents=True, exist_ok=True)
    path = out / "data" / "events.yaml"
    with atomic.locked(path) as record:
        atomic.remove_leftovers(record)
        for file_name, content in documents.items():
            atomic.replace(out / "seeds" / file_name, content.encode("utf-8"))
        atomic.replace(record, text.encode("utf-8"))
    return path
