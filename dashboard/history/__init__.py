"""The record kept in git: who added what and when (:mod:`.log`), what a change does to the
records and the figures (:mod:`.diff`), and merging two curators' versions record by record
(:mod:`.merge`). The repository is read with the ``git`` command (:mod:`.git`); a record's versions
are read into records by id once per blob (:mod:`.versions`), each from the one before it where
the text changed (:mod:`.window`).

This layer sits above the analysis and the edits (a diff counts the flows with the analysis; a
merge writes through :mod:`dashboard.edit.atomic`) and below the dashboard and the command line.
Nothing here imports Streamlit.
"""
