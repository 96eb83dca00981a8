"""Reconcile: what the officer says and did, set against what extraction found.

* **Hints** (``ingest --council/--committee/--date/--kind``): what the officer knows of a PDF
  wins over what extraction read, closes the review item on that field, and is recorded in
  the record (``hints``) — and in the manifest, so later runs on the PDF, or on a newer
  version of it, keep it.
* **Review**: a record's ``review`` entries name the values to check. An entry stays open
  until the officer marks it ``checked: true``, or changes the field from the value the entry
  was raised on (``value``): correcting the field is checking it.
* **Corrections**: a record the officer edited is carried onto the extraction of a newer
  version of its PDF by a three-way merge of the frontmatter — what was extracted before
  (the base), what the officer made of it, what is extracted now. Fields only the officer
  changed keep the officer's value, fields only the PDF changed take the new one; where both
  changed a field differently the officer's value stays and a review entry says so. The body
  follows the new PDF unless the officer edited it; when both changed it, the officer's stays,
  flagged, and the new text is kept beside it by the archive.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from extract.model import TEXT_FIELD, Minutes, Record, Review
from extract.write import dump_frontmatter, frontmatter_end, frontmatter_of

# --- Hints ---

# Each hint option, and the record field it sets.
HINT_FIELDS = {"council": "body", "committee": "committee", "date": "date", "kind": "kind"}


@dataclass
class Hints:
    """What the officer tells ingest about the PDFs of one run; None where they said nothing."""

    council: str | None = None
    committee: str | None = None
    date: str | None = None  # YYYY-MM-DD
    kind: str | None = None  # one of model.KINDS: what the whole PDF is

    def given(self) -> dict[str, str]:
        return {name: value for name, value in vars(self).items() if value}


def apply_hints(records: list[Record], hints: dict[str, str]) -> None:
    """Put the officer's values in the records, and close the review entries on those fields.

    ``kind`` is not set here: the PDF is split as that kind of document (``split(kind=…)``).
    The date is the meeting's: minutes of an earlier meeting printed in its agenda pack keep theirs.
    """
    for record in records:
        applied = {}
        for option, value in hints.items():
            name = HINT_FIELDS[option]
            if option == "date" and isinstance(record, Minutes) and record.item:
                continue
            if option != "kind":
                setattr(record, name, value)
            applied[option] = value
        record.hints = applied
        hinted = {HINT_FIELDS[option] for option in applied}
        record.review = [entry for entry in record.review if entry.field not in hinted]


# --- Review ---

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_MISSING = object()


def value_at(data: Any, path: str) -> Any:
    """The value at ``path`` ("committee", "present[1].name") in frontmatter; ``_MISSING`` when there is none."""
    for key, index in _STEP.findall(path):
        if key and isinstance(data, dict) and key in data:
            data = data[key]
        elif index and isinstance(data, list) and int(index) < len(data):
            data = data[int(index)]
        else:
            return _MISSING
    return data


def _value_or_none(data: Any, path: str) -> Any:
    value = value_at(data, path)
    return None if value is _MISSING else value


def _plain(value: Any) -> Any:
    """A value as YAML would give it back from what the writer wrote: dates as text, recursively."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _same(a: Any, b: Any) -> bool:
    return a is b or (a is not _MISSING and b is not _MISSING and _plain(a) == _plain(b))


def note_reviewed_values(record: Record, frontmatter: dict) -> None:
    """Remember, in each review entry, the value it was raised on: changing that value closes it."""
    for entry in record.review:
        if entry.field != TEXT_FIELD and entry.value is None:
            entry.value = _value_or_none(frontmatter, entry.field)


def open_review(frontmatter: dict) -> list[Review]:
    """The review entries of a record (its frontmatter, as on disk) that the officer has not settled.

    An entry without a ``value`` (written by hand, or on the body text) is settled only by
    ``checked: true``.
    """
    entries = frontmatter.get("review")
    if not isinstance(entries, list):
        return []
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            entry = {"field": "?", "why": str(entry)}
        if entry.get("checked") is True:
            continue
        name = str(entry.get("field") or "?")
        if "value" in entry and name != TEXT_FIELD and not _same(_value_or_none(frontmatter, name), entry["value"]):
            continue  # corrected
        found.append(Review(field=name, why=str(entry.get("why") or ""), value=entry.get("value")))
    return found


# --- Corrections: the three-way merge ---

# Keys the new extraction always gives: where the record now comes from, and what the officer said this run.
_FROM_THE_PDF = ("source", "hints")


@dataclass
class Merged:
    """A hand-edited record carried onto a new extraction."""

    text: str
    kept: list[str] = field(default_factory=list)  # fields the officer changed, kept over the new extraction
    conflicts: list[str] = field(default_factory=list)  # fields the PDF changed too: the officer's kept, flagged
    text_conflict: bool = False  # both changed the body: the officer's kept, flagged


def _body(text: str) -> str:
    return text[frontmatter_end(text) + len("---\n"):]


def merge_record(base: str, ours: str, theirs: str, new_text_at: str) -> Merged:
    """``ours`` (the officer's edit of ``base``) carried onto ``theirs`` (the new extraction).

    ``new_text_at`` says where the archive keeps the new extraction, for the review entry
    when both changed the body. Raises ``ValueError`` or ``yaml.YAMLError`` when a
    frontmatter cannot be read.
    """
    ours = ours.replace("\r\n", "\n")  # saved by a Windows editor
    old, mine, new = frontmatter_of(base), frontmatter_of(ours), frontmatter_of(theirs)
    result = Merged(text="")
    merged = {}
    for key in list(new) + [k for k in mine if k not in new]:
        if key in _FROM_THE_PDF or key == "review":
            value = new.get(key, _MISSING)
        else:
            value = _merge(key, old.get(key, _MISSING), mine.get(key, _MISSING), new.get(key, _MISSING), result)
        if value is not _MISSING:
            merged[key] = value
    body_base, body_mine, body_new = _body(base), _body(ours), _body(theirs)
    if body_mine == body_base or body_mine == body_new:
        body = body_new
    elif body_new == body_base:
        body, result.kept = body_mine, result.kept + [TEXT_FIELD]
    else:
        body, result.text_conflict = body_mine, True
    conflicts = [Review(field=path, why=f"you changed this to {_shown(value_at(mine, path))}; the new version "
                                        f"of the PDF gives {_shown(value_at(new, path))}: kept yours",
                        value=_value_or_none(mine, path)) for path in result.conflicts]
    if result.text_conflict:
        conflicts.append(Review(field=TEXT_FIELD, why=f"you edited the text, and the new version of the PDF changes "
                                                      f"it too: kept yours; the new text is in {new_text_at}"))
    review = _merged_review(old.get("review"), mine.get("review"), new.get("review"), conflicts)
    merged.pop("review", None)
    if review:
        merged["review"] = review
    if merged == new and body == body_new:
        result.text = theirs  # nothing of the officer's differs from the new extraction
        return result
    result.text = f"---\n{dump_frontmatter(merged)}{_generated(theirs)}---\n{body}"
    return result


def _merge(path: str, base: Any, mine: Any, new: Any, result: Merged) -> Any:
    if _same(mine, base):
        return new
    if _same(new, base) or _same(mine, new):
        if not _same(mine, new):
            result.kept += _changed(path, base, mine)
        return mine
    if isinstance(mine, dict) and isinstance(new, dict) and (base is _MISSING or isinstance(base, dict)):
        base = base if isinstance(base, dict) else {}
        out = {}
        for key in list(new) + [k for k in mine if k not in new]:
            value = _merge(f"{path}.{key}", base.get(key, _MISSING), mine.get(key, _MISSING),
                           new.get(key, _MISSING), result)
            if value is not _MISSING:
                out[key] = value
        return out
    if isinstance(mine, list) and isinstance(new, list) and isinstance(base, list) and len(mine) == len(new) == len(base):
        return [_merge(f"{path}[{i}]", b, m, n, result) for i, (b, m, n) in enumerate(zip(base, mine, new))]
    result.conflicts.append(path)
    return mine


def _changed(path: str, before: Any, after: Any) -> list[str]:
    """Where ``after`` differs from ``before``, as precisely as their shapes allow ("present[1].name")."""
    if isinstance(before, dict) and isinstance(after, dict):
        keys = list(before) + [k for k in after if k not in before]
        return [p for k in keys if not _same(before.get(k, _MISSING), after.get(k, _MISSING))
                for p in _changed(f"{path}.{k}", before.get(k, _MISSING), after.get(k, _MISSING))]
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [p for i, (b, a) in enumerate(zip(before, after)) if not _same(b, a)
                for p in _changed(f"{path}[{i}]", b, a)]
    return [path]


def _merged_review(old: Any, mine: Any, new: Any, conflicts: list[Review]) -> list:
    """The new extraction's review entries, checked where the officer had checked the same entry and
    left out where they deleted it; the officer's entries that extraction did not raise (their own, an
    earlier merge's); the new conflicts."""
    def entries(value: Any) -> list[dict]:
        return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []

    def key(entry: dict) -> tuple:
        return entry.get("field"), entry.get("why")

    checked = {key(e) for e in entries(mine) if e.get("checked") is True}
    dismissed = {key(e) for e in entries(old)} - {key(e) for e in entries(mine)}
    raised = {key(e) for e in entries(old) + entries(new)}
    review = [dict(e, checked=True) if key(e) in checked else e for e in entries(new) if key(e) not in dismissed]
    review += [e for e in entries(mine) if key(e) not in raised]
    fresh = [c.to_data() for c in conflicts]
    return review + [c for c in fresh if key(c) not in {key(e) for e in review}]


def _shown(value: Any) -> str:
    """A value as the officer would type it, cut short."""
    if value is _MISSING or value is None:
        return "nothing"
    text = yaml.safe_dump(_plain(value), default_flow_style=True, allow_unicode=True, width=10_000).strip()
    text = text.removesuffix("...").strip()
    return f"'{text[:77]}…'" if len(text) > 80 else f"'{text}'"


def _generated(text: str) -> str:
    """The ``generated`` lines of the extraction a merged record is based on (no longer matching it)."""
    head = text[:frontmatter_end(text)]
    start = head.find("\ngenerated:\n")
    return head[start + 1:] if start >= 0 else ""
