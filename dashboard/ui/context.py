"""What a page gets from the router: the data to draw, already filtered."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ..filters import Filters, filter_claims, filter_moves, filter_stays
from .data import Bundle, Current

_KEY = "_page_context"


@dataclass(frozen=True)
class PageContext:
    current: Current
    bundle: Bundle
    filters: Filters
    moves: pd.DataFrame  # the moves the filters keep
    stays: pd.DataFrame
    claims: pd.DataFrame

    @property
    def dataset(self):
        return self.bundle.dataset

    @property
    def names(self) -> dict[str, str]:
        return self.bundle.names


def build(current: Current, filters: Filters) -> PageContext:
    bundle = current.bundle
    dataset = bundle.dataset
    return PageContext(
        current,
        bundle,
        filters,
        filter_moves(bundle.moves, dataset, filters),
        filter_stays(bundle.stays, dataset, filters),
        filter_claims(bundle.claims, dataset, filters),
    )


def publish(context: PageContext) -> None:
    """Called by the router before the page runs."""
    st.session_state[_KEY] = context


def release() -> None:
    """Called by the router after the page ran: a session keeps no filtered copy between runs."""
    st.session_state.pop(_KEY, None)


def get() -> PageContext:
    """Called by a page: the context of this run."""
    return st.session_state[_KEY]
