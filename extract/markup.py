"""Markup left in a PDF's text layer, read as the document means it.

Some councils' templates print Markdown or HTML into the PDF's text: bold
markers ("**START TIME 6:30 p.m.**"), a closing marker whose opening one was
lost ("…for the scheme.**", "as** • legally prescribed…"), italics as tags
("<i>Deferred</i>"), paragraphs in a table cell ("<p>…</p> <p>…</p>") and
autolinks ("<https://www.thurrock.gov.uk/…>"). The body keeps emphasis in one
canonical form, ``**strong**`` and ``*emphasis*`` (the writer renders it),
paragraphs inside a table cell as new lines, and links as bare addresses; the
frontmatter keeps plain text. Leftover bold markers go, unless the document
uses asterisks as footnote marks ("(**) refers to functions …"): then they are
its own. Single asterisks are never removed ("Practitioners' Guide*").
"""

from __future__ import annotations

import dataclasses
import re

from extract.model import Heading, ListBlock, Paragraph, Record, Table
from extract.patterns import EMPHASIS_PAIR, FOOTNOTE_KEY, MARKUP_TAG, STRAY_BOLD, TEXT_AUTOLINK
from extract.text import clean_spaces

_TAG_MARKS = {"i": "*", "em": "*", "b": "**", "strong": "**", "u": "", "p": "\n", "br": "\n"}
# A row of Markdown table syntax printed as text ("| ---- | --- | -- |"): dashes, or nothing, in every cell.
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")


def has_markup(text: str) -> bool:
    return "*" in text or "<" in text


def _canonical(text: str) -> str:
    """Tags as markers or line breaks, autolinks as bare addresses; spaces tidied, line by line."""
    text = TEXT_AUTOLINK.sub(lambda m: m.group("url"), text)
    text = MARKUP_TAG.sub(lambda m: _TAG_MARKS[m.group("name").lower()], text)
    return "\n".join(clean_spaces(line) for line in text.split("\n") if line.strip())


def _unpaired(text: str) -> str:
    return EMPHASIS_PAIR.sub("", text)


def _opens_only(text: str) -> bool:
    """Bold that opens and never closes ("**Any queries regarding these Minutes, please contact")."""
    rest = _unpaired(text)
    return rest.startswith("**") and "**" not in rest[2:]


def _closes_only(text: str) -> bool:
    rest = _unpaired(text)
    return rest.endswith("**") and "**" not in rest[:-2]


def _without_stray_bold(text: str) -> str:
    """``text`` without the bold markers that pair with nothing; pairs kept."""
    out, last = [], 0
    for m in EMPHASIS_PAIR.finditer(text):
        out += [STRAY_BOLD.sub("", text[last:m.start()]), m.group(0)]
        last = m.end()
    out.append(STRAY_BOLD.sub("", text[last:]))
    return "\n".join(clean_spaces(line) for line in "".join(out).split("\n"))


def canonical_texts(texts: list[str]) -> tuple[list[str], bool]:
    """One document's texts, in reading order, in the canonical form; and whether it footnotes with asterisks.

    Bold that opens in one paragraph and closes at the end of the next (a line the
    layout set apart) is closed and reopened at the break.
    """
    texts = [_canonical(t) if has_markup(t) else t for t in texts]
    for i in range(len(texts) - 1):
        if _opens_only(texts[i]) and _closes_only(texts[i + 1]):
            texts[i], texts[i + 1] = texts[i] + "**", "**" + texts[i + 1]
    footnoted = any(FOOTNOTE_KEY.search(t) or _opens_only(t) for t in texts)
    if not footnoted:
        texts = [_without_stray_bold(t) if "**" in t else t for t in texts]
    return texts, footnoted


def plain(text: str) -> str:
    """Canonical text without its emphasis markers."""
    return clean_spaces(EMPHASIS_PAIR.sub(lambda m: m.group("text"), text))


def _body_places(record: Record) -> list[tuple[object, object]]:
    """Where each text of the body is, in reading order: (block, "text"), or (list of items or cells, index)."""
    places: list[tuple[object, object]] = []
    for block in record.content:
        if isinstance(block, (Heading, Paragraph)):
            places.append((block, "text"))
        elif isinstance(block, ListBlock):
            places += [(block.items, i) for i in range(len(block.items))]
        elif isinstance(block, Table):
            places += [(row, i) for row in block.rows for i in range(len(row))]
    return places


def _rule_row(row: list[str]) -> bool:
    return all(not c.strip() or _RULE_CELL.fullmatch(c) for c in row) and any("---" in c for c in row)


def tidy_record(record: Record) -> Record:
    """The record with its body in the canonical form and every frontmatter text plain."""
    places = _body_places(record)
    texts, footnoted = canonical_texts([getattr(h, k) if isinstance(k, str) else h[k] for h, k in places])
    for (holder, key), text in zip(places, texts):
        if isinstance(key, str):
            setattr(holder, key, text)
        else:
            holder[key] = text  # type: ignore[index]
    for block in record.content:
        if isinstance(block, Heading):
            block.text = plain(block.text)
        elif isinstance(block, Table):
            block.rows = [row for row in block.rows if not _rule_row(row)]
    record.content = [b for b in record.content if not (isinstance(b, Table) and not b.rows)]
    return _plain_fields(record, footnoted)


# Kept as they are: the body (tidied above), where the record came from, and run-time notes.
_NOT_TIDIED = ("content", "source", "warnings")


def _plain_fields(value, footnoted: bool):
    """Every text of the frontmatter as plain text, nested entries (minutes, motions, people) included."""
    if isinstance(value, str):
        if not has_markup(value):
            return value
        text = _canonical(value).replace("\n", " ")
        return plain(text if footnoted else _without_stray_bold(text))
    if isinstance(value, list):
        return [_plain_fields(v, footnoted) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _plain_fields(getattr(value, f.name), footnoted)
                                             for f in dataclasses.fields(value) if f.name not in _NOT_TIDIED})
    return value
