"""Small text helpers shared by the parsers: dates, times, slugs, paragraphs."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from extract.patterns import (LANGUAGE_WORDS, LETTERED_LABEL, DATE_DMY, DATE_DOTTED, DATE_FIELD_SHORT_YEAR, DATE_JAPANESE, DATE_MDY, DATE_NO_YEAR, DATE_SLASHED, DATE_YMD, DAY_FIRST_WORDING,
                              ERA_OFFSETS, LETTER_SPACED, MONTH_FIRST_WORDING,
                              MONTH_ABBREVIATIONS, MONTH_NAMES, TIME_OF_DAY, CLOCK_24H, CLOCK_24H_LED, FRENCH_TIME, FRENCH_TIME_IN_WORDS,
                              FRENCH_HOUR_WORDS, FRENCH_MINUTE_WORDS, JAPANESE_TIME)

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
# A full stop that ends an abbreviation or an initial, not a sentence.
# (initials may run together: "Cllr A.B. Jones", and open a bracket: "Solicitor (S. Thompson)")
ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z](?:\.[A-Z])*|Cllrs?|Cyng|Mrs?|Ms|Dr|Rev|Prof|St|No|Nos|Co|Ltd|Inc)\.$")
# Every month name of every language, as a (language, month number) lookup.
_MONTHS: dict[str, int] = {name: number for names in MONTH_NAMES.values()
                           for number, name in enumerate(names, start=1) if name}
# Japanese text prints digits full width ("６年"); one for one, so positions in the text still hold.
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# A misspelt month is one slip (a letter wrong, missing, extra or two swapped) from a name this long.
MISSPELT_MONTH_MIN = 5


class DateFound(NamedTuple):
    start: int  # where the date starts in the text
    iso: str
    end: int


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _one_slip(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance at most 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@functools.lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """The month a printed word names, in any language of MONTH_NAMES: "Hydref" → 10, "Sept" → 9."""
    word = word.lower().rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    if word in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[word]
    if len(word) >= MISSPELT_MONTH_MIN:
        close = {number for name, number in _MONTHS.items() if len(name) >= MISSPELT_MONTH_MIN and _one_slip(word, name)}
        if len(close) == 1:
            return close.pop()
    return None


def _year(m: re.Match) -> int:
    if m.groupdict().get("era"):
        era_year = m.group("era_year")
        return ERA_OFFSETS[m.group("era")] + (1 if era_year == "元" else int(era_year))
    return int(m.group("year"))


def _slashed_day_first(first: int, second: int, day_first: bool | None) -> bool | None:
    """Whether a slashed date's first number is its day: the numbers say so when one is past 12 (or both
    are the same), else the document's convention does; None when nothing does."""
    if first > 12 or first == second:
        return True
    if second > 12:
        return False
    return day_first


def find_dates(text: str, day_first: bool | None = None) -> list[DateFound]:
    """Every date printed in ``text``, in any of the conventions and languages of patterns.py, in order.

    ``day_first`` is the document's order for slashed dates ("14/03/2024", "8/4/2011"); without it, one
    that could be read either way is not read.
    """
    text = text.translate(FULL_WIDTH_DIGITS)
    found: dict[int, DateFound] = {}
    for convention in (DATE_DMY, DATE_MDY):
        for m in convention.finditer(text):
            # of a bilingual heading's two month names ("14 Ionawr / January 2025"), the one known
            month = month_number(m.group("month")) or month_number(m.groupdict().get("other_month") or "")
            iso = iso_date(int(m.group("year")), month, int(m.group("day"))) if month else None
            if iso and m.start() not in found:
                found[m.start()] = DateFound(m.start(), iso, m.end())
    numeric = [(m.start(), m.end(), iso_date(_year(m), int(m.group("month")), int(m.group("day"))))
               for convention in (DATE_DOTTED, DATE_YMD, DATE_JAPANESE) for m in convention.finditer(text)]
    for m in [*DATE_SLASHED.finditer(text), *DATE_FIELD_SHORT_YEAR.finditer(text)]:
        first, second = int(m.group("first")), int(m.group("second"))
        # dots are a day-first convention; slashes follow the document's
        order = _slashed_day_first(first, second, True if m.groupdict().get("sep") == "." else day_first)
        if order is not None:
            day, month = (first, second) if order else (second, first)
            year = int(m.group("year"))
            numeric.append((m.start("first"), m.end(), iso_date(year + 2000 if year < 100 else year, month, day)))
    for start, end, iso in numeric:
        if iso and not any(d.start <= start < d.end for d in found.values()):
            found[start] = DateFound(start, iso, end)
    return sorted(found.values())


def day_comes_first(texts) -> bool | None:
    """The document's order for slashed dates: its own slashed dates where one has a number past 12,
    else the order of the dates it spells out ("14 March 2024" day first, "March 14, 2024" month first);
    None when it gives neither."""
    votes = Counter()
    for text in texts:
        for m in DATE_SLASHED.finditer(text):
            order = _slashed_day_first(int(m.group("first")), int(m.group("second")), None)
            if order is not None and m.group("first") != m.group("second"):
                votes["slashed", order] += 1
        day_first = _spelled_starts(DATE_DMY, text)
        votes["spelled", True] += len(day_first)
        votes["spelled", False] += len(_spelled_starts(DATE_MDY, text) - day_first)
    for evidence in ("slashed", "spelled"):
        day, month = votes[evidence, True], votes[evidence, False]
        if day != month:
            return day > month
    return None


def day_first_by_wording(texts) -> bool | None:
    """A guess at the order of slashed dates from the document's wording ("Councilmembers" month first,
    "Councillors" day first), for a document whose own dates give none (``day_comes_first``)."""
    month_first = sum(len(MONTH_FIRST_WORDING.compiled.findall(text)) for text in texts)
    day_first = sum(len(DAY_FIRST_WORDING.compiled.findall(text)) for text in texts)
    return None if month_first == day_first else day_first > month_first


def _spelled_starts(convention, text: str) -> set[int]:
    """Where the dates ``convention`` spells out start in ``text`` (a word that is no month is no date)."""
    return {m.start() for m in convention.finditer(text) if month_number(m.group("month"))}


def yearless_dates(text: str) -> list[tuple[int, int]]:
    """(month, day) of each date printed without its year ("Tuesday 4th March"): a word that is no month is none."""
    out = []
    for m in DATE_NO_YEAR.finditer(text):
        word, day = (m.group("month"), m.group("day")) if m.group("month") else (m.group("month_first"), m.group("day_after"))
        month = month_number(word)
        if month and iso_date(2000, month, int(day)):  # 2000: a leap year, so 29 February is a day
            out.append((month, int(day)))
    return out


def year_from_evidence(month: int, day: int, dates: list[str]) -> str | None:
    """The date of ``month`` and ``day`` in the year that puts it nearest the document's own full dates (the
    minutes of 14 January, printed beside "10 December 2024" and "11 February 2025", are of January 2025)."""
    def distance(iso: str, other: str) -> int:
        return abs((dt.date.fromisoformat(iso) - dt.date.fromisoformat(other)).days)
    years = {int(d[:4]) + step for d in dates for step in (-1, 0, 1)}
    candidates = [iso for year in years if (iso := iso_date(year, month, day))]
    return min(candidates, key=lambda iso: (min(distance(iso, d) for d in dates), iso), default=None)


def find_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0].iso if dates else None


def find_times(text: str) -> list[tuple[int, str]]:
    """Every clock time in ``text`` as (position, "HH:MM" 24 h): "7.00 pm", "kl. 18.00 – 19.37", "午後３時26分"."""
    text = text.translate(FULL_WIDTH_DIGITS)
    out = []
    for m in TIME_OF_DAY.finditer(text):
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        meridiem = (m.group("meridiem") or "").replace(".", "").lower()
        meridiem = " ".join(meridiem.split())  # Welsh: yr hwyr, y prynhawn, y bore, or their initials
        meridiem = {"yh": "pm", "yp": "pm", "yb": "am", "yr hwyr": "pm", "y prynhawn": "pm", "y bore": "am"}.get(meridiem, meridiem)
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        elif meridiem == "noon":
            hour, minute = 12, 0
        if hour < 24 and minute < 60:
            out.append((m.start(), f"{hour:02d}:{minute:02d}"))
    for m in CLOCK_24H.finditer(text):
        out.append((m.start(), f"{int(m.group('hour')):02d}:{m.group('minute')}"))
        if m.group("hour2"):
            out.append((m.start("hour2"), f"{int(m.group('hour2')):02d}:{m.group('minute2')}"))
    for m in CLOCK_24H_LED.finditer(text):
        hour, minute = (m.group("hour"), m.group("minute")) if m.group("hour") else (m.group("hour_h"), m.group("minute_h"))
        out.append((m.start("hour") if m.group("hour") else m.start(), f"{int(hour):02d}:{minute}"))
        if m.group("hour2"):  # "Tid: 18:00 - 21:15": the sitting's end too
            out.append((m.start("hour2"), f"{int(m.group('hour2')):02d}:{m.group('minute2')}"))
    for m in FRENCH_TIME.finditer(text):
        out.append((m.start(), f"{int(m.group('hour')):02d}:{m.group('minute') or '00'}"))
    for m in FRENCH_TIME_IN_WORDS.finditer(text):
        minute = FRENCH_MINUTE_WORDS.get(" ".join((m.group("minute") or "").lower().split()), 0)
        out.append((m.start(), f"{FRENCH_HOUR_WORDS[' '.join(m.group('hour').lower().split())]:02d}:{minute:02d}"))
    for m in JAPANESE_TIME.finditer(text):
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        hour += 12 if m.group("meridiem") == "午後" and hour < 12 else 0
        if hour < 24 and minute < 60:
            out.append((m.start(), f"{hour:02d}:{minute:02d}"))
    return sorted(out)


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


def without_letter_spacing(text: str) -> str:
    """A title set letter-spaced reads as its word: "M I N U T E S" → "MINUTES"."""
    return LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


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


def sentences_of(paragraph_texts: list[str]) -> list[str]:
    """Sentences, not cut after an abbreviation or an initial ("Cllr. W. Loynton", "Cyng. K. Davies"); a lettered
    appendix or part ends one ("… outlined in Appendix A." / "Carried", LETTERED_LABEL)."""
    out: list[str] = []
    for text in paragraph_texts:
        sentences: list[str] = []
        for piece in (p.strip() for p in SENTENCE_END.split(text)):
            if sentences and ABBREVIATION.search(sentences[-1]) and not LETTERED_LABEL.search(sentences[-1]):
                sentences[-1] = f"{sentences[-1]} {piece}"
            elif piece:
                sentences.append(piece)
        out += sentences
    return out


def counted(n: int, one: str, many: str | None = None) -> str:
    """ "1 recommendation", "2 recommendations"; ``many`` where adding an "s" is not the plural."""
    return f"{n} {one if n == 1 else many or one + 's'}"


# Words of running text read to tell its language.
LANGUAGE_SAMPLE_CHARS = 5000


def language_counts(text: str) -> dict[str, int]:
    """How often each language's function words (patterns.LANGUAGE_WORDS) occur in ``text``'s opening."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    return {language: len(list(words.finditer(sample))) for language, words in LANGUAGE_WORDS.items()}


def language_of(text: str) -> str:
    """The language whose function words are most frequent in ``text`` (English when unsure)."""
    counts = language_counts(text)
    best = max(counts, key=counts.get)
    return best if counts[best] > counts["English"] * 1.5 else "English"
