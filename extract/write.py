"""Stage 4, write: a typed record → one Markdown file with YAML frontmatter.

Text that came out of a PDF is data, never markup: the body renderer escapes
everything Markdown or HTML would interpret, and the frontmatter is written
with a YAML dumper, so ``<script>``, ``[x](javascript:…)``, ``---`` or
YAML-looking lines come back exactly as they went in.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
from pathlib import Path

import yaml

from extract.model import Heading, ListBlock, Paragraph, Record, Table, record_to_frontmatter
from extract.patterns import EMPHASIS_PAIR
from extract.publication import public_body, public_record
from extract.text import ISO_DATE, slugify

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
# A line start Markdown would read as a heading, quote, list, rule, admonition or code block.
_LINE_START = re.compile(r"^[ \t]*(?:(?P<mark>[#>+\-=!])|(?P<number>\d+)(?P<dot>[.)]))?", re.M)


def _escape_inline(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def escape_markdown(text: str) -> str:
    """Make PDF text render literally in Markdown (and inside HTML)."""
    return _LINE_START.sub(_escape_line_start, _escape_inline(text))


def render_inline(text: str) -> str:
    """One line of body text as Markdown: its emphasis (extract/markup.py) as emphasis, the rest literal."""
    out, last = [], 0
    for m in EMPHASIS_PAIR.finditer(text):
        before = text[last:m.start()]
        out.append(escape_markdown(before) if last == 0 else _escape_inline(before))
        out.append(f"{m.group('mark')}{_escape_inline(m.group('text'))}{m.group('mark')}")
        last = m.end()
    rest = text[last:]
    out.append(escape_markdown(rest) if last == 0 else _escape_inline(rest))
    return "".join(out)


def _escape_line_start(match: re.Match) -> str:
    """Escape what starts a Markdown block; drop indentation, which would make a code block."""
    if match.group("mark") == "=":
        return "&#61;"  # Markdown has no backslash escape for "=" (a setext heading underline)
    if match.group("mark"):
        return "\\" + match.group("mark")
    if match.group("number"):
        return match.group("number") + "\\" + match.group("dot")  # digits cannot be escaped, the dot can
    return ""


# Longest committee folder name; longer names are cut, and told apart by a hash of the whole name.
COMMITTEE_SLUG_LENGTH = 80


# libyaml's safe loader where installed: ingest reads a committee's minutes to settle approvals.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=4096)  # a build asks for every meeting's folder, again and again
def committee_slug(committee: str) -> str:
    """The committee's folder: names differing only in case, accents or "&" for "and" share it.

    A name too long for a folder keeps its first words and a short hash of the
    whole name, so two committees whose names begin alike never share a folder;
    a name with no Latin letters or digits at all gets a hash alone rather than
    a shared "untitled" folder.
    """
    whole = slugify(committee.replace("&", " and "), max_length=10_000)
    if whole == "untitled" and slugify(committee + " x") == "x":
        digest = hashlib.sha256(" ".join(committee.split()).casefold().encode()).hexdigest()
        return f"committee-{digest[:10]}"
    if len(whole) <= COMMITTEE_SLUG_LENGTH:
        return whole
    digest = hashlib.sha256(whole.encode()).hexdigest()[:10]
    return f"{whole[:COMMITTEE_SLUG_LENGTH - 11].rstrip('-')}-{digest}"


def meeting_folder(date: str | None) -> str:
    """A meeting's folder under its committee's: its date, or ``undated``."""
    return date if date and ISO_DATE.fullmatch(date) else "undated"


def meeting_dir(committee: str, date: str | None) -> str:
    return f"{committee_slug(committee)}/{meeting_folder(date)}"


def record_filename(record: Record) -> str:
    """The record's file name inside its meeting folder, stable across re-runs.

    Made from the title the record may be published with: a page's address is published too.
    """
    record = public_record(record)
    kind = record.kind
    if kind in ("minutes", "agenda"):  # exempt minutes never take the public minutes' place
        return f"{kind}-exempt.md" if record.exempt else f"{kind}.md"
    item = getattr(record, "item", None) or getattr(record, "report_item", None)
    parts = [kind] + ([slugify(str(item), 10)] if item else []) + [slugify(record.title, 60)]
    return "-".join(parts) + ".md"


def record_path(record: Record) -> str:
    """Path of the record relative to the docs folder: ``<committee>/<date>/<file>.md``."""
    return f"{meeting_dir(record.committee, record.date)}/{record_filename(record)}"


def _one_line(text: str) -> str:
    """A paragraph's own line breaks (from "<br>" in the text layer) as spaces: Markdown would read a line
    that starts with "#" or "-" as a block of its own."""
    return " ".join(text.split("\n"))


def render_blocks(record: Record) -> str:
    out = []
    for block in record.content:
        if isinstance(block, Heading):
            anchor = f" {{#{block.anchor}}}" if block.anchor else ""
            out.append(f"{'#' * max(2, min(block.level, 6))} {escape_markdown(block.text)}{anchor}")
        elif isinstance(block, Paragraph):
            out.append(render_inline(_one_line(block.text)))
        elif isinstance(block, ListBlock):
            out.append("\n".join(f"- {render_inline(_one_line(item))}" for item in block.items))
        elif isinstance(block, Table):
            out.append(render_table(block))
    return "\n\n".join(out) + "\n"


def render_table(table: Table) -> str:
    width = max(len(row) for row in table.rows)
    # A cell's own paragraphs ("<p>…</p> <p>…</p>" in the text layer) stay apart, as lines.
    rows = [["<br>".join(render_inline(line) for line in c.split("\n")) for c in row] + [""] * (width - len(row))
            for row in table.rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


class _Dumper(yaml.SafeDumper):
    """Block-style YAML; long strings stay on one logical line for readable diffs."""


# Characters YAML reads as line breaks or cannot print plainly: such strings go double-quoted, escaped.
_YAML_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _str_presenter(dumper, value):
    style = '"' if _YAML_UNSAFE.search(value) else "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_frontmatter(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def render_record(record: Record) -> str:
    """The whole file: frontmatter then body, both only as far as they may be published."""
    public = public_record(record)
    title = f"# {escape_markdown(public.title)}\n\n" if public.title else ""
    body = public_body(public, title + render_blocks(record))
    data = record_to_frontmatter(public_record(record, for_officers=True))
    return f"---\n{dump_frontmatter(data)}---\n\n{body}"


# What ingest wrote, so a later run can tell its own files from hand-edited ones:
# the last key of the frontmatter, holding the hash of the file without it.
_GENERATED = re.compile(r"^generated:\n  by: [^\n]*\n  sha256: (?P<sha256>[0-9a-f]{64})\n(?=---\n)", re.M)


def frontmatter_end(text: str) -> int:
    """Offset of the closing ``---`` line of the frontmatter."""
    end = text.find("\n---\n", 3)
    if not text.startswith("---\n") or end < 0:
        raise ValueError("no YAML frontmatter")
    return end + 1


def stamp_generated(text: str, generator: str) -> str:
    """``text`` with the ``generated`` key added: who wrote it, and the hash of the rest."""
    end = frontmatter_end(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text[:end]}generated:\n  by: {generator}\n  sha256: {digest}\n{text[end:]}"


def frontmatter_of(text: str) -> dict:
    """The frontmatter mapping of a record file's text, without ``generated``."""
    data = yaml.load(text[4:frontmatter_end(text)], Loader=SAFE_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError("the frontmatter is not a mapping of keys")
    data.pop("generated", None)
    return data


def with_frontmatter_updates(text: str, updates: dict, generator: str) -> str:
    """A record ingest wrote, with some frontmatter keys changed and re-stamped; the body is kept byte for byte."""
    data = frontmatter_of(text)
    data.update(updates)
    return stamp_generated(f"---\n{dump_frontmatter(data)}{text[frontmatter_end(text):]}", generator)


def is_unedited(text: str) -> bool:
    """True when ``text`` is exactly what ingest stamped; False if edited since, or not ingest's."""
    try:
        end = frontmatter_end(text)
    except ValueError:
        return False
    match = _GENERATED.search(text, 0, end + 4)
    if not match:
        return False
    rest = text[:match.start()] + text[match.end():]
    return hashlib.sha256(rest.encode("utf-8")).hexdigest() == match.group("sha256")


def write_text_atomic(path: Path, text: str, temporaries: Path) -> None:
    """Replace ``path`` with ``text`` so that, even on a crash, it holds the old or the new text.

    The text is written first to a file in ``temporaries`` (the archive's state), then renamed into
    place: what a killed write leaves is found there, not somewhere in the whole archive
    (:func:`remove_temporaries`). A rename cannot cross file systems, so where ``path`` lies on
    another one (a committee folder linked to another disk) the temporary file is a hidden one
    beside ``path`` instead, which MkDocs skips as it skips every dot file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporaries.mkdir(parents=True, exist_ok=True)
    try:
        _write_then_rename(temporaries / f"{path.name}.{os.getpid()}.tmp", path, text)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        _write_then_rename(path.parent / f".{path.name}.{os.getpid()}.tmp", path, text)
    sync_directory(path.parent)


def _write_then_rename(tmp: Path, path: Path, text: str) -> None:
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_temporaries(temporaries: Path) -> None:
    """Remove what writes killed before their rename left in ``temporaries`` (:func:`write_text_atomic`'s).

    Only for a writer holding the archive's exclusive lock: then no write is under way.
    """
    try:
        entries = list(os.scandir(temporaries))
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.is_file(follow_symlinks=False):
            os.unlink(entry.path)


def sync_directory(folder: Path) -> None:
    """Make a rename or delete in ``folder`` durable."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
