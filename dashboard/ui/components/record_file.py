"""Which file of a record kept in a folder an Add page writes into (:mod:`dashboard.edit.folder`)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.record.folder import record_files

BY_RULE = "the first file that holds each section (the rule)"


def into_file(path: Path, key: str) -> str | None:
    """For a record kept in a folder, a choice of the file the new records go into: ``None`` (the
    rule: the first file, in name order, holding each section; else the first file) or a file's
    name. A record of one file shows nothing and gets ``None``."""
    if not path.is_dir():
        return None
    files = [file.name for file in record_files(path)]
    choice = st.selectbox(
        "File to add to",
        [BY_RULE, *files],
        key=key,
        help="The record is a folder of files. New evidence always goes where its record is.",
    )
    return None if choice == BY_RULE else choice
