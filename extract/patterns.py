"""The extraction heuristics, as data.

Each convention that council documents follow is one named :class:`Convention`:
a regular expression and the real lines, from real published documents, that it
was written for. ``tests/test_patterns.py`` checks every example against its
pattern, so a convention cannot drift away from the documents it describes.
No pattern is keyed to a council's name or to a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_REGISTRY: list["Convention"] = []


@dataclass
class Convention:
    name: str
    regex: str
    examples: list[str]
    flags: int = re.IGNORECASE
    # Real lines this convention must NOT match (guards against over-reach).
    counter_examples: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.compiled = re.compile(self.regex, self.flags)
        _REGISTRY.append(self)

    def search(self, text: str):
        return self.compiled.search(text)

    def match(self, text: str):
        return self.compiled.match(text)

    def fullmatch(self, text: str):
        return self.compiled.fullmatch(text)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count=count)


def all_conventions() -> list[Convention]:
    return list(_REGISTRY)


# --- Page furniture (read stage) ---

PAGE_NUMBER = Convention(
    "printed page number",
    r"(?:^|\s)(?:page\s+(?P<number>\d{1,4})(?:\s+of\s+\d{1,4})?|-\s*(?P<dashed>\d{1,4})\s*-)\s*$",
    ["Page 5", "Page 1 of 2", "City of Alameda Page 1"],
    counter_examples=["see page 14 of the presentation for details"],
)

BLANK_PAGE = Convention(
    "intentionally blank page",
    r"(?:this\s+page\s+(?:has\s+been\s+|is\s+)?(?:left\s+)?intentionally\s+(?:left\s+)?blank\.?)",
    ["This page is intentionally left blank", "This page has been left intentionally blank."],
)


# --- Dates and times, as printed anywhere ---

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

DATE_DMY = Convention(
    "day month year date",
    r"\b(?P<day>[0-3]?\d)\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    ["Milburn Parish Council - 2nd July 2019", "The meeting will be held at 7.00 pm on 13 February 2018",
     "Newbiggin Parish Council - 3 rd September 2019"],
)

DATE_MDY = Convention(
    "month day, year date",
    r"\b" + _MONTH + r"\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    ["THURSDAY, AUGUST 4, 2011", "Regular Meeting October 2, 2019", "January 27, 2020, 7:00 p.m."],
)

TIME_OF_DAY = Convention(
    "clock time",
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>[ap]\.?\s?m\b\.?|noon)",
    ["The meeting will be held at 7.00 pm on 13 February 2018", "January 27, 2020, 7:00 p.m.",
     "The Chairman brought the meeting to a close at 7.55pm", "The BMLSCB left the meeting at 7.16pm."],
)


# --- What kind of document a page opens (split stage), tried in order ---

MINUTES_HEADING = Convention(
    "minutes heading",
    r"^\s*(?:approved\s+|draft\s+|unapproved\s+)?(?:minutes|mintues)\b|\bminutes\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+){0,8}(?:meeting|council|committee|board|commission)",
    ["Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12 December 2017 at 7.00 pm",
     "MINTUES OF THE ALAMEDA FREE LIBRARY BOARD MEETING", "APPROVED MINUTES"],
)

REPORT_COVER = Convention(
    "report cover block",
    r"\bITEM:?\s*\d+[A-Z]?\s*$|^\s*Report\s+of\b|^\s*Report\s+to\b|^\s*Report\s+Author",
    ["11 July 2017 ITEM: 8", "Report of: Joseph Tynan – Service Manager Multi Agency Safeguarding Hub"],
    flags=re.IGNORECASE | re.MULTILINE,
)

AGENDA_HEADING = Convention(
    "agenda heading",
    r"^\s*(?:\w+\s+){0,4}agenda\b|\bagenda\s+for\b",
    ["CITY COUNCIL AGENDA FOR OCTOBER 16, 2012", "Agenda"],
    flags=re.IGNORECASE | re.MULTILINE,
)

KIND_MARKERS = [("minutes", MINUTES_HEADING), ("report", REPORT_COVER), ("agenda", AGENDA_HEADING)]


# --- Who is meeting (parse stage) ---

BODY_NAME = Convention(
    "authority name",
    r"(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}(?:Parish|Town|City|County|District|Borough|Metropolitan)?\s*Council)\b"
    r"|(?P<name2>City\s+of\s+[A-Z]\w+)",
    ["Milburn Parish Council - 2nd July 2019", "Thurrock Council Wi-Fi"],
    flags=0,
)

COMMITTEE_NAME = Convention(
    "committee name",
    r"(?P<name>(?:[A-Z][\w'’&,-]*\s+(?:and\s+|of\s+|the\s+|&\s+)?){0,8}"
    r"(?:Committee|Panel|Board|Commission|Cabinet|Council|Authority|Sub-Committee))\b",
    ["Children's Services Overview and Scrutiny Committee", "Milburn Parish Council - 2nd July 2019"],
    flags=0,
)


# --- Numbered minutes (parse stage) ---

MINUTE_HEADING = Convention(
    "numbered minute heading",
    r"^(?P<number>\d{1,3}(?:\.\d{1,3}){0,2}\.?|\d{1,2}-[A-Z])\s+(?P<title>[A-Z].{1,150})$",
    ["64. Minutes", "19.07.01 Apologies", "7-A Consent Calendar"],
    flags=0,
)
