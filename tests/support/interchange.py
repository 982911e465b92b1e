"""Readers of the exports, written from their formats' specifications: QuickStatements V1 batches
cut as each of its three readers cuts them, the Popolo JSON Schemas this export uses, and
FollowTheMoney's own library (skipped where it is not installed)."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

# --- QuickStatements V1: how its readers cut a batch, and a parser of its syntax ----------------
#
# The splitters below follow the three readers of V1 batches, as their source reads:
# - QuickStatements 3.0, wikimediabrasil/quickstatements3, src/core/parsers/v1.py
#   (V1CommandParser.parse, parse_comment, parse_command): quoted strings ("..." or """...""",
#   a backslash escaping the next character, DOTALL) and /* comments */ are hidden first; then
#   every "||" is a line break and every "|" a tab; a command is a stripped non-empty line,
#   its hidden strings restored in order; a trailing /* comment */ is its summary; its fields
#   are the stripped, non-empty tab-separated pieces.
# - the original QuickStatements, magnusmanske/quickstatements, public_html/quickstatements.php
#   (importDataFromV1): "||" separates commands only in a batch without line breaks; a row
#   without tabs is cut at every "|"; a trailing /* comment */ is the summary.
# - the Rust one, magnusmanske/quickstatements_rs, src/qs_server.rs (import_v1) and
#   src/qs_parser.rs (new_from_line, parse_comment): a batch holding "||" anywhere is cut at "||"
#   only, else at line breaks; a /* comment */ anywhere in a line is removed; in a line with a tab
#   or "||", "||" is a tab, else every "|" is.
# None of them reads a backslash outside QuickStatements 3.0's quoted strings, nor an escaped quote
# inside a value: a value "..." is the text between its first and last double quote.

QS3_HIDDEN = re.compile(r'("("")?)(?:\\.|[^\\])*?\1|\/\*.*?\*\/', re.DOTALL)
QS3_PLACEHOLDER = "___QSTS3_PLACEHOLDER___"


def split_qs3(batch: str) -> list[list[str]]:
    """The commands QuickStatements 3.0 reads in ``batch``, each as its fields."""
    hidden: list[str] = []

    def hide(match: re.Match) -> str:
        hidden.append(match.group(0))
        return QS3_PLACEHOLDER

    text = QS3_HIDDEN.sub(hide, batch).replace("||", "\n").replace("|", "\t")
    commands = []
    for raw in text.split("\n"):
        command = raw.strip()
        if not command:
            continue
        while QS3_PLACEHOLDER in command:
            command = command.replace(QS3_PLACEHOLDER, hidden.pop(0), 1)
        comment = re.search(r"^(.*?)\s*\/\*\s*(.*?)\s*\*\/\s*$", command)
        if comment:
            command = comment.group(1)
        commands.append([field.strip() for field in command.split("\t") if field.strip()])
    return commands


def split_original(batch: str) -> list[list[str]]:
    """The commands the original (PHP) QuickStatements reads in ``batch``, each as its fields."""
    if "\n" not in batch:
        batch = batch.replace("||", "\n")
    commands = []
    for row in batch.split("\n"):
        row = row.strip(" \t\n\r\0\x0b")  # PHP's trim()
        if not row:
            continue
        if "\t" not in row:
            row = row.replace("|", "\t")
        comment = re.search(r"^(.*?) *\/\* *(.*?) *\*\/ *$", row)
        if comment:
            row = comment.group(1)
        columns = row.split("\t")
        while len(columns) > 1 and not columns[0].strip():
            columns.pop(0)
        commands.append(columns)
    return commands


def split_rust(batch: str) -> list[list[str]]:
    """The commands the Rust QuickStatements reads in ``batch``, each as its fields."""
    commands = []
    for line in batch.split("||") if "||" in batch else batch.split("\n"):
        line = line.strip()
        if not line:
            continue
        comment = re.search(r"^(.*)/\*\s*(.*?)\s*\*/(.*)$", line)
        if comment:
            line = comment.group(1) + comment.group(3)
        line = line.strip()
        line = line.replace("||", "\t") if "\t" in line or "||" in line else line.replace("|", "\t")
        commands.append(line.split("\t"))
    return commands


SPLITTERS = {"QuickStatements 3.0": split_qs3, "original": split_original, "Rust": split_rust}


def read_as_written(lines: list[str]) -> list[list[str]]:
    """The commands of ``lines`` (a QuickStatements export): every reader must find exactly the
    commands and fields the exporter wrote, one per line, fields between its tabs."""
    batch = "".join(line + "\n" for line in lines)
    meant = [line.split("\t") for line in lines]
    for name, split in SPLITTERS.items():
        assert split(batch) == meant, name
    return meant


_ITEM = r"(Q[1-9]\d*|LAST)"
_STRING = r'"[^"\\|\t\n]*"'  # no quote, backslash, pipe or line break inside
_VALUE = re.compile(
    rf"^(Q[1-9]\d*|LAST|{_STRING}|[a-z]{{2,3}}:{_STRING}|[+-]\d{{4,}}-\d\d-\d\dT00:00:00Z/(9|10|11))$"
)  # an item, a string, a monolingual text, or a time at year, month or day precision


def parse_quickstatements(lines: list[str]) -> list[list[str]]:
    """Every command as its fields, as all three readers cut them; fails on anything V1 doesn't
    allow or on a command no line meant."""
    commands = read_as_written(lines)
    for number, fields in enumerate(commands, 1):
        line = "\t".join(fields)
        if fields == ["CREATE"]:
            continue
        assert re.fullmatch(_ITEM, fields[0]), (number, line)
        if fields[1] in ("Len", "Lde", "Lit", "Lfr", "Les"):
            assert len(fields) == 3 and re.fullmatch(_STRING, fields[2]) and fields[2] != '""', (number, line)
        else:
            assert re.fullmatch(r"P[1-9]\d*", fields[1]) and _VALUE.match(fields[2]), (number, line)
            pairs = fields[3:]
            assert len(pairs) % 2 == 0, (number, line)
            for key, value in zip(pairs[::2], pairs[1::2], strict=True):
                assert re.fullmatch(r"[PS][1-9]\d*", key) and _VALUE.match(value), (number, key, value)
    return commands


POPOLO_SCHEMA = {
    "type": "object",
    "required": ["persons", "organizations", "memberships"],
    "properties": {
        "persons": {"type": "array", "items": {
            "type": "object", "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                           "other_names": {"type": "array", "items": {"type": "object", "required": ["name"]}},
                           "identifiers": {"type": "array", "items": {"type": "object",
                                                                        "required": ["identifier", "scheme"]}}},
        }},
        "organizations": {"type": "array", "items": {
            "type": "object", "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "parent_id": {"type": "string"}},
        }},
        "memberships": {"type": "array", "items": {
            "type": "object", "required": ["person_id", "organization_id"], "additionalProperties": False,
            "properties": {
                "id": {"type": "string"}, "person_id": {"type": "string"}, "organization_id": {"type": "string"},
                "role": {"type": "string"},
                # Popolo: "The date on which the relationship began", ISO 8601 with reduced precision
                "start_date": {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"},
                "end_date": {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"},
                "sources": {"type": "array", "items": {"type": "object", "required": ["url"],
                                                       "properties": {"url": {"type": "string"},
                                                                      "note": {"type": "string"}}}},
            },
        }},
    },
}  # fmt: skip
"""The parts of the Popolo specification's JSON Schemas (person, organization, membership) this
export uses, with its date format."""


def check_popolo(data: dict) -> None:
    jsonschema.validate(data, POPOLO_SCHEMA)
    people = {person["id"] for person in data["persons"]}
    orgs = {org["id"] for org in data["organizations"]}
    for membership in data["memberships"]:
        assert membership["person_id"] in people and membership["organization_id"] in orgs
    assert all(org.get("parent_id", org["id"]) in orgs for org in data["organizations"])


# --- FollowTheMoney: its own library, the optional `interchange` extra ------------------------


def followthemoney_model():
    """FollowTheMoney's model, or a skip: the library is the optional ``interchange`` extra
    (``dev.py test`` installs it), and only the ftm export needs it."""
    return pytest.importorskip("followthemoney", reason="the interchange extra (followthemoney) is not installed").model


def check_ftm(line: str, model) -> None:
    """``line`` is a FollowTheMoney entity whose every value its property's type accepts."""
    entity = model.get_proxy(json.loads(line), cleaned=False)
    for prop in entity.iterprops():
        assert all(prop.type.validate(value) for value in entity.get(prop)), (prop.name, entity.get(prop))
