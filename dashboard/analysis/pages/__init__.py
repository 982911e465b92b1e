"""One loader per page: a function of the record's bundle, the selection the filters keep and the
page's own choices, returning a dataclass of everything the page draws (pure pandas; the Streamlit
page in :mod:`dashboard.ui.views` only draws it). The Flows loader also feeds ``report`` and
``export --view``. The Add pages are forms and have none."""
