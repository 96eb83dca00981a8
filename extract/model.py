"""The typed records that flow between pipeline stages.

This module is the one place the record format (``../shared/spec/records.md``)
is defined. Parsers build these objects, the writer turns them into Markdown
with YAML frontmatter, and the site build reads them back with
:func:`record_from_frontmatter` — nobody re-parses Markdown bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Union

from extract.text import ISO_DATE

KINDS = ("minutes", "agenda", "report", "appendix", "other")


# --- Body blocks: the document's text as structure, rendered by the writer ---

@dataclass
class Heading:
    text: str
    level: int = 2
    anchor: str | None = None


@dataclass
class Paragraph:
    text: str


@dataclass
class ListBlock:
    items: list[str]


@dataclass
class Table:
    rows: list[list[str]]  # first row is the header


Block = Union[Heading, Paragraph, ListBlock, Table]


# --- Frontmatter values ---

@dataclass
class Person:
    name: str
    role: str | None = None
    title: str | None = None  # honorific as printed: "Councillor", "Mr"

    def to_data(self) -> dict:
        data = {"name": self.name, "role": self.role}
        if self.title:
            data["title"] = self.title
        return data

    @classmethod
    def from_data(cls, data: Any) -> "Person":
        if isinstance(data, str):
            return cls(name=data)
        return cls(name=str(data.get("name") or ""), role=data.get("role"), title=data.get("title"))


@dataclass
class Motion:
    text: str
    mover: str | None = None
    seconder: str | None = None
    result: str | None = None  # carried | failed
    vote: str | None = None  # as printed, "3-0"; counted from a roll call ("Ayes: …", "Noes: …") where none is printed
    # A roll call: option (yes, no, abstain, absent, recused) → the members recorded under it, as printed
    votes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Minute:
    number: str
    title: str
    resolutions: list[str] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    outcome: str | None = None  # deferred | withdrawn
    anchor: str = ""
    exempt: bool = False  # taken in private: only its number and title are published


@dataclass
class Declaration:
    member: str
    item: str | None = None
    interest: str | None = None  # pecuniary | non-pecuniary | other
    text: str = ""


@dataclass
class Departure:
    name: str
    time: str | None = None  # "HH:MM"
    item: str | None = None
    event: str = "left"  # left | arrived


@dataclass
class AgendaItem:
    number: str
    title: str
    pages: str | None = None  # as printed: "17 - 68"
    description: str | None = None
    exempt: bool = False  # listed in the front sheet's exempt part (Part II): its papers are not published
    file: str | None = None  # the number a legislative system files it under ("23-0015"), printed before its title
    section: str | None = None  # the unnumbered heading it is listed under ("PLANNING APPLICATIONS", "PART B – EXEMPT")
    report: str | None = None  # the number of the report it brings, printed after its title ("FIN/24/03")


@dataclass
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Review:
    """A value for the officer to check: which field, and why.

    ``value`` is what the field held when the item was raised (what extraction wrote, or the
    officer's value a newer PDF disagrees with): changing the field closes the item, as does
    ``checked: true``, set by hand. An item on the body text (``field: text``) has no value and
    is closed only by ``checked: true``.
    """

    field: str
    why: str
    checked: bool = False
    value: Any = None

    def to_data(self) -> dict:
        data = {"field": self.field, "why": self.why, "checked": self.checked}
        if self.field != TEXT_FIELD:
            data["value"] = _to_data(self.value)
        return data


# The review field for a record's body text (a scan's recognised text, text both the officer and
# a newer PDF changed): the officer reads it against the PDF and marks it checked.
TEXT_FIELD = "text"


@dataclass
class Source:
    file: str
    sha256: str
    pages: list[int] = field(default_factory=list)  # [first, last], physical, 1-based
    printed_pages: str | None = None
    ocr: bool = False


# --- Records ---

@dataclass
class Record:
    """Keys every record has; subclasses add their kind's keys."""

    kind: ClassVar[str] = "other"
    body: str | None  # the authority, e.g. "Thurrock Council"
    committee: str
    date: str | None  # YYYY-MM-DD
    title: str
    source: Source
    content: list[Block] = field(default_factory=list, repr=False)
    exempt: bool = False  # not for publication: only that it exists (title, item, paragraphs) is published
    # Paragraphs of Schedule 12A to the Local Government Act 1972 relied on, for the record or its exempt parts.
    exempt_paragraphs: list[str] = field(default_factory=list)
    # Physical pages of the source PDF left out of its published copy although the record is public:
    # pages holding its exempt parts (exempt minutes), pages that could not be read.
    exempt_pages: list[int] = field(default_factory=list)
    # What the officer told ingest (``--committee`` …), by option name: those values are theirs.
    hints: dict[str, str] = field(default_factory=dict)
    review: list[Review] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list, repr=False)  # for the officer, in their words
    details: list[str] = field(default_factory=list, repr=False)  # how extraction got there (ingest --verbose)

    # Not part of the frontmatter: body text and run-time notes.
    _not_data: ClassVar[tuple[str, ...]] = ("content", "warnings", "details")
    # Written last, and only when there are any: what is the officer's, after the values they speak of.
    _officer_keys: ClassVar[tuple[str, ...]] = ("hints", "review")


@dataclass
class Minutes(Record):
    kind: ClassVar[str] = "minutes"
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    status: str = "draft"  # draft | approved
    approved_at: str | None = None  # date of the meeting that approved them
    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    in_attendance: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    items: list[Minute] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    departures: list[Departure] = field(default_factory=list)
    # Dates of earlier meetings whose minutes these minutes approve.
    approves: list[str] = field(default_factory=list)
    # The agenda item they came under, for minutes published inside a later meeting's pack.
    item: str | None = None


@dataclass
class Agenda(Record):
    kind: ClassVar[str] = "agenda"
    start: str | None = None
    venue: str | None = None
    published: str | None = None
    members: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    contact: Contact | None = None


@dataclass
class Report(Record):
    kind: ClassVar[str] = "report"
    item: str | None = None
    report_of: str | None = None
    key_decision: bool | None = None
    wards: str | None = None
    recommendations: list[str] = field(default_factory=list)
    appendices: list[str] = field(default_factory=list)
    accountable: list[Person] = field(default_factory=list)
    author: str | None = None
    public: bool | None = None
    contact: Contact | None = None  # the e-mail address and telephone number printed with the author
    number: str | None = None  # the report's own number, printed on its cover ("REPORT NO 45/26": "45/26")


@dataclass
class Appendix(Record):
    kind: ClassVar[str] = "appendix"
    report_item: str | None = None
    report_title: str | None = None


@dataclass
class Other(Record):
    kind: ClassVar[str] = "other"
    reason: str | None = None  # why no structure was recognised
    item: str | None = None  # the agenda item it came under, inside an agenda pack


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls for cls in (Minutes, Agenda, Report, Appendix, Other)
}

# Nested dataclass types, by frontmatter key, for reading records back.
_NESTED: dict[str, type] = {
    "present": Person, "apologies": Person, "absent": Person, "in_attendance": Person,
    "substitutes": Person, "members": Person, "accountable": Person,
    "declarations": Declaration, "departures": Departure, "contact": Contact, "source": Source, "review": Review,
}


def _to_data(value: Any) -> Any:
    if isinstance(value, (Person, Review)):
        return value.to_data()
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [_to_data(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_data(v) for k, v in value.items()}
    return value


def record_to_frontmatter(record: Record) -> dict:
    """The record's frontmatter mapping, in the spec's key order."""
    data: dict[str, Any] = {"kind": record.kind}
    for f in fields(record):
        if f.name in Record._not_data or f.name in Record._officer_keys:
            continue
        data[f.name] = _to_data(getattr(record, f.name))
    for name in Record._officer_keys:
        if getattr(record, name):
            data[name] = _to_data(getattr(record, name))
    return data


def _from_data(cls: type, data: Any) -> Any:
    if data is None:
        return None
    if cls is Person:
        return Person.from_data(data)
    if not isinstance(data, dict):
        return data
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in known})


class RecordFormatError(ValueError):
    """Frontmatter that cannot be a record of its kind; the message names the key."""


CLOCK_TIMES = ("start", "end")


def _check_shape(cls: type[Record], data: dict) -> None:
    """The mistakes a hand edit can make that would break every page built from the record."""
    for f in fields(cls):
        value = data.get(f.name)
        if value is not None and f.default_factory is list and not isinstance(value, list):
            raise RecordFormatError(f"'{f.name}' must be a list (a '- ' line per entry), not {value!r}")
        if value is not None and f.default_factory is dict and not isinstance(value, dict):
            raise RecordFormatError(f"'{f.name}' must be a mapping ('key: value' lines), not {value!r}")
        if f.name in CLOCK_TIMES and value is not None and not isinstance(value, str):
            # YAML reads an unquoted 19:30 as the number 1170
            raise RecordFormatError(f"'{f.name}' must be a time in quotes, like '19:30', not {value!r}")
    date = data.get("date")
    if date is not None and not ISO_DATE.fullmatch(str(date)):
        raise RecordFormatError(f"'date' must be YYYY-MM-DD, not {date!r}")
    if not isinstance(data.get("committee", ""), str):
        raise RecordFormatError(f"'committee' must be text, not {data['committee']!r}")


def record_from_frontmatter(data: dict, content: list[Block] | None = None) -> Record:
    """Rebuild a typed record from frontmatter (possibly hand-edited).

    Unknown keys are ignored, missing ones take their defaults, so a record
    an officer trimmed by hand still loads; a value of the wrong shape raises
    :class:`RecordFormatError`.
    """
    cls = RECORD_TYPES.get(str(data.get("kind")), Other)
    _check_shape(cls, data)
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data or f.name in Record._not_data:
            continue
        value = data[f.name]
        if f.name == "items" and isinstance(value, list):
            item_cls = Minute if cls is Minutes else AgendaItem
            value = [_minute_from_data(v) if item_cls is Minute else _from_data(AgendaItem, v)
                     for v in value if isinstance(v, dict)]
        elif f.name in _NESTED:
            nested = _NESTED[f.name]
            value = ([_from_data(nested, v) for v in value] if isinstance(value, list)
                     else _from_data(nested, value))
        elif f.name == "date" and value is not None:
            value = str(value)
        kwargs[f.name] = value
    kwargs.setdefault("body", None)
    kwargs.setdefault("committee", "")
    kwargs.setdefault("date", None)
    kwargs.setdefault("title", "")
    kwargs.setdefault("source", Source(file="", sha256=""))
    if isinstance(kwargs["source"], dict):
        kwargs["source"] = _from_data(Source, kwargs["source"])
    return cls(content=content or [], **kwargs)


def _minute_from_data(data: dict) -> Minute:
    minute = _from_data(Minute, data)
    minute.number = str(minute.number)
    minute.motions = [_from_data(Motion, m) if isinstance(m, dict) else Motion(text=str(m))
                      for m in minute.motions or []]
    minute.resolutions = [str(r) for r in minute.resolutions or []]
    return minute
