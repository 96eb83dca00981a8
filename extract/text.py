"""Small text helpers shared by the parsers: dates, times, slugs, paragraphs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from extract.patterns import DATE_DMY, DATE_MDY, TIME_OF_DAY

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every date printed in ``text``, as (position, ISO date), in order."""
    found = []
    for m in DATE_DMY.finditer(text):
        iso = iso_date(int(m.group("year")), MONTHS[m.group("month").lower()[:3]], int(m.group("day")))
        if iso:
            found.append((m.start(), iso))
    for m in DATE_MDY.finditer(text):
        iso = iso_date(int(m.group("year")), MONTHS[m.group("month").lower()[:3]], int(m.group("day")))
        if iso:
            found.append((m.start(), iso))
    found.sort()
    return found


def find_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def find_times(text: str) -> list[tuple[int, str]]:
    """Every clock time in ``text`` as (position, "HH:MM" 24 h)."""
    out = []
    for m in TIME_OF_DAY.finditer(text):
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        meridiem = (m.group("meridiem") or "").replace(".", "").lower()
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        elif meridiem == "noon":
            hour, minute = 12, 0
        if hour < 24 and minute < 60:
            out.append((m.start(), f"{hour:02d}:{minute:02d}"))
    return out


def find_time(text: str) -> str | None:
    times = find_times(text)
    return times[0][1] if times else None


def slugify(text: str, max_length: int = 80) -> str:
    """A URL- and file-safe slug: ASCII lower-case words joined by hyphens.

    Never empty, never ``.``/``..``, no separators or control characters, so a
    hostile committee name cannot escape the archive folder.
    """
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    text = re.sub(r"['’]", "", text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:max_length].strip("-")
    return slug or "untitled"


def clean_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def join_wrapped(lines: list[str]) -> str:
    """Join the lines of one paragraph as written: re-join hyphenated words split across lines."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[a-z]-$", out) and re.match(r"[a-z]", line):
            out = out[:-1] + line  # "safe-\nguarding" → "safeguarding"
        else:
            out = f"{out} {line}"
    return out
