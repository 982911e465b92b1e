"""A report read as a browser reads it."""

from __future__ import annotations

from html.parser import HTMLParser


class Page(HTMLParser):
    """A report read as a browser reads it: its scripts (type, text) and its CSP."""

    def __init__(self, text: str):
        super().__init__()
        self.scripts: list[tuple[str | None, str]] = []
        self.policy: str | None = None
        self._script: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._script, self._type = [], attrs.get("type")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = attrs["content"]

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._type, "".join(self._script)))
            self._script = None

    def script_src(self) -> list[str]:
        directives = {part.split()[0]: part.split()[1:] for part in self.policy.split(";") if part.strip()}
        return directives["script-src"]
