"""A saved web page as a curator has one: an article between a menu, a footer and a script."""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hires | Tech Daily</title>
<meta property="og:title" content="Northwind hires from its rivals"><meta property="og:site_name" content="Tech Daily">
<meta property="article:published_time" content="2025-06-12T08:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/about">About us and our newsletter</a></nav>
<article><h1>Northwind hires from its rivals</h1><p>Priya Raman left Globex in March and joined Northwind as head
of research, the company said on Thursday in a statement to its staff.</p><p>Tom Becker, formerly at Initech,
also moves to Northwind, where he will lead the infrastructure team from the summer on.</p></article>
<footer>Copyright Tech Daily. Privacy policy. Cookie settings.</footer><script>alert("x")</script></body></html>"""


def moves(found, pattern: str | None = None) -> set[tuple]:
    """(person or group, from, to) of each candidate ``found`` (of one ``pattern``, if given)."""
    return {(c.person or c.group, c.from_, c.to) for c in found if pattern is None or c.pattern == pattern}


def hands_over(found: set[tuple], left: str, came: str, organisation: str) -> bool:
    """Whether the moves ``found`` (from :func:`moves`) have ``left`` leaving ``organisation`` and ``came``
    coming to it, with no other side: a dismissal and a hire, or a succession, told in one sentence."""
    return (left, organisation, None) in found and (came, None, organisation) in found
