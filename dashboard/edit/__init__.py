"""Every change to the record file, as text inserted into the editors' own file.

- :mod:`~dashboard.edit.drafts`: what a change adds (a move, a stay, evidence), and its YAML;
- :mod:`~dashboard.edit.checks`: whether a draft can be added, in the form's words;
- :mod:`~dashboard.edit.ids`: the one id allocator (ids from names, titles, addresses);
- :mod:`~dashboard.edit.writer`: the one writer of record YAML, for every kind of record;
- :mod:`~dashboard.edit.insert`: where new text goes in the file (a pure insertion);
- :mod:`~dashboard.edit.saving`: the one locked insert path (:func:`insert_records`, and
  :func:`save` for a move);
- :mod:`~dashboard.edit.importing`: positions from a spreadsheet (``import``);
- :mod:`~dashboard.edit.sources`: an article stored and cited (``add-source``);
- :mod:`~dashboard.edit.project`: a new project with an empty record (``init``);
- :mod:`~dashboard.edit.atomic`: locked, atomic writes of files.
"""
