"""The generated pages' content, written as HTML: it goes into the theme's page as it is, without Markdown.

The derived pages (meetings, committees, people, item histories, registers, hub pages) are
made of lists, tables and links: Python-Markdown parsing them back out of Markdown was half of
rendering a site. They are written here as the HTML it made of them — headings with the ids and
permalinks of its ``toc`` extension, tables with header rows, links to the addresses MkDocs gives
their targets — and marked ``format: html`` in their frontmatter, which rendering takes as the
page's content (:func:`extract.publish.render.take_html`).

Record text is data: every piece of it goes through :func:`esc` before it reaches a page.
Links are written from one docs page to another docs path (``.md`` page or file) and turned
into the relative address MkDocs would write (``use_directory_urls``).
"""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from markdown.extensions.toc import slugify, unique

HTML_FORMAT = {"format": "html"}  # what marks a page whose content is HTML already
_IDS = re.compile(r'\bid="([^"]*)"')
_TAGS = re.compile(r"<[^>]*>")


@functools.lru_cache(maxsize=65536)  # names, committees and dates recur on thousands of pages
def _escaped(text: str) -> str:
    return html.escape(text.replace("\n", " "), quote=False).replace('"', "&quot;")


def esc(text) -> str:
    """Record text (or anything else), safe anywhere in an element's content or a double-quoted attribute
    (every attribute here is quoted so: an apostrophe stays as it is, as Python-Markdown left it)."""
    return _escaped(text if isinstance(text, str) else str(text))


@functools.lru_cache(maxsize=65536)
def page_url(path: str) -> str:
    """The address MkDocs gives a docs file, relative to the site's root: ``a/b.md`` → ``a/b/``,
    ``a/index.md`` → ``a/``, ``index.md`` → ``''``; any other file keeps its path."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def href(from_page: str, to_path: str) -> str:
    """The link from a docs page to a docs path (``#anchor`` kept), as MkDocs writes it on the built page:
    relative to the page's address, percent-encoded (a source PDF's name may hold spaces or brackets)."""
    target, _, anchor = to_path.partition("#")
    here, there = page_url(from_page).split("/")[:-1], page_url(target).split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    address = "/".join([".."] * (len(here) - common) + there[common:]) or "./"
    return quote(address + (f"#{anchor}" if anchor else ""), safe="/#=")


def link(text, from_page: str, to_path: str) -> str:
    return f'<a href="{href(from_page, to_path)}">{esc(text)}</a>'


@dataclass(frozen=True)
class Heading:
    """A heading of a page; its id is given when the page is put together (:func:`page_text`)."""

    level: int
    content: str  # HTML


def p(content: str) -> str:
    return f"<p>{content}</p>"


def ul(items: list[str]) -> str:
    """A list of items (HTML each; an item may end with a nested list)."""
    return "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


def table(header: list[str], rows: list[list[str]], classes: str) -> str:
    """A table with a header row, in a ``div`` of ``classes`` (if any) for the site's script (tables.js:
    "sortable", "filterable", "stacked" — each row a card on a phone)."""
    head = "".join(f"<th>{name}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    made = f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>"
    return f'<div class="{classes}">\n{made}\n</div>' if classes else made


def page_text(parts: list, meta: dict | None = None) -> str:
    """A page's source: its frontmatter (``format: html`` and ``meta``) and its parts, HTML strings and
    headings. Each heading gets the id Python-Markdown's ``toc`` would give it (unique on the page, beside
    the ids the page already holds) and the permalink it adds."""
    used = {ident for part in parts if isinstance(part, str) for ident in _IDS.findall(part)}
    out = []
    for part in parts:
        if isinstance(part, Heading):
            ident = unique(slugify(html.unescape(_TAGS.sub("", part.content)), "-"), used)
            part = (f'<h{part.level} id="{ident}">{part.content}<a class="headerlink" href="#{ident}" '
                    f'title="Permanent link">&para;</a></h{part.level}>')
        out.append(part)
    # JSON is YAML, and json.dumps is many times faster than a YAML dumper.
    head = "".join(f"{key}: {json.dumps(value)}\n" for key, value in {**HTML_FORMAT, **(meta or {})}.items())
    return f"---\n{head}---\n\n" + "\n".join(out) + "\n"
