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
from functools import cached_property

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
        _REGISTRY.append(self)

    @cached_property
    def compiled(self) -> re.Pattern:
        # Compiled when first used, not at import: every ingest starts by importing this module, and a
        # document needs only some of the conventions (compiling them all cost more than parsing a pack).
        return re.compile(self.regex, self.flags)

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

# A line that is only page furniture: a page number ("Page 3 of 12", "- 4 -") or the header of a front
# sheet's page column ("Page", "Pages"). It is never a heading's, however it is set (a centred column
# header in smaller type reads as display type).
PAGE_FURNITURE = Convention(
    "a line of page furniture only",
    r"^\W*(?:page(?:s|\s+no\.?|\s+numbers?)?(?:\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)?|\d{1,3})\W*$",
    ["Page", "Pages", "Page 3 of 12", "- 4 -", "Page No.", "Page 1"],
    counter_examples=["Page 3 Budget Monitoring", "Pages 1 - 18 Budget Monitoring", "Planning Committee", "2024"],
)

BLANK_PAGE = Convention(
    "intentionally blank page",
    r"(?:this\s+page\s+(?:has\s+been\s+|is\s+)?(?:left\s+)?intentionally\s+(?:left\s+)?blank\.?)",
    ["This page is intentionally left blank", "This page has been left intentionally blank."],
)


# --- A text layer's plausibility (read stage: extract/garbled.py) ---

# A word no language of the corpus spells, as a font whose characters map to the wrong letters gives it
# ("protokojjet" for protokollet, "Vvllvrdsnvrndens" for Välfärdsnämndens, "tll" for till): two of a letter
# that no Latin-script language of ours doubles (j, v, h, q), three of one letter ("arbetarinsttttet"), or a
# word of three small letters or more without a vowel. Welsh doubles d, l and f and counts w and y as vowels
# ("bwrdd", "cwm"), Finnish doubles vowels and k, p, t ("kokouksessa", "Kokousaika"), so none of those
# counts; nor a Roman numeral ("iii", "XIII"), a word in capitals (an acronym: "UHHS", "WEEE"), or the
# parts of a web address. Words of other scripts (Japanese) never match: the check is of Latin letters.
GARBLED_WORD = Convention(
    "a word a wrongly mapped font made",
    r"^(?=\w*[a-zß-ÿ])(?!(?i:[ivxlcdm]+|https?|www|php|html?|xml|pdf)$)"
    r"(?:\w*(?:(?i:jj|vv|hh|qq)|([^\W\d_])\1\1)\w*|[b-df-hj-np-tvxz]{3,})$",
    ["protokojjet", "Föjjande", "Vvllvrdsnvrndens", "tll", "arbetarinsttttet", "Tijj", "frsn"],
    flags=0,
    counter_examples=["protokollet", "Välfärdsnämndens", "bwrdd", "cwm", "Cyngor", "kokouksessa", "iii", "XIII",
                      "UHHS", "https", "Hallituksen", "Engström", "school", "Kokousaika", "rhythm", "llyfrgell"],
)
# A page is read again by OCR when this share of its words (and at least GARBLED_MIN_WORDS of them) is
# garbled; a document whose words are garbled at GARBLED_DOCUMENT_SHARE overall has every page with a
# garbled word read again. Clean pages of ../shared reach 0.015 (abbreviations: "cts", "plc", "dvs"), a whole
# clean document 0.002; the Swedish minutes whose fonts map letters wrongly 0.03–0.16 a page, 0.012 overall.
GARBLED_PAGE_SHARE = 0.03
GARBLED_MIN_WORDS = 3
GARBLED_DOCUMENT_SHARE = 0.006


# --- Dates and times, as printed anywhere ---

# Month names by language, January first: the dates below accept any word and look it up here
# (exactly, by an abbreviation, or one slip away: "Ocotber"), so a language is added as data.
MONTH_NAMES = {
    "English": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"],
    "French": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"],
    "Welsh": ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
              "tachwedd", "rhagfyr"],
    # Welsh mutates a month's first letter after some words ("o Fehefin", "ar y 9fed o Fawrth").
    "Welsh (mutated)": ["", "", "fawrth", "", "fai", "fehefin", "orffennaf", "", "fedi", "", "dachwedd", "ragfyr"],
    "Danish": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
               "november", "december"],
    "Norwegian": ["", "", "mars", "", "mai", "", "", "", "", "", "", "desember"],
    "Swedish": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december"],
    "Finnish": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
                "lokakuu", "marraskuu", "joulukuu"],
    # A date names its month in the partitive: "5. maaliskuuta 2024".
    "Finnish (partitive)": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
                            "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
}
# English abbreviations ("Sept.", "Dec") are read as their month; other languages print names in full.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
# Ordinal endings after a day number: English 13th, French 1er, Welsh 9fed / 11eg / 24ain / 1af; and a superscript
# ending as OCR reads it from a scan: a letter, marks, or marks and one more letter or digit ("5t July 2016",
# "13*" March 2018", "2™ May", "5% July 2016", "3™4 May 2016", "3"! September 2019"), or as one more digit after
# a day of one digit that cannot take one ("CYFARFOD 94 HYDREF 2019" for 9fed).
_ORDINAL = (r"(?:st|nd|rd|th|er|e|fed|ydd|edd|eg|ain|af|ail|ed|[tsnrh][*\"'”’™]?|[*\"'”’™°%!]{1,2}[\da-z]?"
            r"|(?<=(?<!\d)[4-9])\d)?")
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,11})"

DATE_DMY = Convention(
    "day month year date",
    # also between hyphens, as database-made agendas print it: "13-Feb-2025"; a meeting over days gives its
    # first ("3–4 March 2025", "3rd and 4th March 2025")
    r"\b(?P<day>[0-3]?\d)(?:\s*" + _ORDINAL + r"(?:\s*(?:[-–—&]|and|to)\s*[0-3]?\d\s*" + _ORDINAL + r")?"
    r"\.?\s+(?:(?i:day)\s+)?(?:(?:of|o|de)\s+)?|-(?=[^\W\d_]{3,11}-))" + _MONTH_WORD
    # the month in the other language of a bilingual heading: "14 Ionawr / January 2025", "14 Eanáir / January 2025"
    + r"(?:\s*/\s*(?P<other_month>[^\W\d_]{3,11}))?"
    + r"(?:\.?,?\s+|-)(?P<year>(?:19|20)\d\d)\b",
    ["Milburn Parish Council - 2nd July 2019", "The meeting will be held at 7.00 pm on 13 February 2018",
     "Newbiggin Parish Council - 3 rd September 2019", "CYFARFOD 9fed HYDREF 2019", "Thursday, 13th March, 2025",
     "Réunion du Conseil Municipal du 12 juillet 2023", "Minutes of the meeting held on 14 Ocotber 2019",
     "held on the 6th day of January, 2025", "Kokous 5. maaliskuuta 2024", "5t July 2016", "Tuesday 13*\" March 2018",
     "Meeting Date: 13-Feb-2025", "5% July 2016", "held on 3™4 May 2016 had been",
     "Newbiggin Parish Council - 3\"! September 2019", "CYFARFOD 94 HYDREF 2019", "Held 3–4 March 2025",
     "Annual Conference, 3rd and 4th March 2025", "Dydd Mawrth, 14 Ionawr / January 2025", "14 Eanáir / January 2025"],
    counter_examples=["Minute 194 July 2019 was approved"],
)

WEEKDAY = r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"  # a weekday's name
# A day and month with no year, as some parish clerks title their minutes ("held on Tuesday 4th March at
# 7.30pm", "Thursday, March 6th"): the year is the document's (extract.parse.heading), for review.
DATE_NO_YEAR = Convention(
    "day and month without a year",
    r"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[^\W\d_]{3,9})"
    r"|(?!" + WEEKDAY + r")(?P<month_first>[^\W\d_]{3,9})\s+(?P<day_after>[0-3]?\d)(?:st|nd|rd|th)?)\b(?![.,]?\s*\d)",
    ["held on Tuesday 4th March at 7.30pm", "Thursday, March 6th", "Meeting of 12 May"],
    counter_examples=["held on 4 March 2025", "March 6, 2025"],
)

DATE_MDY = Convention(
    "month day, year date",
    # A meeting over days gives its first: "January 6-7, 2025".
    r"\b" + _MONTH_WORD + r"\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:[-–—&]|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    ["THURSDAY, AUGUST 4, 2011", "Regular Meeting October 2, 2019", "January 27, 2020, 7:00 p.m.", "January 6-7, 2025",
     "March 3 and 4, 2025"],
)

# Day, month and a four-digit year between dots, as Nordic and continental minutes print them.
DATE_DOTTED = Convention(
    "day.month.year date",
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]*\d)",
    ["Sammanträdestid 15.9.2022 kl. 18.00 – 19.37", "Johanna Norrbygård, 22.09.2022"],
    counter_examples=["version 1.2.2019.3", "4.4.5iii) Adroddodd y Cyng."],
)

# Year first, as ISO dates and Japanese web pages print them ("2024/11/05").
DATE_YMD = Convention(
    "year-month-day date",
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)",
    ["2024/11/05 1:34 会議録表示", "published 2022-09-26"],
)

# Day, month and year between slashes: "14/03/2024" in England, "8/4/2011" (August 4) in the USA. Which
# comes first is the document's own convention (extract.text.day_comes_first); a two-digit year is left
# alone: those are the print stamps of browsers and word processors ("11/20/22, 8:38 PM", "4/23/19").
DATE_SLASHED = Convention(
    "day/month/year or month/day/year date",
    # also between hyphens, as US clerks' word processors print it ("03-04-2025")
    r"(?<![\d/-])(?P<first>[0-3]?\d)(?P<sep>[/-])(?P<second>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-])",
    ["8/4/2011", "Date of meeting: 14/03/2024", "Accountant I 08/20/2019 2019-1677-01", "MEETING MINUTES 03-04-2025"],
    counter_examples=["1 of 5 11/20/22, 8:38 PM", "4/23/19", "ref 2019/1625/01", "Tel. 555-12-2025", "8/4-2011"],
)

# A date with a two-digit year, read only where a field says it is the date ("Date: 12/03/24", "Meeting
# date: 12.3.24"): elsewhere such figures are print stamps, minute numbers ("19.07.01") or references.
# The English label of a field giving the meeting's date ("Date", "Meeting Date", "Date of the meeting").
DATE_LABEL = r"(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?"
DATE_FIELD_SHORT_YEAR = Convention(
    "date field with a two-digit year",
    # or where the minutes' title says it is when the meeting was held ("held on 04/03/25")
    r"\b(?:" + DATE_LABEL + r"\s*:|held\s+on)\s*(?:" + WEEKDAY + r",?\s+)?"
    r"(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)(?P<year>\d\d)(?![\d/.])",
    ["Date: 12/03/24", "Meeting Date: 12.3.24", "DATE: Tuesday 3/5/24", "Minutes of the meeting held on 04/03/25 at 7.30pm"],
    counter_examples=["19.07.01 Apologies", "1 of 5 11/20/22, 8:38 PM", "Date: 12/03/2024"],
)

# Where a document neither prints a slashed date past the 12th nor spells a date out, its wording says
# which side of the Atlantic it was written on, and so which order its slashed dates are in (a guess,
# flagged for review): American usage prints the month first, British and Commonwealth usage the day.
MONTH_FIRST_WORDING = Convention(
    "American wording (slashed dates month first)",
    r"\b(?:council\s?members?|honorable|mayor\s+pro\s+tem|ayes|nays|pledge\s+of\s+allegiance|city\s+manager"
    r"|board\s+of\s+supervisors|selectmen|aldermen|center|program|color|favor|labor)\b",
    ["Present: Councilmembers Smith, Jones and Patel", "PLEDGE OF ALLEGIANCE", "AYES: Smith, Jones"],
    counter_examples=["Councillors Smith, Jones and Patel"],
)
DAY_FIRST_WORDING = Convention(
    "British and Commonwealth wording (slashed dates day first)",
    r"\b(?:councillors?|cllrs?|apologies|centre|programme|colour|favour|labour|organisation|parish|borough)\b",
    ["Apologies for absence", "Present: Cllr A Smith (Chair)", "Community Centre"],
    counter_examples=["Present: Councilmembers Smith, Jones and Patel"],
)

# Japanese dates, in the Western calendar or by era ("令和６年５月17日" is 17 May 2024); full-width
# digits are read as digits.
DATE_JAPANESE = Convention(
    "Japanese date",
    r"(?:(?P<era>令和|平成|昭和)\s*(?P<era_year>元|\d{1,2})|(?P<year>(?:19|20)\d\d))\s*年\s*(?P<month>\d{1,2})\s*月"
    r"\s*(?P<day>\d{1,2})\s*日",
    ["◯令和６年５月17日（金）", "2024年5月17日"],
)
# The first year of each era, minus one: 令和 1 is 2019.
ERA_OFFSETS = {"令和": 2018, "平成": 1988, "昭和": 1925}

TIME_OF_DAY = Convention(
    "clock time",
    # Welsh writes "yh" (yr hwyr, the evening) or "y.p." (y prynhawn, the afternoon) for pm and "yb" (y bore) for am
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>[ap]\.?\s?m\b\.?|noon|y\.?[hbp]\b\.?"
    r"|yr\s+hwyr\b|y\s+prynhawn\b|y\s+bore\b)",
    ["The meeting will be held at 7.00 pm on 13 February 2018", "January 27, 2020, 7:00 p.m.",
     "The Chairman brought the meeting to a close at 7.55pm", "The BMLSCB left the meeting at 7.16pm.",
     "A GYNHALIWYD NOS LUN 13 MAI 2024 AM 7.00 YH",
     # probes: Welsh county committees meeting in the afternoon
     "ddydd Llun, 12 Chwefror 2024 am 1.00 y.p.", "Daeth y cyfarfod i ben am 2.45yp",
     # probe: a Welsh community council's notice spells the evening out
     "nos Fawrth 10 Mawrth 2026 am 7.30 yr hwyr yn Neuadd y Pentref", "am 10.00 y bore"],
)


# A 24-hour time after "kl." (Swedish klockan) or "klo" (Finnish kello), as Nordic minutes print the
# sitting: "kl. 18.00 – 19.37", "Kokousaika 14.11.2023 klo 18.00–20.15".
# A 24-hour time in English, as UK, Irish and Australian notices print it: after the word that leads a time ("at
# 19:00", "Time: 18:30", "commencing 10:00"), or before "hrs"/"hours" ("19.30 hrs"). A bare "19.00" may be money.
CLOCK_24H_LED = Convention(
    "24-hour clock time, led by its word or followed by hrs",
    r"(?:\b(?:at|from|time\s*:|(?:m[øo]te|møde)?tid(?:spunkt)?\s*:|commencing(?:\s+at)?|starting(?:\s+at)?)\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b"
    # the sitting as a range, its end after a dash: "Tid: 18:00 - 21:15" (a Norwegian kommunestyre's protocol, probe; a
    # Danish byråd's "Mødetidspunkt: 17:00 - 19:30")
    r"(?:\s*[–-]\s*(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)\b)?"
    r"(?!\s*(?:[ap]\.?\s?m\b|noon))"
    r"|\b(?P<hour_h>[01]?\d|2[0-3])[.:]?(?P<minute_h>[0-5]\d)\s*(?:hrs|hours)\b)",
    ["The next meeting will be held on 14/05/2024 at 19:00 in Lindale Village Hall.", "Time: 18:30",
     "Tidspunkt: 18:00", "Mødetidspunkt: 17:00",  # Norwegian and Danish fields (probes)
     "Tid: 18:00 - 21:15", "Mødetidspunkt: 17:00 - 19:30",
     "Meeting commences at 19.30 hrs", "1900 hours"],
    counter_examples=["The meeting will be held at 7:00 pm", "Chq No 1334 £19.00", "Item 3 of 19:00 ", "at 10:00 a.m."],
)
CLOCK_24H = Convention(
    "24-hour clock time after kl. or klo",
    r"\b(?:kl(?:o|\.)?|kello)\s*(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)\b"
    r"(?:\s*[–-]\s*(?P<hour2>[01]?\d|2[0-3])[.:](?P<minute2>[0-5]\d)\b)?",
    ["Sammanträdestid 15.9.2022 kl. 18.00 – 19.37", "Sammanträdestid 26.09.2022 kl. 16:30",
     "Kokousaika 14.11.2023 klo 18.00–20.15"],
    counter_examples=["Chq No 1334 £38.50", "klooster 12.30"],
)

# A French time, on the 24-hour clock: "à 20 heures", "a 18 heures 30 minutes", "levée à 22h15".
# French communes' formal opening gives the hour in words: "L'an deux mille vingt-quatre, le quatorze mai à vingt
# heures trente, le conseil municipal …" (the procès-verbal's legal formula in France).
FRENCH_HOUR_WORDS = {"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                     "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
                     "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt et une": 21, "vingt-deux": 22,
                     "vingt-trois": 23}
FRENCH_MINUTE_WORDS = {"cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
                       "quarante-cinq": 45, "cinquante": 50, "et quart": 15, "et demie": 30}


def _longest_first(words) -> str:
    """The words as alternatives, the longest first ("dix-sept" before "dix"), any space a run of spaces."""
    return "|".join(sorted(words, key=len, reverse=True)).replace(" ", r"\s+")


FRENCH_TIME_IN_WORDS = Convention(
    "clock time in French words",
    r"\bà\s+(?P<hour>" + _longest_first(FRENCH_HOUR_WORDS) + r")\s+heures?(?:\s+(?P<minute>" + _longest_first(FRENCH_MINUTE_WORDS)
    + r")\b)?",
    ["L'an deux mille vingt-quatre, le quatorze mai à vingt heures, le conseil municipal", "à dix-neuf heures trente",
     "à vingt heures et demie"],
    counter_examples=["à deux reprises", "pendant deux heures"],
)

FRENCH_TIME = Convention(
    "French clock time",
    r"\b(?P<hour>[01]?\d|2[0-3])\s*(?:heures?|(?-i:h)(?=\s*[0-5]\d))(?:\s*(?P<minute>[0-5]\d)(?:\s*minutes?)?)?(?!\w)",
    ["Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont",
     "L'an 2024 et le 22 mai a 18 heures 30 minutes, le Conseil Municipal de la", "La séance est levée à 22h15"],
    counter_examples=["Chq No 1334 £38.50", "least 48 hours before", "made 8 high level"],
)

# A Japanese time: 午前 (morning) or 午後 (afternoon), the hour 時 and minutes 分: "午後３時26分" is 15:26.
JAPANESE_TIME = Convention(
    "Japanese clock time",
    r"(?P<meridiem>午前|午後)\s*(?P<hour>\d{1,2})\s*時(?:\s*(?P<minute>\d{1,2})\s*分)?",
    ["［午前10時 開会］", "［午後3時26分 散会］"],
    counter_examples=["令和６年５月17日（金）"],
)


# A number inside a meeting body's name, after the word it numbers: "AREA 1 PLANNING COMMITTEE", "District 3
# Advisory Board", "Licensing Sub-Committee 2" has its own after the head noun. Not a day or a year: the word
# before it is then a month ("12 March 2025 Planning Committee"), nor a reference's number (below).
NAME_NUMBER = Convention(
    "number inside a body's name",
    r"^\d{1,2}[A-Z]?$",
    ["1", "3", "2B"],
    flags=0,
    counter_examples=["2025", "12th", "1.", "24/01"],
)
# Words that a number follows as a reference, not as part of a name: "Item 5 Planning Committee Report".
NUMBERED_REFERENCE_WORDS = {"item", "items", "agenda", "page", "pages", "appendix", "annex", "annexe", "part",
                            "section", "minute", "no", "number", "paragraph", "schedule", "ward", "room", "tel"}


# --- What kind of document a page opens (split stage), tried in order ---

MINUTES_HEADING = Convention(
    "minutes heading",
    # A numbered line is an item of business ("5.A Approve minutes of the meeting of February 18"), not a title.
    r"^\s*(?:approved\s+|draft\s+|unapproved\s+)?(?:minutes|mintues)\b"
    r"|^(?!\s*\(?(?:\d{1,3}|[A-Z])(?:\.\w{1,3})*[.)]?\s).*?\bminutes\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+){0,8}(?:meeting|council|committee|board|commission)"
    # Scottish councils call the record "the minute", in the singular: "MINUTE OF MEETING of the …",
    # "Minute of the Meeting of the Planning Committee"
    r"|^\s*(?:draft\s+)?minute\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\s+of\b",
    ["Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12 December 2017 at 7.00 pm",
     "MINTUES OF THE ALAMEDA FREE LIBRARY BOARD MEETING", "APPROVED MINUTES",
     "KENT COUNTY COUNCIL MINUTES of a meeting of the Cabinet",
     "MINUTE OF MEETING of the NEIGHBOURHOOD SERVICES COMMITTEE held remotely on 14th March 2022.",
     "Minute of the Meeting of the Planning Committee held in the Council Chamber"],
    counter_examples=["5.A Approve minutes of the meeting of February 18, 2025", "3. Minutes of the Council meeting of 4 March",
                      "The minute of meeting of this Committee of 14th February 2022 was held as read.",
                      "MINUTE OF PREVIOUS MEETING"],
)

# A minute numbered in roman numerals with no stop, its title in capitals ("II HOUSING REVENUE ACCOUNT",
# Scottish councils' minutes). Read as a number only in a run of them (I, II, III …): on
# its own it is as likely an initial before a surname in capitals ("I BORTHWICK") or a pronoun ("I MOVE").
BARE_ROMAN_MINUTE = Convention(
    "a minute numbered in roman numerals without a stop",
    r"^[IVX]{1,6}\s+[A-Z]{2,}\b",
    ["I DECLARATION OF INTEREST", "III TENDERS RECEIVED", "XIV ANY OTHER BUSINESS"],
    flags=0,
    counter_examples=["II. ROLL CALL", "1. DECLARATION OF INTEREST", "Ian BORTHWICK", "VII. PROCLAMATIONS"],
)

REPORT_COVER = Convention(
    "report cover block",
    r"\bITEM:?\s*\d+[A-Z]?\s*$|^\s*Report\s+of\b|^\s*Report\s+to\b|^\s*Report\s+Author",
    ["11 July 2017 ITEM: 8", "Report of: Joseph Tynan – Service Manager Multi Agency Safeguarding Hub"],
    flags=re.IGNORECASE | re.MULTILINE,
)

AGENDA_HEADING = Convention(
    "agenda heading",
    r"^\W*(?:\w+\s+){0,4}agenda\b(?!\s+item\s+(?:no\.?\s*)?\d)|\bagenda\s+for\b|^\W*(?:föredragningslista|kallelse|esityslista|kokouskutsu|møteinnkalling|saksliste|dagsorden)\b|^\W*rhaglen\W*$"
    # a bilingual title, the other language's word first: Welsh councils' "RHAGLEN / AGENDA", Irish "CLÁR / AGENDA",
    # Canadian "ORDRE DU JOUR / AGENDA"
    r"|^\W*(?:rhaglen|clár|ordre\s+du\s+jour|clàr-gnothaich)\s*[/|]\s*agenda\W*$"
    r"|議事日程(?:\s*[（(]\s*第\s*\S{1,3}\s*号\s*[）)])?\s*$",  # a Japanese assembly's order of the day, ending its title
    ["CITY COUNCIL AGENDA FOR OCTOBER 16, 2012", "Agenda", "*** AGENDA ***", "Föredragningslista 16/2022", "Esityslista 5/2023",
     "RHAGLEN",  # a Welsh community council's agenda (probe)
     "RHAGLEN / AGENDA", "CLÁR / AGENDA", "ORDRE DU JOUR / AGENDA",  # bilingual titles (probes: Welsh, Irish councils)
     "Møteinnkalling", "Saksliste", "Dagsorden",  # Norwegian and Danish municipalities' (probes)
     "令和8年3月定例会 議事日程（第1号）"],  # a Japanese city assembly's (probe)
    flags=re.IGNORECASE | re.MULTILINE,
    # An item stamp at the top of a paper is no agenda's heading.
    counter_examples=["Godkännande av föredragningslistan beslutas", "AGENDA ITEM NO. 5", "Agenda Item 6",
                      "Rhaglen waith y pwyllgor", "Rhaglen / Agenda item 4: cyllideb", "Godkendelse af dagsorden"],
    # (a front sheet's column header "Agenda Item No" is an agenda's: Kent's agenda letters)
)

KIND_MARKERS = [("minutes", MINUTES_HEADING), ("report", REPORT_COVER), ("agenda", AGENDA_HEADING)]


# --- Numbered minutes (parse stage) ---

MINUTE_HEADING = Convention(
    "numbered minute heading",
    r"^\*?(?:(?:(?:[Aa]genda|AGENDA)\s+)?(?:[Ii]tem|ITEM)(?:\s+(?:[Nn]o|NO)\.?)?\s+"
    # French communes number their deliberations: "Délibération n° 2024-015 : Approbation du compte administratif"
    r"|(?:[Dd][ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+[Nn][°º]\s*(?=\d)|Min(?:ute)?\.?\s*No\.?\s*|(?:Minute|MINUTE|Min\.?|MIN\.?)\s+(?=[A-Z]{0,4}\d)|(?:19|20)\d\d-\d{2,3}-\d{2,4}\s+(?=\d{1,3}[.)]?\s))?(?P<paren>\()?\*?(?P<number>[A-Z]{1,5}/\d{1,4}(?:/\d{1,4})?"
    r"|[A-Z]{1,4}\d{1,3}/\d{2,4}(?![\d/])|[A-Z]{2,4}\d?\s\d{2}/\d{1,4}(?![\d/])|(?!NO\.)[A-Z]{1,4}\.\d{1,4}(?![\d./])|[A-Z]{1,4}\.\d{1,3}/\d{2}(?![\d/])|[A-Z]\.\d(?![\d.])|[IVX]{2,6}(?=\.)|[IVX]{1,6}(?=\s+[A-Z]{2,}\b)|(?:19|20)\d\d-\d{2}(?![\d-])|(?:(?:\d{2}|\d{4})/\d{3}|\d{1,3}/\d{2})(?![\d/])|(?:19|20)\d\d/\d{2}(?![\d/])(?=\s+[A-Z]{2,}\b)|\d{1,2}\.[A-Za-z](?![\w.])|\d{1,2}\.?[A-Za-z](?=\.\s)|\d{1,3}(?:\.\d{1,3}){1,2}|\d{1,2}-\d{2,3}(?:\s?[A-Z])?(?:\s[A-Z]{2,4}\b(?:/\d{1,2}-\d{2,3}\s[A-Z]{2,4})?)?"  # file number, then the acting body's initials
    r"|(?:(?<=[°º])|(?<=[°º]\s))(?:19|20)\d\d[-/]\d{1,3}(?![\d/-])|\d{1,2}-[A-Z](?:-[ivx]{1,4})?|\d{1,2}(?:-\d{1,2}){1,2}(?=\s+[:–-]\s)|§\s*\d{1,4}|\d{1,4}\s*§|\d{1,3}|(?!M\.\s+[A-ZÀ-Þ]{2,}\s+[A-ZÀ-Þ][a-zà-ÿ])[A-Z](?=\.))"
    # "1) Call to Order", as Canadian and US minutes number them; not "1) That …", a decision's part
    r"(?(paren)\)|(?:(?<=\d)\)(?!\s+(?i:that)\b))?)"
    r"(?:\.|,(?=\s))?(?:\s*[-–:])?\s+"  # "4," is a full stop as OCR may read it (see ITEM_NUMBER)
    # A reference may open the title: a decision's number ("24/00108 - "), a planning application's
    # ("22/01234/FUL - 10 High Street"), a financial year ("2023/24 Budget Monitoring").
    # A file number may too, as Legistar prints one between the item's number and its title ("4.1 23-118 Resolution …").
    r"(?P<title>(?:(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,6}(?:/[A-Z0-9]{1,6})*(?:\s*[-–:])?\s+[A-Z0-9À-ÖØ-Þ]"
    r"|(?:(?<=\w\s)|(?<=\w\.\s))\d{2,4}-\d{2,6}\s+[A-Z]"
    # a year may open a sub-item's title ("6.1 2024 Capital Budget Amendments")
    r"|(?:(?<=\.\d\s)|(?<=\.\d\d\s))(?:19|20)\d\d\s+[A-Z][a-z]|[A-ZÀ-ÖØ-Þ*\"“(£]).{1,300})$",
    ["64. Minutes", "4, Adoption of the Agenda - Resolution 2024-01", "19.07.01 Apologies", "7-A Consent Calendar", "16.07.13 - Any Other Business",
     "1. CONVENE: 7:00 p.m.", "2-A. Approval of the minutes of the Regular Meeting of June 7, 2006.",
     "4-A-i. ELIGIBLE LIST ESTABLISHED DATE ESTABLISHED EXAM NO.", "*A. Report from the Library Director",
     "(14-332 CC) Presentation by the Tomorrow Youth Repertory: Shrek – The Musical.",
     "(10-539) Mayor Johnson announced that the resolutions of appointment [paragraph no.",
     "A. Election of Officers (C. Atkin)", "39 § Sammanträdets laglighet och beslutförhet", "§ 39 Val av protokolljusterare",
     "1. CROESO AC YMDDIHEURIADAU", "88. 24/00108 - Revenue and Capital Budget Monitoring Report – November",
     "1 – FINANCES", "1-1 : Subventions 2023", "1-1-2 : Subvention au CCAS de Coulon",
     "Délibération n° 2024-015 : Approbation du compte administratif 2023", "DÉLIBÉRATION N°2024/16 – Tarifs de la cantine",
     "47. 22/01234/FUL - Land at Mill Lane, Ashby", "5. 2023/24 Budget Monitoring",
     "CAB/23/16 Revenue Budget 2023/24", "3.A Minutes of the Meeting of February 21, 2023", "23/004 Precept 2023/24",
     "4.1 23-118 Resolution Authorizing the City Manager to Execute an Agreement with Smith Engineering",
     # probes: a committee's prefix before the running number, a minute number after "Min. No.", roman numerals
     # as US minutes number their business, a year and a running number
     "C.101 Apologies", "Min. No. 23/145 Apologies", "II. ROLL CALL", "2024-01 Apologies",
     # probe: an English parish clerk's "Min" before each minute's number
     "Min 24/101 Apologies for absence", "Min. 24/102 Declarations of interest",
     # probes: a fire authority's and an Irish council's minutes titled by the agenda's item
     "Agenda Item 5 – Apologies", "AGENDA ITEM 5: APOLOGIES", "Item No. 5 Confirmation of Minutes",
     # probes: a parish's year and a two-digit running number; a US board's lettered sections numbered under
     # their letter, and numbered items lettered in lower case
     "24/01 Apologies for absence", "E.1 Approve Contract with Bright Futures Tutoring",
     "3.a CUP 2024-02 – 455 Harbor Blvd, Drive-Through Restaurant",
     # probes: Legistar's "3.A." and a sub-item lettered onto its number ("4a.") close with a full stop
     "3.A. Resolution Authorizing a Contract with Acme Paving for Street Repairs", "4a. Parking Ordinance",
     # probe: a Quebec municipality prints the resolution's number before the item's
     "2024-03-042 2. Adoption de l'ordre du jour",
     # probe: an English town council prefixes the body's letter to the year and running number
     "C24/051 TO RECEIVE APOLOGIES FOR ABSENCE",
     # probe: modern.gov councils print the committee's initials, a space, then the year and running number
     "AP1 25/13 DECLARATIONS OF INTEREST", "PC 24/101 Apologies for absence",
     # probe: a town council's committee letters before the running number, then the year ("PT101/25")
     "PT101/25 APOLOGIES FOR ABSENCE", "F12/24 Accounts for payment",
     # probe: a Northern Irish council's planning committee numbers from 1 within the year ("P1/24"), as an English
     # town council's "C1/25 APOLOGIES"
     "P1/24 DECLARATIONS OF INTEREST", "C1/25 APOLOGIES",
     # probe: a district council's committee letters, a full stop, then the running number and the year
     "LSC.12/24 ELECTION OF CHAIRMAN",
     # probe: an English parish council's planning committee numbers its minutes from 1 after its initials ("PL.1"),
     # as a town council's finance committee "FIN.3 Accounts for payment"
     "PL.1 APOLOGIES", "FIN.3 Accounts for payment",
     # probe: Scottish councils number minutes in roman numerals without a stop (BARE_ROMAN_MINUTE)
     "II HOUSING REVENUE ACCOUNT - RENT SETTING AND REVENUE BUDGET 2022-2025", "I DECLARATION OF INTEREST",
     # probe: an Ontario township's minutes number with a closing bracket
     "1) Call to Order", "12) Confirmatory By-law",
     # probe: an English town council prints "Minute" before each minute's year and running number
     "Minute 23/145 Apologies for absence", "MINUTE 24/07 PLANNING APPLICATIONS",
     # probe: an Ontario town's sub-item titled by the year it concerns
     "6.1 2024 Capital Budget Amendments",
     # probe: a Welsh town council's four-digit year and running number, the title in capitals (a financial year
     # before a title in the text's case stays a title: "2023/24 Budget Monitoring was discussed at length.")
     "2024/31 APOLOGIES FOR ABSENCE",
     # probes: an English parish's running number before the year ("1/24"); a New South Wales council's "ITEM 5 –"
     "1/24 To receive apologies for absence", "ITEM 5 – CONFIRMATION OF MINUTES"],
    flags=0,
    counter_examples=["2019 Planning Commission minutes.", "Minute 23/140 was amended to read as follows.",
                      "Agenda item 5 was deferred to the next meeting.", "12 2023 Annual Report was received.", "10, 2014 and the appointment will be in September.",
                      "23/00012/HH 4 Church Lane – Single storey rear extension. No objection.",
                      "2023/24 Budget Monitoring was discussed at length.",
                      "PL1234/25 was granted permission by the Borough Council.",
                      "1) That the contents and recommendations of the report be noted by the Children's Services",
                      "7.p.m. The meeting closed.", "2nd. Reading of the Ordinance",
                      # a French list of members, Monsieur abbreviated before the surname in capitals
                      "M. AMIOT Yannick, M. CHARPENTIER Franck, M. CLAIR Jean-Michel, Mme"],
)

# In minutes of a joint meeting that number each minute with the acting body's initials ("(*10-76 CIC) …"), a
# body that numbers none prints its initials alone: "(*ARRA) Recommendation to Approve a Waiver of License Fees".
ACTING_BODY_ONLY = Convention(
    "minute numbered by its acting body's initials alone",
    r"^\(\*?(?P<body>[A-Z]{2,5})\)\s+(?P<title>[A-Z].{3,})$",
    ["(*ARRA) Recommendation to Approve a Waiver of License Fees for Alameda Naval Air",
     "(ARRA) Alameda Reuse and Redevelopment Authority Board Composition: Options for"],
    flags=0,
    counter_examples=["(*10-76 CIC) Minutes of the Special Community Improvement Commission Meeting held",
                      "(c) the capital programme set out in Appendix B."],
)

# Three asterisks on a line of their own set an aside in the record of a minute: a member leaving the dais
# for a moment, a motion taken out of turn ("(10-561 CC/10-78 CIC) … moved approval of continuing the meeting
# past 12:00 midnight"). A second mark closes it; the text after it is the minute's it interrupted.
ASIDE_MARK = Convention(
    "aside between asterisks",
    r"^\s*\*\s*\*\s*\*\s*$",
    ["* * *"],
    counter_examples=["* Items so enacted or adopted are indicated by an asterisk"],
)

# A line of a table of contents: a title run out to its page number by a dot leader.
CONTENTS_ENTRY = Convention(
    "table of contents entry",
    r"(?:\.\s?){4,}\s*\d{0,4}\s*$|…{2,}\s*\d{0,4}\s*$",
    ["39 § Sammanträdets laglighet och beslutförhet ............................................................................. 1"],
    counter_examples=["39 § Sammanträdets laglighet och beslutförhet"],
)

# An item number with a file number in place of a title ("7-A 2019-7106"); the title follows below.
NUMBER_WITH_FILE = Convention(
    "item number with a file number",
    r"^(?P<number>\d{1,2}-[A-Z])\.?\s+(?P<file>\d{4}-\d{2,6})$",
    ["7-A 2019-7106"],
    flags=0,
)

# Where the title ends and the minute's text begins on an all-caps heading line.
# A resolution recorded in one compact line, as Ontario townships print them: its number, then the mover
# and the seconder (initials and surnames), the motion under it and "Carried." after it:
# "R2025-024 S.Kirkey, J. Scott:" over "That the minutes of the regular Council Meeting … be adopted".
_INITIALLED = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+"
RESOLUTION_MOVERS = Convention(
    "resolution number with its mover and seconder",
    r"^(?P<number>[A-Z]{1,3}\s?\d{2,4}-\d{1,4})\s+(?P<mover>" + _INITIALLED + r")\s*[,/&]\s*(?P<seconder>"
    + _INITIALLED + r")\s*:?\s*$",
    ["R2025-024 S.Kirkey, J. Scott:", "R2025-30 S. Kirkey, J. Scott:", "R2025-032 S. Foote, L. Chalapenko:"],
    flags=0,
    counter_examples=["7-A 2019-7106", "88. 24/00108 - Revenue and Capital Budget Monitoring Report – November",
                      "(14-332 CC) Presentation by the Tomorrow Youth Repertory: Shrek – The Musical."],
)
# A title then, after a dash on its line, what the minute records: "7.5 One Drive Set Up – B. Robinson to set up
# before the next meeting.", or the resolution it gave rise to: "7.2 Appoint Secretary/Treasurer – Resolution 2024-03"
# (a dash the text layer lost prints as "\ufffd").
TITLE_DASH_TEXT = Convention(
    "title, dash, the minute's text",
    r"^(?P<title>\S.{2,}?)\s+[–—\ufffd-]+\s+(?P<rest>Resolution\s+(?:No\.?\s*)?[\w/-]*\d[\w/-]*"
    r"|[A-Z][^\W\d]*\.?(?:\s+[^\s\d–—\ufffd]+){3,}\.)$",  # a sentence, not a title's dates ("– Period of June 1, 2019 …")
    ["One Drive Set Up \ufffd B. Robinson to set up before the next meeting.",
     "Oath of Office - All members completed their Oath of Office.", "Appoint Secretary/Treasurer \ufffd Resolution 2024-03",
     "Adoption of the Agenda - Resolution 2024-01"],
    flags=0,
    counter_examples=["Application for a Premises Licence – The Crown, High Street",
                      "Conference with Legal Counsel – Anticipated Litigation; Significant",
                      "Revenue and Capital Budget Monitoring Report – November",
                      "Activity Report – Period of June 1, 2019 through August 31, 2019."],
)
# A title in title case ended by a full stop, then the minute's first sentence on the same line:
# "5-A Homelessness Updates and Initiatives. Bagtas reported on the following:".
_TITLE_WORD = r"(?:[A-Z][\w'’/-]*|of|and|the|for|to|in|on|at|a|an|&)"
TITLE_STOP_SENTENCE = Convention(
    "title-case title, full stop, the minute's text",
    r"^(?P<title>[A-Z][\w'’/-]*(?:\s+" + _TITLE_WORD + r"){1,12}\.)\s+(?P<rest>[A-Z][\w'’-]*(?=.*\s[a-z]{3,})(?:\s+\S+){2,}[.:])$",
    ["Homelessness Updates and Initiatives. Bagtas reported on the following:",
     "Staff Communications. The Director gave an update on the budget."],
    flags=0,
    counter_examples=["Ordinance No. 3103, Alameda Open Space Fiscal Responsibility Ordinance",
                      "Mr. Smith reported on the following:", "Budget Monitoring Report.",
                      "Consent Calendar. Items A Through D."],
)
TITLE_COLON = Convention(
    "capitals title ended by a colon",
    # (what follows in capitals too is the rest of the title: "PUBLIC HEARING: 120 ELM STREET VARIANCE")
    # (a field's label is no title: "SUMMARY: Approve External and Internal Financing …" is one title)
    r"^(?!(?:SUMMARY|SUBJECT|RE|TOPIC|PURPOSE)\s*:)"
    r"(?P<title>[A-Z][A-Z ,&/'’()-]{2,80}):\s*(?P<rest>(?![^a-z:]*[A-Z]{3}[^a-z:]*$).*)$",
    ["CONVENE: 7:00 p.m.", "ROLL CALL: Present: Chair Owens, Board Members Hoffman, and Jasper",
     "MINUTES: Meeting of May 5, 2011 (postponed due to lack of quorum)", "ADJOURNMENT: 8:03 P.M."],
    flags=0,
    counter_examples=["PLN17-0538 - Final Architectural Design - 1825 Park Street - Applicant: Paul Patel",
                      "PUBLIC HEARING: 120 ELM STREET VARIANCE",
                      "SUMMARY: Approve External and Internal Financing Not to Exceed $5 Million for the Construction of"],
)


# --- Attendance (parse stage) ---

# Attendance labels by the list each opens, in every language of the corpus. A label stands on a
# line of its own ("PRESENT", "Beslutande", "◯出席委員（13名）") or opens its list ("PRESENT: Mr R W Gough
# (Chairman), …"); the longer wording of a language comes first ("Övriga närvarande" before "närvarande").
# Who attended from elsewhere: "Via Teleconference: Commissioner Dana Fox", "Remote:", "Present via Zoom:", "Zoom: Alana
# Valle and Tim McBride, Pinchin." A member so listed was present, anyone else attended (extract.parse.people).
# Only as a field's label: a minute titled "Zoom meetings" is no roll call.
REMOTE_ATTENDANCE_LABELS = [
    r"(?:(?:members\s+)?present\s+|attending\s+|participating\s+)?(?:(?:via|by|on)\s+(?:zoom|teams|microsoft\s+teams"
    r"|tele(?:phone|conference)|video\s?(?:link|conference)|webex)|remotely|virtually|online|in\s+person)",
    r"remote(?:\s+attendance|\s+attendees|\s+participants)?", r"zoom", r"virtual(?:\s+attendance|\s+attendees)?"]
REMOTE_ATTENDANCE_LABELS = [label + r"(?=\s*(?::|[–-]\s|$))" for label in REMOTE_ATTENDANCE_LABELS]  # a field's label
ATTENDANCE_LABELS = {
    # ("Attending:" heads Scottish councils' officers, US boards' "Others Attending:", "Staff Attending:")
    # (Western Australian councils list their officers as "Employees:")
    # (US school boards list their administrators: "Administration Present:", "Administrators Present:", and any
    # others: "Others Present:", "Staff Members Present:")
    "in_attendance": [r"(?:also\s+)?in\s+attendance(?:\s+virtually)?", r"also\s+present", r"staff(?:\s+members)?(?:\s+present)?",
                      r"employees(?:\s+present)?", r"(?:administration|administrators|others)\s+present",
                      r"(?:also\s+|others\s+|staff\s+|officers\s+)?attending",
                      r"non-?members\s+present", r"scribe", r"minute[- ]?(?:taker|secretary)",
                      r"officers(?:\s+present|\s+in\s+attendance)?", r"officials(?:\s+present|\s+in\s+attendance)?", r"övriga\s+närvarande", r"muut\s+läsnäolijat", r"muut\s+(?:saapuvilla|läsnä)\s+olleet", r"hefyd\s+yn\s+bresennol", r"yn\s+bresennol\s+hefyd",
                      r"swyddogion(?:\s+yn\s+bresennol)?",  # Welsh: the officers present
                      # Norwegian and Danish protocols: the officers "from the administration" ("Fra administrasjonen
                      # møtte: Rune Aas (kommunedirektør)"; a Danish byråd's "Fra administrationen deltog:")
                      r"fra\s+administrasjonen(?:\s+møtte)?", r"fra\s+administrationen(?:\s+deltog)?",
                      r"委員会説明員", r"出席説明員", r"説明員", r"説明のため出席した者",
                      r"(?:職務のため出席した)?事務局(?:出席)?職員(?:出席者)?",
                      r"(?:est|sont|étai(?:en)?t)\s+(?:également|aussi)\s+présent(?:e|s|es)?",
                      r"assist(?:e|ent|aient)\s+(?:également|aussi)(?:\s+à\s+la\s+séance)?"],
    "public": [r"members\s+of\s+the\s+public"],
    # (a member absent who gave notice sent apologies: "Absent with notice:", "Absent with apologies:")
    "apologies": [r"absent\s+with\s+(?:notice|apolog(?:y|ies))", r"apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|noted|submitted|given|tendered)(?:\s+from(?=\s*:))?)?", r"(?:absent\s+with\s+)?regrets", r"ymddiheuriadau",
                  # US boards: "Excused: Commissioner Gray", "Excused Absence:", "Absent/Excused:"
                  r"(?:absent\s*/\s*)?excused(?:\s+absences?)?",
                  # Australian and New Zealand councils grant members leave ahead of the meeting: "Leave of Absence"
                  r"(?:approved\s+)?leaves?\s+of\s+absence(?:\s+previously\s+approved)?",
                  r"(?:(?:[ée]taient\s+)?absent(?:e|s|es)?\s+(?:et\s+)?)?excusé(?:e|s|es)?",
                  # Norwegian "Forfall" / "Meldt forfall" (notice of absence given), Danish "Afbud"
                  r"(?:meldt\s+)?forfall", r"afbud"],
    # (before the wordings they hold: "Absent without apologies", "Not present" are absent, not apologies or present)
    "absent": [r"absent\s+without\s+(?:apolog(?:y|ies)|notice|leave)", r"not\s+present", r"not\s+in\s+attendance",
               r"(?:(?:[ée]taient|est|sont)\s+)?absent(?:e|s|es)?", r"frånvarande", r"poissa", r"fraværende", r"ikke\s+møtt", r"欠席委員", r"欠席議員", r"欠席者"],
    "substitutes": [r"substitute\s+members?", r"substitutes?", r"(?:tjänstgörande\s+)?ersättare", r"varajäsenet", r"suppléants?",
                    r"(?:møtende\s+)?varamedlemmer", r"stedfortrædere"],  # Norwegian, Danish
    "remote": REMOTE_ATTENDANCE_LABELS,
    "present": [r"present", r"attendance", r"attendees", r"i\s+l[áa]thair", r"sederunt", r"roll\s+call", r"(?:saapuvilla|läsnä)\s+olleet(?:\s+jäsenet)?", r"(?:yn\s+)?bresennol", r"presennol", r"närvarande", r"beslutande", r"läsnä",
                r"til\s+stede", r"møtende\s+medlemmer", r"deltagere", r"deltakere",  # Norwegian, Danish
                r"(?:[ée]taient\s+|sont\s+|est\s+|membres\s+)?présent(?:e|s|es)?", r"出席委員", r"出席議員", r"出席者"],
}
_LABEL_WORDS = "|".join(label for labels in ATTENDANCE_LABELS.values() for label in labels)


def attendance_list_of(label: str) -> str:
    """The list an attendance label opens: "Apologies for absence" → "apologies", "Övriga närvarande" →
    "in_attendance", "Members of the public" → "public"."""
    label = re.sub(r"\s+", " ", label.strip())
    return next((key for key, labels in ATTENDANCE_LABELS.items()
                 if any(re.fullmatch(pattern, label, re.IGNORECASE) for pattern in labels)), "present")


ATTENDANCE_LABEL = Convention(
    "attendance block label",
    r"^(?:\d{1,2}(?:\.\s*|\s+(?=[\u3040-\u9fff])))?[◯○●・]?(?:roll\s+call\s*[-:–]?\s*)?\[?(?:(?:[A-Z]\w*\s+){0,3}?(?:members\s+)?)??"
    # a bilingual label gives its translation after a slash: "Presennol / Present:", "Ymddiheuriadau / Apologies"
    # (a note on the list in brackets: "（13名）", "Apologies (with reasons):", an English parish's; "Present (voting members):")
    r"(?P<label>" + _LABEL_WORDS + r")\b(?:\s*/\s*(?:" + _LABEL_WORDS + r")\b)?(?:\s*[（(][^）)]{0,20}[）)])?"
    # a colon and a dash (":-") close the label in older British and Scottish minutes ("Present:-")
    r"\s*(?::[-–]?|-|–|\s|$)\s*",
    ["Present", "Apologies: Myra Potter, Parent Government Representative", "Present:-", "Also Present:-",
     "In attendance: Councillor James Halden, Portfolio Holder for Education and Health",
     "ROLL CALL: Present: Catherine Atkin, President", "Absent: Vice-Chair Rauk and Board Member Lynch",
     "Members of the Public - Mr & Mrs Johnstone and Mr D Bellsham", "Apologies - None",
     "Transportation Commission Members Present:", "Staff: Jane Chisaki, Library Director",
     "ROLL CALL - Present: Councilmembers/Authority Members Chen, Daysog,",
     "[Staff present: Chief Assistant City Attorney Michael Roush; Assistant",
     "Roll Call: Vice-President Pravda Wright, Boardmember Moustafa Aly",
     "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth,", "PRESENNOL", "Beslutande",
     "Övriga närvarande", "◯出席委員（13名）", "◯欠席委員", "◯委員会説明員", "ROLL CALL",
     "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr D Jeffrey,",
     "Étaient présents : Mmes et Mrs Fabrice BERJONNEAU, Juliette DELAVALLE, Angélique",
     # probes: a Quebec municipality's officer, an Irish county council's bilingual label
     "Assiste également à la séance : Mme Lise Pelletier, directrice générale et greffière-trésorière",
     "I LATHAIR / PRESENT:", "Sederunt: Councillor Fiona MacLeod (Convener), Councillors Grant and Fraser",
     "Excused: Commissioner Gray", "Absent/Excused: Trustee Gray", "Apologies received from: Cllr Gray",
     "Étaient absents et excusés Patrick CARTIER (pouvoir à Isabelle HÉHUNSTRE), Vaianu FENUAITI",
     "Absentes : Mme GAUTIER Allison, Mme ROY-MARGUERITAT Frédérique",
     "Absent with regrets: Allison Quinn (Powassan)", "Non-Members Present:", "４　出席委員（８名）",
     "６　説明のため出席した者", "事務局職員出席者", "Sont présents : Madame la conseillère Marie Tremblay",
     "Est absente : Madame la conseillère Julie Fortin.", "Est également présente : Madame Sophie Bélanger", "Presennol / Present: Cynghorwyr / Councillors: E Jones",
     "Yn bresennol hefyd / Also present: Mrs A Davies (Clerc / Clerk)",
     "Via Teleconference: Commissioner Dana Fox", "Remote: Councillor K Evans", "Present via Zoom: Cllr A Jones",
     "Attending remotely: Trustee Maria Chen", "Absent without apologies: Cllr Z White", "Not present: Cllr Y Black",
     "Apologies received: Cllr P Hill", "Substitute Members: Cllr Q Long",
     # probe: New Zealand minutes list the members "In Attendance", those absent "Not in Attendance", the officer
     # who took the minutes "Scribe"
     "Not in Attendance: Cr Phil Halse", "Scribe: C Brindle (Senior Democracy Adviser)", "Minute Taker: J Lowe",
     # probe: Irish county councils' staff
     "Officials Present: L. Mulligan, Chief Executive; S. Ryan, Meetings Administrator",
     # probe: an English district council's officers
     "Officers in attendance: Head of Legal Services (A Brown)",
     # probe: a Western Australian shire's members on leave
     "Leave of Absence", "Leave of Absence: Cr Laura Hanna", "Approved Leave of Absence:",
     "Apologies (with reasons): Cllr D Eve (work)", "Present (voting members): Cllr A Smith",
     # probes: a Norwegian kommunestyre's and a Danish byråd's protocols
     "Til stede: Ola Nordmann (ordfører), Kari Hansen", "Forfall: Nina Lie", "Varamedlemmer: Eva Strand for Nina Lie",
     "Fra administrasjonen: Rune Aas (kommunedirektør)", "Deltagere: Anders Jensen (borgmester)", "Afbud: Peter Holm",
     "Fraværende: Peter Holm",
     # probe: a Swedish kommunstyrelse's substitutes who served
     "Tjänstgörande ersättare"],
    counter_examples=["Commissioner Shabazz moved approval of the minutes.", "Presentation of Vision for Webster Street",
                      "◯会議に付した事件", "Protokoll 5/2022", "２ present their apologies", "７　付託議案",
                      "Zoom meeting held on 26 January 2021", "Remote meetings regulations were noted."],
)
# The business a US meeting opens with, printed unnumbered as a heading ("CALL TO ORDER" in Norwalk's
# embedded minutes, "CALL TO ORDER AND ROLL CALL" in East Palo Alto's): the meeting's heading is above it.
OPENING_BUSINESS = Convention(
    "opening business, unnumbered",
    r"^\W*(?:call(?:ed)?\s+to\s+order|pledge\s+of\s+allegiance|flag\s+salute|invocation|roll\s+call)\b",
    ["CALL TO ORDER", "CALL TO ORDER AND ROLL CALL", "Call to Order", "PLEDGE OF ALLEGIANCE"],
    counter_examples=["The meeting will be called to order at 7:00 p.m.", "REGULAR MEETING AGENDA"],
)

# An attendance label anywhere in a minute's title ("1. WELCOME AND APOLOGIES", "52 Apologies for Absence").
ATTENDANCE_TITLE = Convention(
    "minute about attendance",
    r"(?<!\w)(?:" + "|".join(ATTENDANCE_LABELS["present"] + ATTENDANCE_LABELS["apologies"] + ATTENDANCE_LABELS["absent"])
    # (US and Canadian minutes record the roll under the call to order: "1. CALL TO ORDER" over "Present: …")
    + r"|attendance|substitut\w*|call\s+to\s+order)(?!\w)",
    ["WELCOME AND APOLOGIES", "Apologies for Absence", "CROESO AC YMDDIHEURIADAU", "CALL TO ORDER AND ROLL CALL",
     "Substitutes", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "CALL TO ORDER"],
    counter_examples=["Declarations of Interest", "Presentation of Vision for Webster Street", "STAFF COMMUNICATIONS",
                      "Zoom meetings"],
)

# The names a sentence opens with, as its subject: "Commissioner Ayala and Rios were absent."
_NAMES_SUBJECT = r"(?:(?:and\s+|&\s+)?(?:[A-Z][\w.'’-]*|de|van|von|la|le)(?:,\s*|\s+)){1,16}?"

# Apologies recorded in a sentence, not a list: "Apologies were received from Mrs C Bell."
PROSE_APOLOGIES = Convention(
    "apologies given in a sentence",
    r"\b(?:apologies|an\s+apology)(?:\s+for\s+absence)?\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:received|given|tendered|sent|noted"
    r"|submitted|recorded|intimated)(?:\s+and\s+(?:accepted|approved|noted))?\s+(?:from|by|for|on\s+behalf\s+of)\s+"
    r"(?P<who>.+)|\breported\s+apologies\s+(?:from|for)\s+(?P<reported>.+)"
    r"|\bderbyniwyd\s+ymddiheuriadau\s+(?:gan|oddi\s+wrth)\s+(?:y\s+)?(?P<welsh>.+)"
    # the member as the subject: "Cllr R Evans had sent his apologies." (English parishes)
    r"|^(?P<sender>(?-i:" + _NAMES_SUBJECT + r"))(?:had\s+)?(?:sent|tendered|offered|given)\s+(?:(?:his|her|their)\s+)?apolog"
    # Australian and New Zealand councils grant leave: "Leave of absence was granted to Cr M Hill.", "Cr M Hill was
    # granted leave of absence."
    r"|\bleave\s+of\s+absence\s+(?:was|were|had\s+been|be)\s+(?:granted|approved)\s+(?:to|for)\s+(?P<leave>.+)"
    r"|^(?P<granted>(?-i:" + _NAMES_SUBJECT + r"))(?:was|were|had\s+been)\s+granted\s+(?:a\s+)?leave\s+of\s+absence"
    # the apology as the resolution receives it: "That the apology of Councillor Dan Tasker be received and leave of
    # absence granted." (New Zealand district councils), "That the apologies from Cr B Cox be accepted." (Australian)
    r"|\bthe\s+apolog(?:y|ies)\s+(?:of|from)\s+(?P<received>(?-i:" + _NAMES_SUBJECT + r"))(?:be|is|are|was|were)\s+(?:received|accepted|noted)\b",
    ["Apologies were received from Mrs C Bell.",
     "The Democratic Services Manager reported apologies from Mr Bond, Mrs",
     "Apologies received from Cllrs. Peter Harries, Doris Jones, Dorian Jenkins and Andrew Thomas.",
     "Apologies for absence were received from Councillors Peter White and Susan Green.",
     "Apologies for absence were submitted on behalf of Councillor Lee.",
     "Apologies were received and accepted from Cllr G Grey (work commitments).",
     "Derbyniwyd ymddiheuriadau gan y Cynghorwyr Peter Harries, Doris Jones, Dorian Jenkins ac Andrew Thomas.",
     # probes: Northern Irish council minutes record apologies; English ones receive a single apology
     "Apologies were recorded for Alderman Stewart and Councillor Peacock.",
     "An apology for absence was received from Cllr R Evans.",
     # probe: Scottish councils (and their joint boards) "intimate" apologies
     "An apology for absence was intimated on behalf of Mr D Rixson.",
     "Apologies for absence were intimated on behalf of Councillors Bell and Cunningham.",
     # probes: an English parish's member sending apologies; Australian and New Zealand leave of absence
     "Cllr R Evans had sent his apologies.", "Councillors Bell and Dunn sent apologies.",
     "Leave of absence was granted to Cr M Hill.", "Cr M Hill was granted leave of absence.",
     "That the apology of Councillor Dan Tasker be received and leave of absence granted.",
     "That the apologies from Cr B Cox and Cr J Hill be accepted."],
    counter_examples=["Committee resolved to note the apologies.", "Apologies - None",
                      "Apologies for lateness were received from Cllr T Bond.", "The Chair sent a letter of thanks.",
                      "The Chair recorded his thanks for the apologies procedure.",
                      "That the apology of the Council to the residents be noted in the letter."],
)

# Why a member sent apologies, in brackets after the name: "Cllr G Grey (work commitments)", "Cllr M Nelson
# (illness)". A reason is no office: the labels give such a member no role.
ABSENCE_REASON = Convention(
    "reason for an apology",
    r"^(?:due\s+to\s+|on\s+)?(?:ill(?:ness|\s+health)?|unwell|sick(?:ness)?|work(?:\s+commitments?)?|family(?:\s+commitments?|\s+reasons)?"
    r"|holiday|annual\s+leave|leave|personal(?:\s+reasons|\s+commitments?)?|(?:other|prior|previous)\s+commitments?"
    r"|business|bereavement|medical(?:\s+reasons|\s+appointment)?|hospital|child\s*care|caring\s+responsibilities|away"
    r"|travel(?:l?ing)?"
    # French communes' proxies: "Mme Anne Leroy (pouvoir à M. Paul Bernard)", "(a donné procuration à …)"
    r"|(?:a\s+donné\s+)?(?:pouvoir|procuration)\s+à\s+.+|représentée?\s+par\s+.+)$",
    ["work commitments", "illness", "on holiday", "family commitments", "pouvoir à M. Paul Bernard",
     "a donné procuration à Mme Claire Martin"],
    counter_examples=["Clerk", "EDC", "Chair", "Deputy Mayor"],
)

# The note in brackets after a member listed absent that they sent apologies: "Absent: Cllr D Eve (apologies)" (English
# town councils, Australian "Cr X (apology)"); they are apologies, not absent.
ABSENT_WITH_APOLOGIES = Convention(
    "absent, with apologies",
    r"^(?:with\s+)?apolog(?:y|ies)(?:\s+(?:received|given|sent|tendered))?$",
    ["apologies", "apology", "apologies received", "with apologies"],
    counter_examples=["no apologies", "Clerk"],
)
# The note in brackets after a member listed present that they were there for part of the meeting: when they came or
# went ("Cllr Hollick (arrived at 7.01pm)", "Cllr L Smith (arrived at 7.01pm)", probe of an English parish council's
# minutes; "(from 7.45pm)", "(left at 8.30pm)") or only that ("County and Borough Cllr. Hopfensperger (in part)",
# another's): no office. A time is the member's arrival or departure.
PRESENCE_NOTE = Convention(
    "present, for part of the meeting",
    r"^(?:(?P<arrived>arrived|arriving|joined(?:\s+the\s+meeting)?|from(?=\s+(?:\d|item|minute)))"
    r"|(?P<left>left|leaving|departed|until(?=\s+(?:\d|item|minute))))"
    r"(?:\s+(?:the\s+meeting\s+)?(?:at|after|during|before)\b)?\s*(?P<when>.*)$"
    r"|^(?:in\s+part|(?:for\s+)?part(?:\s+of\s+the\s+meeting)?|part-time)$",
    ["arrived at 7.01pm", "from 7.45pm", "left at 8.30pm", "in part", "joined the meeting at 7.15 pm",
     "left during item 6", "for part of the meeting"],
    counter_examples=["Chair", "Clerk", "Deputy Mayor", "Leader of the Council", "from Highways England"],
)
# The member who took the place of one sending apologies, in brackets after them: "Cllr D Eve (substituted by Cllr G
# Gray)", "Councillor A Khan (Councillor B Lowe substituting)" (English districts, as ModernGov prints them).
SUBSTITUTED_BY = Convention(
    "substituted by, after an apology",
    r"^(?:substituted\s+by|substitute:?|sub(?:stitute)?\s+by)\s+(?P<by>.+)$|^(?P<substituting>.+?)\s+substituting$",
    ["substituted by Cllr G Gray", "Councillor B Lowe substituting", "substitute: Cllr G Gray"],
    counter_examples=["Vice-Chair", "substitutes were not appointed"],
)

# Attendance told in sentences, as American minutes do where they print no list: "Responding to roll call
# were Commissioners Perez, Vice Chair Valencia, and Chair Ramirez in person.", "Commissioners Davis and
# Hernandez participated via videoconference.", "Commissioner Ayala and Rios were absent.", "Also
# participating were Jesus M. Gomez, Executive Director; …". Read only where attendance is recorded (the
# preamble, a roll-call minute): "Councilmember X was absent for the vote" under an item is no roll call.
_PRESENT_WERE = (r"^\W*(?i:(?:responding|answering|present)\s+(?:to\s+|at\s+)?(?:the\s+)?roll\s+call|(?:(?:members"
                 r"|councill?ors|council\s?members|commissioners|directors|trustees)\s+)?present)\s+(?i:were|was)\s*:?\s+")
PROSE_ATTENDANCE = Convention(
    "attendance given in a sentence",
    _PRESENT_WERE + r"(?P<present>.+)"
    r"|^\W*(?i:also\s+(?:present|participating|in\s+attendance|attending))\s+(?i:were|was)\s*:?\s+(?P<in_attendance>.+)"
    r"|^(?P<absent>" + _NAMES_SUBJECT + r")(?:was|were)\s+(?:absent|excused)\s*\.?$"
    r"|^(?P<remote>" + _NAMES_SUBJECT + r")(?:participated|attended|joined)\s+(?:the\s+meeting\s+)?"
    r"(?:via|by|remotely|virtually|online|through)\b"
    # Quebec minutes name who presided after the members present: "Formant quorum sous la présidence de Monsieur le maire …"
    r"|^\W*(?i:(?:formant\s+quorum\s+)?sous\s+la\s+présidence\s+de)\s+(?P<chair>.+)"
    # the label run into the opening paragraph, a sentence of its own: "ABERDEEN, 6 March 2024. Minute of Meeting of
    # the FINANCE AND RESOURCES COMMITTEE. Present:- Councillor Yuill, Convener; …" (Scottish councils)
    r"|^\W*(?i:present)\s*:-?\s+(?P<run_in>.+)"
    # "The following members were present: Cllrs A Brown (Chair), B Cole and C Dean." (English parishes)
    # (or the board's members by their title: "The following Trustees were present: Trustee Ken Adams, …", US villages)
    r"|^\W*(?i:the\s+following\s+(?:(?:board\s+|council\s?)?members\s+|councill?ors\s+|trustees\s+|commissioners\s+"
    r"|supervisors\s+|directors\s+|aldermen\s+)?(?:were|was)\s+present)\s*:?\s+(?P<following>.+)",
    ["Responding to roll call were Commissioners Perez, Vice Chair Valencia, and Chair Ramirez in person.",
     "Formant quorum sous la présidence de Monsieur le maire Paul Leduc.",
     "Commissioners Davis and Hernandez participated via videoconference.",
     "Commissioner Ayala and Rios were absent.",
     "Also participating were Jesus M. Gomez, Executive Director; Arnold M. Alvarez-Glasman, Authority Counsel;",
     "Present were Mayor Gilmore, Vice Mayor Bonta and Councilmembers Chen and Tam.",
     "Councilmember Daysog was absent.",
     "Present:- Councillor Yuill, Convener; Councillor Kusznir, Vice Convener; and Councillors Allard and Mennie.",
     "The following members were present: Cllrs A Brown (Chair), B Cole and C Dean.",
     # probe: a US village board of trustees
     "The following Trustees were present: Trustee Ken Adams, Trustee Maria Lopez and Trustee Rita Feld.",
     "Also present were Village Administrator Tom Harris and Village Clerk Amy Chen."],
    flags=0,
    counter_examples=["Before the start of the Meeting, all present were advised that the meeting may be filmed",
                      "Brenda Ruble, and Bill Tuttle were present. City Recorder Leanne Moll declared a quorum.",
                      "The Chair noted that the applicant was absent.",
                      "members at which a quorum was present) to all interested members of the public"],
)
# The same sentence as the text of a roll-call heading ("ROLL CALL" over "Present were Mayor Amorose Groomes, Vice
# Mayor De Rosa, Ms. Alutto, …", an Ohio city council's minutes; Alameda's "Present were Mayor Gilmore, …"): its
# opening words are no name (extract.parse.people reads the names after them).
PRESENT_WERE = Convention(
    "those present, said as a sentence's subject",
    _PRESENT_WERE,
    ["Present were Mayor Amorose Groomes, Vice Mayor De Rosa, Ms. Alutto", "Responding to roll call were Commissioners Perez"],
    flags=0,
    counter_examples=["Present: Mayor Gilmore", "Presentation were given by staff"],
)
# Who opened the meeting, by their office or title and name: "President Dana Wills called the meeting to order at
# 7:00 p.m." (US village boards), "Mayor Burkett called the meeting to order" (Ontario councils), "The meeting was
# called to order at 7:00 p.m. by Mayor Abrams." (Minnesota cities): present, though no roll call names them.
CALLED_TO_ORDER_BY = Convention(
    "who called the meeting to order",
    r"^\W*(?P<who>(?:[A-Z][\w'’.-]*\s+){1,4}?)called\s+the\s+meeting\s+to\s+order\b"
    r"|\bcalled\s+to\s+order\s+(?:at\s+[\d:.]+\s*[ap]\.?m\.?\s+)?by\s+(?P<by>(?:[A-Z][\w'’.-]*\s?){1,4})",
    ["President Dana Wills called the meeting to order at 7:00 p.m.", "Mayor Burkett called the meeting to order at 9:00 a.m.",
     "A meeting of the City Council was called to order at 7:00 p.m. by Mayor Abrams."],
    flags=0,
    counter_examples=["The meeting was called to order at 7:08 p.m.", "The Clerk called the roll."],
)
# How someone attended, said after their name: "Chair Ramirez in person", "(via Zoom)", "remotely".
ATTENDANCE_MANNER = Convention(
    "how a member attended",
    r"\s*\(?\b(?:in\s+person|remotely|virtually|online|(?:via|by)\s+(?:video\s?conference|video|zoom|teams"
    r"|tele(?:phone|conference)|phone))\b\)?",
    ["Chair Ramirez in person", "Alana Valle (via Zoom)", "Councillor Smith attended remotely"],
    counter_examples=["Chair Ramirez called the hybrid meeting to order at 5:48 p.m. in the Council Chambers"],
)

# A member attending in another's place: "Cllr Wood would be substituting, with voting rights, for Cllr Ellis."
SUBSTITUTION = Convention(
    "member substituting for another",
    r"(?P<who>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:was|were|would\s+be|is)"
    r"\s+(?:substituting|attending\s+as\s+(?:a\s+)?substitute)|attended\s+as\s+(?:a\s+|the\s+)?substitute|substituted)\b[^.]*?\bfor\s+"
    r"(?P<for>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
    ["meeting Cllr Wood would be substituting, with voting rights, for Cllr Ellis.",
     # probes of ModernGov minutes
     "Councillor Tom West attended as a substitute for Councillor Mark Hill.",
     "Councillor Ali Khan substituted for Councillor Peter White."],
    flags=0,
    counter_examples=["The Chairman advised that Birmingham City Council is responsible for this service."],
)

# Under a "Substitutes:" label, who attended in whose place: "Councillor X Young for Councillor Z Adams".
SUBSTITUTE_FOR = Convention(
    "substitute for a member, in a substitutes list",
    # (Swedish "för" / "ersätter", Danish "for": "Lisa Ek (S) för Karl Ek (SD)", a kommunstyrelse's serving substitute)
    r"\s+\(?(?:for|in\s+place\s+of|replacing|substituting\s+for|för|ersätter)\s+(?=\S)",
    ["Councillor Ali Khan for Councillor Peter White", "Cllr Wood in place of Cllr Ellis",
     # probe: an English district's substitute, the member replaced in brackets
     "Councillor G Reed (for Councillor H Stone)", "Lisa Ek (S) för Karl Ek (SD)", "Lisa Ek (S) ersätter Karl Ek (SD)"],
    counter_examples=["Councillor Ali Khan (Vice-Chair)"],
)

# A note in brackets after a member present that they sat as a substitute: "Councillor Mark Whittington (substitute for
# Councillor Robert Leadenham)", "Councillor Sue Woolley (as a substitute for Councillor Max Sawyer)", "Ed Plowden
# (substitute for Cllr Fi Hance)" (English district and city councils' committees): a substitute, present.
SUBSTITUTE_NOTE = Convention(
    "note that a member present is a substitute",
    r"^\W*(?:as\s+(?:a\s+|the\s+)?)?(?:substitute|substituting|sub)\b(?:\s+(?:member\s+)?(?:for|in\s+place\s+of)\s+(?P<for>.+))?$"
    # in the member's place, in brackets after the name: "Clayton (vice Randall Johnson)" (Devon and Somerset fire
    # authority's and Devon's committees, probe), "Cllr Smith (for Cllr Jones)", "(in place of Cllr Jones)" (English
    # district councils); "vice" in lower case before a name, not the office "Vice Chair"
    r"|^\W*(?:(?-i:vice)|in\s+place\s+of|replacing)\s+(?!(?i:chair|president|mayor|convener|principal|provost)\b)(?P<vice>(?-i:[A-Z]).+)$"
    r"|^\W*for\s+(?P<for_member>(?:cllr|councillor|cr|alderman)\b.+)$",
    ["substitute for Councillor Robert Leadenham", "as a substitute for Councillor Max Sawyer", "Substitute",
     "substituting for Cllr Ellis", "Substitute Member for Cllr Jones", "vice Randall Johnson", "vice Councillor Brazil",
     "for Cllr Jones", "in place of Councillor Lee"],
    counter_examples=["Vice-Chairman", "Substitutes Panel Chair", "substituted by Cllr G Gray", "Vice Chair", "vice Chair",
                      "for the item on housing"],
)
# A line of a checkbox attendance table: one box a column, ticked for who attended
# ("[X] Lindvall Mikael, ordförande [ ] Eklund Karita": a member present, a substitute not called).
CHECKBOX = Convention(
    "checkbox in an attendance table",
    r"\[\s*(?P<mark>[Xx✓✔×])?\s*\]|[☒☑](?P<ticked>)|☐",
    ["[X] Lindvall Mikael, ordförande [ ] Eklund Karita", "[ ] Karf Johannes [X] Rögård Linda"],
    counter_examples=["[Staff present: Chief Assistant City Attorney Michael Roush; Assistant"],
)
# The key under a list of the body's members that marks those present with an asterisk ("Chairman:" / "* Councillor
# P Latham" / "  Councillor M Cooper" / "*Present"), as Hampshire County Council and the fire authority and police and
# crime panel it clerks print their minutes: the document says what its mark means.
PRESENT_MARK_KEY = Convention(
    "key to the mark of members present",
    r"^\(?\s*\*\s*(?:=|-|–|denotes|indicates)?\s*(?:members?\s+)?present\s*\)?\s*\.?$",
    ["*Present", "* Present", "* = present", "(* present)", "* denotes Members present"],
    counter_examples=["*Present at the meeting were Councillors Smith and Jones", "Present: Councillor A Smith",
                      "* Councillor Peter Latham", "Members present"],
)
# Column headings of such a table: the members' column and the substitutes' column.
CHECKBOX_COLUMNS = Convention(
    "columns of a checkbox attendance table",
    r"^\s*(?P<members>ordinarie|members?|ledamöter|jäsenet)\s+(?P<substitutes>ersättare|substitutes?|varajäsenet)\s*$",
    ["ordinarie ersättare"],
    counter_examples=["Övriga närvarande"],
)

# Honorifics and member titles printed before a name ("Councillors", "Board Members"), in every
# language of the corpus (Welsh "Cynghorwyr", "Cyng.").
# The number of members a roll-call list names, before them (Legistar's minutes): "Present: 4 - Councilmember
# Amy Smith, …", "Absent: 1 - Councilmember Dan Lee".
ROLL_COUNT = Convention(
    "count of members before a roll-call list",
    r"^\s*\d{1,2}\s*[-–—]\s+(?=\D)",
    ["4 - Councilmember Amy Smith, Councilmember Bob Jones", "1 - Councilmember Dan Lee"],
    counter_examples=["24-0012 Approval of Minutes", "2 Apologies"],
)

# A name printed surname first, the surname in capitals and a comma before the forenames: "SMITH, John (Chair);
# JONES, Mary" (probe of an English borough's licensing committee, entries cut by semicolons; a county board's
# "O'NEILL, Sean", one a line). The comma is no separator: the capitals mark where the surname ends. Not a surname in
# capitals then an office ("KLINE, Director"), nor names in a list ("Smith, Jones").
SURNAME_FIRST = Convention(
    "surname in capitals, a comma, then the forenames",
    r"^(?P<surname>(?:Ma?c)?[A-Z][A-Z'’-]+(?:\s+(?:Ma?c)?[A-Z][A-Z'’-]+){0,2}),\s+"
    r"(?P<forenames>(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.?)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.?))*)(?P<rest>\s*\([^()]*\))?$",
    ["SMITH, John (Chair)", "JONES, Mary", "O'NEILL, Sean", "McDONALD, J. A.", "VAN DER BERG, Anna"],
    flags=0,
    counter_examples=["Smith, Jones", "KLINE, DIRECTOR", "Hosmer, John Nolan", "Alan Armstrong, EDC"],
)

# A list's common title set before its names with a colon: "Councillors: E Jones (Mayor), D Evans" (in two
# languages, "Cynghorwyr / Councillors:", once BILINGUAL_TITLE has taken the Welsh off). The names' title.
LIST_TITLE = Convention(
    "title over a list of names",
    # or alone on its line over names set in columns ("COUNCILLORS" under a Scottish minute's "Present:-")
    r"^(?P<title>councill?ors|cllrs|cynghorwyr|trustees|commissioners|members|aelodau)\s*(?::\s*|$)",
    ["Councillors: E Jones (Mayor), D Evans", "Cynghorwyr: E Jones (Maer), D Evans", "COUNCILLORS"],
    counter_examples=["Councillors E Jones, D Evans", "Members of the public: 3"],
)
# An attendance label that calls those present members: under it a member's office ("Alice Moreno, Clerk",
# "Robert Vance, Secretary") is an office of the board, not an officer's post.
# A line of members under the list's first name, opening with their title in the plural: ModernGov minutes set
# "PRESENT:" over "Councillor S Patel (Chair)" / "Councillors A Hughes, B Lowe and C Marsh"; Australian and New
# Zealand ones "Crs R Chilcott, V Hoeta".
MEMBERS_LINE = Convention(
    "line of members under their title in the plural",
    r"^(?i:councill?ors|cllrs\.?|crs|cynghorwyr|trustees|commissioners|directors|supervisors|aldermen)\s+[A-Z]",
    ["Councillors A Hughes, B Lowe and C Marsh", "Cllrs. J Smith and K Lee", "Crs R Chilcott, V Hoeta, E Marshall",
     "Cynghorwyr Alun Davies, Arwel Davies"],
    flags=0,
    counter_examples=["Councillors asked about the timetable for the works.", "Councillors: E Jones (Mayor), D Evans"],
)
MEMBERS_LABEL = Convention(
    "label of the members present",
    # (Ontario councils head the list with the body: "Council Present: Mayor Terry Glover; District Councillor Rick
    # Brooks; …", a district councillor there a member of the township's council too)
    r"^(?:\w+\s+){0,2}?(?:(?:board\s+|council\s+|committee\s+)?members|council|committee|councill?ors|commissioners"
    r"|trustees|directors|supervisors|aldermen)\s+present\b",
    ["Board Members Present:", "Council Members Present:", "Commissioners Present:", "Trustees present: Miller, Okafor",
     "Council Present: Mayor Terry Glover; District Councillor Rick Brooks", "Committee Present:"],
    counter_examples=["Present:", "Non-Members Present:", "Also present:", "Staff Present:", "Others Present:"],
)

# An office as a field over the one member who holds it, inside an attendance list: "Cathaoirleach: Councillor
# Mary Brennan" over "Councillors: J. Byrne, P. Doherty, …" (Irish county councils), "Chair: Cllr A Patel". So too an
# English parish's officers under its members ("Councillors: Nic Brown (NB), …" over "Parish Clerk: Helen Spurgeon"
# and "Responsible Finance Officer: Robert Parkes (RP)", probe; "Clerk to the Council: …"): each opens an entry of its
# own, not the last member's name run on. Not a bare "Clerk:", a transcript's speaker reading the roll ("Clerk: Madam
# Speaker Councillor Sharma, …", Winnipeg's Hansard).
OFFICE_FIELD = Convention(
    "office as a field over its holder",
    r"^(?:in\s+the\s+(?=chair\s*:))?(?P<office>(?:leas-)?ch?athaoirleach|(?:vice[- ]|deputy\s+)?(?:chair(?:man|woman|person)?|convener|mayor"
    r"|provost)|lord\s+mayor|leader(?:\s+of\s+the\s+council)?|cadeirydd|maer"
    r"|(?:parish|town|deputy|assistant|acting|locum)\s+clerk(?:\s+to\s+the\s+(?:parish\s+|town\s+)?council)?"
    r"|clerk\s+to\s+the\s+(?:parish\s+|town\s+)?council"
    r"|responsible\s+financ(?:e|ial)\s+officer)\s*:\s+(?=\S)",
    ["Cathaoirleach: Councillor Mary Brennan", "Leas-Chathaoirleach: Cllr P. Doherty", "Chair: Cllr A Patel",
     "Vice-Chair: Councillor R Jones",
     # probe: Northern Irish councils name who presided "In the Chair:" (the office is the chair)
     "In the Chair: Councillor McQuillan",
     "Parish Clerk: Helen Spurgeon", "Responsible Finance Officer: Robert Parkes (RP)", "Clerk to the Council: Mrs S Knowles"],
    counter_examples=["Chairman's announcements: none", "Councillors: J. Byrne, P. Doherty", "In the Chair's absence: none",
                      "Clerk's report: noted", "Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz"],
)

# A title in Welsh and English, the Welsh first: "Cynghorydd / Councillor R Lewis" is Councillor R Lewis.
BILINGUAL_TITLE = Convention(
    "title given in Welsh, then English",
    r"\b(?:cynghorydd|cynghorwyr|cyng|maer|clerc)\s*/\s*(?=(?:councill?ors?|cllrs?|mayor|clerk)\b)",
    ["Cynghorydd / Councillor R Lewis.", "Cynghorwyr / Councillors E Jones"],
    counter_examples=["Cynghorydd R Lewis", "Councillor / Trustee"],
)
# The titles anyone may carry, as against a member's ("Cr", "Councillor", "Trustee"): "Mrs K Smith (Clerk)".
_PERSONAL_TITLES = r"mr|mrs|ms|miss|dr|sir|rev(?:d)?|madam|mmes?|mlle|madame|monsieur|messieurs|mesdames"
PERSONAL_TITLE = Convention(
    "title anyone may carry, not a member's",
    r"^(?:" + _PERSONAL_TITLES + r")\.?$",
    ["Mrs", "Mr.", "Dr", "Madame"],
    counter_examples=["Cr", "Councillor", "Trustee", "Her Worship"],
)
HONORIFIC = Convention(
    "honorific or member title before a name",
    # a parish's minutes name the members of the councils over it by theirs: "District Cllr T Jones", "County Councillor"
    r"^(?:(?:county|district|borough|city|town|parish|unitary)\s+(?=c))?"
    r"(?:councill?ors?['’]?|cllrs?\.?|" + _PERSONAL_TITLES + r"|council\s?members?(?:/authority\s+members?)?"
    r"|council(?:m[ae]n|wom[ae]n|persons?)|alderwom[ae]n|select(?:wom[ae]n|persons?)"
    r"|board\s*members?(?:/commissioners?)?|boardmembers?|commissioners?|members?|authority\s+members?"
    # a US city's advisory committee names its members by their seat there: "Committee Members Karen Smith and …"
    r"|committee\s*members?"
    # Australia and New Zealand write "Cr"; US boards name members by their seat: Trustee, Supervisor, Alderman, Selectman
    r"|crs?|trustees?|supervisors?|alder(?:man|men|persons?)|selectm[ae]n|selectboard\s+members?"
    r"|cynghorwyr|cynghorydd|cyng|his\s+worship|her\s+worship"
    r"|valtuutet(?:tu|ut)"  # Finnish councils: "valtuutettu Matti Virtanen"
    # French and Quebec minutes: "Madame la conseillère Marie Tremblay", "Messieurs les conseillers Jean Gagnon, …"
    r"|(?:la|le|les)\s+(?:conseill[eè]re?s?|maire|mairesse)|conseill[eè]re?s?)\.?$",
    ["Councillors", "Board Members", "Mr", "Boardmember", "Councilmembers/Authority Members", "Commissioner",
     "Cynghorwyr", "Cyng.", "His Worship", "Councilors", "Councillors’", "Mme", "Mmes", "Monsieur", "Cr", "Crs",
     "Trustee", "Supervisors", "Alderman", "Selectmen", "Council Member", "Council Members", "Councilwoman",
     "Alderperson", "Selectwoman", "District Cllr", "County Councillor", "Borough Cllrs", "Valtuutettu",
     "Committee Members", "Committee Member"],
    counter_examples=["District", "County Council", "Town Clerk", "Committee Clerk"],
)

# An office that leads a name ("Chair Owens", "Clerk J H Todd", "Vice Mayor deHaan").
LEADING_ROLE = Convention(
    "office printed before a name",
    # Scottish councils' civic heads: "Lord Provost Ian BORTHWICK", "Depute Provost Smith", "Bailie Will Dawson"
    # a French mayor after the civility and article: "Monsieur le maire Denis Lavoie", "Madame la mairesse Julie Roy",
    # and the deputy who stands in ("monsieur le maire suppléant Richard Michaud", a Quebec town's procès-verbal)
    r"^(?:(?:monsieur|madame|m\.|mme)\s+)?(?:l[ea]\s+(?=maire))?"
    r"(?P<role>maire(?:sse)?(?:\s+suppléante?)?(?=\s+[A-ZÀ-Þ])|(?:acting\s+)?(?:vice[- ]|deputy\s+|depute\s+)?(?:lord\s+)?(?:chair(?:man|woman|person)?|mayor(?:\s+pro\s+tem(?:pore)?)?|president"
    r"|speaker|warden|reeve|provost|convener|bailie)(?:/chair)?|clerk"
    r"|(?:[a-z]+\s+)?(?:district|county|borough)\s+councillor|city\s+clerk|council\s+president|city\s+recorder"
    r"|(?:chief\s+)?(?:assistant\s+)?city\s+attorney|cynghorydd\s+sir"
    # police and fire ranks before a surname: a detachment board's "Inspector McMullen", "Fire Chief Ruiz"
    r"|(?:(?:police|fire|staff)\s+)?(?:deputy\s+|chief\s+)?(?:inspector|sergeant|constable|superintendent|captain|lieutenant|sheriff)(?!-)"
    r"|(?:police|fire)\s+chief(?!-))\b\s*",
    ["Chair Owens", "Clerk J H Todd", "Inspector McMullen", "Staff Sergeant Lee", "Fire Chief Ruiz", "Vice-Chair Rauk", "Vice Mayor deHaan", "Mayor/Chair Gilmore",
     "Acting Chair Schwartz", "Eden District Councillor A Armstrong", "Chief Assistant City Attorney Michael Roush",
     "Council President Arne Nyberg", "Speaker Councillor Sharma", "Cynghorydd Sir Joseph Davies",
     "Deputy Warden Senis", "Warden Clark", "Mayor Pro Tem Ferraro", "Lord Provost Ian BORTHWICK",
     "Depute Lord Provost Bill CAMPBELL", "Bailie Will DAWSON", "Lord Mayor Cllr Sandra Howard",
     # probes: Quebec municipalities and French communes
     "Monsieur le maire Denis Lavoie", "Madame la mairesse Julie Roy", "M. le maire Jean Dupont",
     "monsieur le maire suppléant Richard Michaud"],
    counter_examples=["Fire Chief-MLEO-CEMC Will Bateman", "Chief Executive Ann Lee"],
)

# Who presided, after the list of those present: "Councillor Kevin CORDELL, Convener, in the Chair." (Scottish
# minutes), "Councillor J Smith in the Chair" (English ones): that member, in the office named before the words
# or else as chair (extract.parse.people reads it as "Councillor Kevin CORDELL (Convener)").
IN_THE_CHAIR = Convention(
    "who presided, in the chair",
    r"(?:,\s*(?P<office>[A-Z][\w'-]*(?:\s[\w'-]+){0,3}))?,?\s+(?:was\s+)?in\s+the\s+chair\b\.?",
    ["Councillor Kevin CORDELL, Convener, in the Chair.", "Councillor J Smith in the Chair",
     "Bailie Helen WRIGHT, Depute Convener, in the Chair."],
    counter_examples=["The Chair thanked officers for the report.", "Councillor Smith took the chair at 7.30pm"],
)

# The office of who presides, alone: under "Cathaoirleach: Cllr. Michael Doyle" (Irish councils), "In the Chair:
# Councillor S Wilson" (Northern Irish ones), the members "Also Present" are the members present.
PRESIDING_OFFICE = Convention(
    "the office of who presides",
    r"^(?:the\s+)?(?:lord\s+)?(?:chair(?:man|woman|person)?|cathaoirleach|mayor|conven[eo]r|provost|president"
    r"|presiding\s+member|in\s+the\s+chair)$",
    ["Cathaoirleach", "Chair", "Chairman", "Mayor", "Lord Provost", "Convener", "Presiding Member"],
    counter_examples=["Vice-Chair", "Leas-Chathaoirleach", "Deputy Mayor", "Clerk"],
)

# Words that make a comma-separated piece an office, not a name ("Library Director"), in every
# language of the corpus (Swedish "kanslist, protokollförare", Welsh "Clerc").
# An attendance table read as lines: its rules are lost in a scan or never printed, so only the header names
# its columns ("Attendee Name Title Status Arrived", Granicus' minutes) and each row ends its name and title
# with a status.
ATTENDANCE_TABLE_HEADER = Convention(
    "header of an attendance table without rules",
    r"^\s*(?:attendee\s+|member\s+|members?\s+)?name\s+(?:(?:title|position|role|office)\s+)?(?:attendance\s+)?status\b",
    ["Attendee Name Title Status Arrived", "Name Status"],
    counter_examples=["Name of applicant status of the application"],
)
ATTENDANCE_TABLE_ROW = Convention(
    "row of an attendance table without rules",
    r"^(?P<who>[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){1,6}?)\s+(?P<status>(?i:present|absent|late|excused|remote|apologies))\b"
    r"(?P<rest>\s*(?:[\d:.]+\s*(?i:[ap]\.?m\.?))?\s*)$",
    ["Andrei Garcia Commissioner Late 7:08 p.m.", "Uriel Hernandez Commissioner Absent", "Juan Mendez Alternate Present",
     # probe: a Minnesota city council's roll call, the name and office parted by a comma
     "Marylee Abrams, Mayor Present", "Nikki Villavicencio, Councilmember Absent"],
    flags=0,
    counter_examples=["The public present were invited to speak", "Members of the public were present"],
)

# The first column's header of an attendance table that names the roll call, not the members' title: "Roll Call |
# Present | Absent" over "Trustee Adams | X |" (US village boards).
ROLL_CALL_LABEL = Convention(
    "roll call heading a table's name column",
    r"^(?:roll\s+call|members?(?:\s+of\s+the\s+\w+)?|attendance|attendees?)\s*:?$",
    ["Roll Call", "Members", "Attendance", "Members of the Board"],
    counter_examples=["Roll Call Vote", "Item", "Vote"],
)

# A mark in a column of an attendance table: "Councillor | Present | Apologies" over "Cllr C Dixon |  | X".
TABLE_MARK = Convention(
    "mark in an attendance table's column",
    r"^(?:[Xx✓✔☑■●•*]|(?!no$)[A-Za-z]{1,3})$",
    ["X", "✓", "Yes", "P", "A"],
    counter_examples=["No", "", "Councillor Smith"],
)

# An office of two fields joined by an ampersand, as officers' titles print them (its last word an office word,
# see extract.parse.people.is_role): not a name and an office.
OFFICE_COMPOUND = Convention(
    "office of two fields joined by an ampersand",
    r"^[A-Z][\w'-]*\s+&\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+$",
    # probe: a Northern Irish council's officers
    ["Committee & Member Services Officer", "Planning & Building Control Manager"],
    flags=0,
    counter_examples=["Tilos and Acting Chair", "Smith & Co"],
)

# An office named by what it is of: "Director of Finance", "Head of Planning" (its portfolio may run on past an "and":
# "Director of Finance and Resources").
OFFICE_OF = Convention(
    "office of a portfolio",
    r"^(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$",
    ["Director of Finance", "Head of Planning", "Assistant Director of Adult Social Care"],
    flags=0,
    counter_examples=["Jane Doe", "Councillor Smith", "Leader of the Council and Councillor Brown"],
)

# An office of a portfolio, then its holder's name (first name and surname) without a comma: a combined authority's
# or a mayoralty's deputy mayors ("Deputy Mayor for Policing and Crime Sophie Linden", London; "Deputy Mayor for
# Housing Tom Copley"; US cities' "Deputy Mayor for Public Safety …"), English officers ("Director of Finance and
# Resources Mary Kline", in capitals as US minutes print them). The portfolio is one word, or two joined by "and" /
# "&", none a title nor an office; one after "the" is a body's name, its last words no holder's ("Executive Secretary
# of the Civil Service Board").
PORTFOLIO_THEN_HOLDER = Convention(
    "office of a portfolio, then its holder",
    r"^(?P<office>(?:[A-Z][\w'’-]*\s+){1,3}(?:of|for|OF|FOR)\s+(?P<portfolio>[A-Z][\w'’-]*"
    r"(?:\s+(?:and|AND|&)\s+[A-Z][\w'’-]*)?))\s+(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+"
    # a surname alone, where the line is in capitals: US roll calls name officers so, one a line under the members
    # ("CITY MANAGER ROBERTS" / "DIRECTOR OF FINANCE KLINE"; a city council's minutes, probe, as a county board's
    # "DIRECTOR OF PLANNING HUGHES"); extract.parse.people takes it only from a line wholly in capitals
    r"|[A-Z][A-Z'’-]+)$",
    ["Deputy Mayor for Policing and Crime Sophie Linden", "Deputy Mayor for Housing Tom Copley",
     "Director of Finance and Resources Mary Kline", "DIRECTOR OF FINANCE AND RESOURCES MARY KLINE",
     "DIRECTOR OF FINANCE KLINE", "DIRECTOR OF PLANNING HUGHES"],
    flags=0,
    counter_examples=["Deputy Mayor Jones", "Smith and Deputy Mayor Jones", "Director of Finance and Resources",
                      "Executive Secretary of the Civil Service Board", "Leader of the Council and Councillor Brown",
                      "Director of Finance Operations"],
)

# A member's party in brackets after the name, as English, Welsh, Scottish and Northern Irish councils list members
# ("Councillor A Smith (Con)"), Irish ones ("Cllr M Doyle (FG)"), Swedish and Finnish municipalities ("Anna Andersson
# (S), ordförande", "Matti Virtanen (kok), puheenjohtaja"): no office. A single letter (Sweden's S, M, C, V, L) is a
# party only in a list of two or more (a parish's "Cllr Smith (C)" may be its chair).
PARTY_AFTER_NAME = Convention(
    "party in brackets after a member's name",
    r"\s*\((?P<party>Con|Conservative|Lab|Labour|LD|Lib\s?Dems?|Liberal\s+Democrats?|Green|Grn|Ind|Independent|SNP"
    r"|Plaid(?:\s+Cymru)?|UKIP|Reform(?:\s+UK)?|DUP|SDLP|UUP|TUV|Alliance|FF|FG|SF|KD|SD|MP|SFP"
    r"|kok|kesk|vihr|vas|rkp|sd|ps|kd|liik|[SMCVL])\)(?=[\s,;.]|$)",
    ["Councillor A Smith (Con), Councillor B Jones (Lab)", "Anna Andersson (S), ordförande, Erik Berg (M)",
     "Matti Virtanen (kok), puheenjohtaja", "Cllr M Doyle (FG)", "Cllr A Price (Plaid Cymru)"],
    flags=0,
    counter_examples=["Mr J Smith (CEO)", "Cllr D Eve (Chair)", "Ms A Lee (Clerk)"],
)

# A member's initials in brackets after the name, as parish minutes print them to name who is to act ("Councillors:
# E. Simpson (ES)(Chairman), J Green (JG), … A.Wragg (AWr)", "Nic Brown (NB), … Paul Bown (PAB)", probes of two
# English parish councils' minutes): no office. Taken only where they spell the name before them, first name's
# initial first and surname's last (extract.parse.people); "(CEO)", "(Chair)" after a name are offices.
MEMBER_INITIALS = Convention(
    "a member's initials in brackets after the name",
    r"\s*\((?P<initials>[A-Z][A-Za-z]{1,3})\)(?=[\s,;.(]|$)",
    ["E. Simpson (ES)(Chairman)", "J Green (JG),", "A.Wragg (AWr)", "Paul Bown (PAB)"],
    flags=0,
    counter_examples=["Mr J Smith (C.E.O.)", "Cllr D Eve (work)", "Ms A Lee (Clerk to the Council)"],
)

# Offices whose own name holds "and" (or a comma) where nothing in the words tells it from a list: England and
# Wales's police and crime commissioners and their panels (police, fire and crime ones too), fire and rescue
# authorities' officers, health boards' directors. A list is not parted inside one.
JOINED_OFFICE = Convention(
    "office whose name holds 'and'",
    r"\b(?:Police,\s+Fire\s+and\s+Crime|Police\s+and\s+Crime|Fire\s+and\s+Rescue"
    r"|Health\s+and\s+(?:Wellbeing|Safety|Social\s+Care))\b",
    ["Police and Crime Commissioner Donna Jones", "Police, Fire and Crime Commissioner Roger Hirst",
     "Chief Fire Officer, Fire and Rescue Service",
     "Director of Health and Social Care"],
    flags=0,
    counter_examples=["Cllr A Police and Cllr B Crime", "Councillor Fire and Councillor Rescue"],
)

ROLE_WORD = Convention(
    "office or job title",
    r"\b(?:chair(?:person|man|woman)?|vice|president|director|secretary|clerk|manager|officer|analyst|attorney|engineer|planner"
    r"|co-?ordinator|technician|intern|representative|member|alternate|boardmember|councillor|lead|leader|head|holder"
    r"|consultant|advisor|adviser|mayor|recorder|counsel|executive|speaker|of|for|and"
    r"|superintendent|assistant|administrator|treasurer|chief|deputy|inspector|solicitor|accountant|supervisor"
    r"|auditor|assessor|sheriff|comptroller|registrar"  # US county offices
    r"|commissioner|constable"  # police and crime commissioners, chief constables (English and Welsh police bodies)
    r"|(?:leas-)?c(?:h)?athaoirleach"  # Irish councils' chair and deputy chair
    r"|conven[eo]r|depute|provost"  # Scottish councils' chairs ("Councillor Yuill, Convener; …"), and their civic head
    r"|cadeirydd|clerc|\w*ordförande|ersättare|kanslist|protokollförare|föredragande|\w*sekreterare|\w*representant"
    r"|\w*direktör\w*|\w*chef|\w*koordinator|maire|adjointe?|secrétaire|conseill[eè]re?"
    r"|\w*puheenjohtaja|\w*johtaja|\w*jäsen|sihteeri|esittelijä|pöytäkirjanpitäjä|\w*edustaja|\w*päällikkö"
    r"|directr(?:ice|eur)|greffi[eè]re?|trésori[eè]re?"
    # French offices set their adjectives after the noun, in lower case (Quebec municipalities' "M. Gilles Bertrand,
    # directeur général", "directrice générale adjointe", "le maire suppléant"): words of the office
    r"|générale?|suppléante?|intérimaire)\b"
    r"|(?-i:^[A-Z]{2,6}$)",
    ["Library Director", "EDC", "Portfolio Holder for Education and Health", "Board Member",
     "Senior Human Resources Analyst", "Chair of Alameda", "kanslist, protokollförare", "SST:s representant",
     "General Counsel", "Operations Superintendent", "Deputy Clerk Administrative Assistant", "Fire Chief-MLEO-CEMC",
     "sivistysjohtaja, esittelijä", "varapuheenjohtaja", "directrice générale et greffière-trésorière",
     # probe: an Iowa board of supervisors' officers
     "County Auditor",
     # probe: an Irish county council's members, one a line: "Cllr. M. Foley, Cathaoirleach"
     "Cathaoirleach", "Leas-Chathaoirleach", "Chairperson",
     # probe: a Scottish city council's committee: "Councillor Yuill, Convener; Councillor Kusznir, Vice Convener"
     "Convener", "Depute Convener", "Lord Provost",
     # probe: a Scottish council's officers, in British spelling
     "Development Management Co-ordinator"],
    counter_examples=["Beverly Johnson", "J H Todd", "Lindvall Mikael", "Virtanen Matti", "Conway"],
)

# An office, a dash, then its portfolio, as English councils list their officers by office: "Director – Place and
# Climate Change", "Strategic Director – Place (J Smith)". The holder is named in brackets, or not at all: an office
# alone is nobody's name (the labels list people, not posts).
OFFICE_PORTFOLIO = Convention(
    "office, dash, portfolio",
    r"(?:^|(?<=[,;]))\s*(?P<office>(?:[A-Z][\w-]*\s+){0,3}?(?:Director|Head|Manager|Officer|Lead|Executive))"
    r"\s+[–—-]\s+(?P<portfolio>[A-Z][^,;()]*?)(?:\s*\((?P<name>[^)]+)\))?\s*(?=[,;]|$)",
    # probes: English district and unitary councils' officers
    ["Director – Place and Climate Change", "Strategic Director – Place (J Smith)",
     "Corporate Director - Adults and Health, Head of Legal Services"],
    flags=0,
    counter_examples=["Olive O’Sullivan – Town Clerk", "Becki Leonard - Assistant Town Clerk", "Tim Elwell-Sutton"],
)

# A name, a dash, then the office: "Olive O’Sullivan – Town Clerk, Becki Leonard - Assistant Town Clerk".
NAME_DASH_ROLE = Convention(
    "name, dash, office",
    r"^(?P<name>[^–—-]+?)\s+[–—-]\s+(?P<role>\S.*)$",
    ["Olive O’Sullivan – Town Clerk", "Becki Leonard - Assistant Town Clerk"],
    counter_examples=["Tim Elwell-Sutton"],
)

# A turn in a verbatim transcript opens with its speaker: "Clerk: Madam Speaker Councillor Sharma, …".
SPEAKER_TURN = Convention(
    "speaker of a transcript turn",
    r"^(?P<speaker>(?:madam\s+|mr\.?\s+)?(?:clerk|city\s+clerk|secretary|speaker|chair(?:man|person)?))\s*:\s+(?=\S)",
    ["Clerk: Madam Speaker Councillor Sharma, His Worship Mayor Katz, Councillors Browaty, Eadie, Fielding, Gerbasi,"],
    counter_examples=["Present: Chair Owens, Board Members Hoffman, and Jasper"],
)

# Japanese records print a speaker as office（name）: "◎総務部長（中野晋）", "○委員長（平山たかお）".
SPEAKER_LABEL = Convention(
    "speaker label with office and name",
    r"^[◎○◆●]\s*(?P<role>[^（(\s]+)[（(](?P<name>[^）)]+)[）)]\s*$",
    ["◎総務部長（中野晋）", "○委員長（平山たかお）", "◆委員（下村あきら）"],
    counter_examples=["◯出席委員（13名）"],
)
# A Japanese attendance line: the office, a space, the name and an honorific ("委員長 平山たかお議員");
# officials are printed name and office run together ("中野晋総務部長"), and a group ends "ほか" (and others).
OFFICE_SPACE_NAME = Convention(
    "office, space, name with honorific (Japanese)",
    r"^(?P<role>\S+)\s+(?P<name>\S+?)(?:議員|委員|氏|君|様|さん)?$",
    ["委員長 平山たかお議員", "副委員長 北尾ゆか議員"],
    counter_examples=["中野晋総務部長"],
)
# A line opening the next section of a Japanese record, which ends an attendance list above it: a
# mark ("◯会議に付した事件"), a number before the section's name ("７　付託議案"), the time of opening.
RECORD_SECTION = Convention(
    "next section of a Japanese record",
    r"^\s*(?:[◯○●■□◇◆]|[\d０-９]{1,2}[\s.．、]+(?=[\u3040-\u9fff])|[［\[]?\s*(?:午前|午後)\s*[\d０-９]+\s*時)",
    ["◯会議に付した事件", "７　付託議案", "午前１０時開議", "［午前10時 開会］"],
    counter_examples=["１番　山田太郎君　２番　鈴木一郎君", "委員長 平山たかお議員", "7 Planning applications"],
)
# The fields a Swedish or Finnish protocol's first page sets after its attendance: who checks the minutes, when and
# where, the signatures, the sections it holds. Each is the next field, never a name wrapped onto an attendance list.
PROTOCOL_FIELD = Convention(
    "field after a Nordic protocol's attendance",
    r"^\s*(?:utses\s+att\s+justera|(?:protokoll)?justerare|justeringens\s+plats\s+och\s+tid|justering|underskrifter"
    r"|paragrafer|anslag|pöytäkirjantarkastaja(?:t)?|pöytäkirjan\s+tarkastus|tarkastusaika|allekirjoitukset|pykälät"
    # Norwegian and Danish protocols head their business "Saksliste" / "Dagsorden" under the attendance (probes)
    r"|saksliste|dagsorden)\b",
    ["Utses att justera: Erik Berg", "Justeringens plats och tid: Kommunhuset 2024-03-15", "Paragrafer: 45–48",
     "Saksliste", "Dagsorden",
     "Pöytäkirjantarkastajat: Matti Virtanen ja Liisa Korhonen", "Allekirjoitukset"],
    counter_examples=["Erik Berg, justerare", "Per Dahl, nämndsekreterare"],
)
# An office in a Japanese attendance list, before the name it belongs to: lists of several entries a line
# ("委員長　山田　太郎　　副委員長　鈴木　一郎", "建設局長　田中　次郎", "１番　山田太郎君") are divided at each.
JAPANESE_OFFICE = Convention(
    "office opening an entry of a Japanese list",
    r"^(?:副?(?:委員長|議長|市長|町長|村長|知事)|委員|議員|教育長|[\d０-９]{1,3}番"
    r"|\S{0,14}(?:局長|部長|課長|室長|所長|次長|管理者|参事|主幹|理事|書記|主査|係長|担当))$",
    ["委員長", "副委員長", "委員", "建設局長", "道路部長", "１番", "副市長"],
    counter_examples=["山田", "太郎", "平山たかお議員"],
)
AND_OTHERS = Convention(
    "and others, closing a list",
    r"\s+(?:ほか|他)$|,?\s+(?:and\s+others|et\s+al\.?)$",
    ["後藤司クリエイティブ産業振興室長 ほか"],
    counter_examples=["中野晋総務部長"],
)

# A list closed by its last entry ("… and Tim McBride"), then, after a comma, where they all came from:
# "Alana Valle and Tim McBride, Pinchin." (an office there is the last person's: "… and P Moran, Clerk").
GROUP_AFTER_LIST = Convention(
    "the body a list of people came from, after its last entry",
    r"^(?P<list>[^;()]*\band\s+[^,;()]+?),\s*(?P<group>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|of|and|&)){0,4})\.?$",
    ["Alana Valle and Tim McBride, Pinchin.", "Jane Doe and John Roe, Arup Associates"],
    counter_examples=["Councillors Lisa Chalapenko, Shelly Foote, Stephen Kirkey, and James Scott.",
                      "Board Members Hoffman, and Jasper"],
)

# Honours and letters printed after a name, part of no name: "Mr R C Love, OBE", "Mr Kite MBE".
POSTNOMINAL = Convention(
    "honours after a name",
    r"(?:[OMCKDG]BE|BEM|KC|QC|JP|DL|MP|MEP|MSP|CMC|PhD)",
    ["OBE", "MBE", "CBE", "CMC"],
    flags=0,
    counter_examples=["Mr", "BMLSCB"],
)

NOBODY = Convention(
    "nobody listed",
    # Welsh "Dim" (none) closes its line, stop and all ("Dim." under "Ymddiheuriadau", a community council's minutes);
    # "Dim ond …" (only …) opens a sentence
    r"^\W*(?:none|nil|n/a|no\s+apologies|inga|ingen|aucune?|dim\b(?=[\s.]*$))\b|^\W*なし"
    # said in a sentence under its label ("Absent:" over "There were no absences", an English parish's minutes) or
    # for a list with none in it ("No members of public were present", another's, under those present)
    r"|^\W*there\s+(?:were|was)\s+(?:no|none|nobody)\b"
    r"|^\W*(?:nobody|no[\s-]one|no\s+(?:absences|absentees|substitut(?:es|ions)|members\s+of\s+(?:the\s+)?public|others))\b",
    ["None", "None received", "None.", "なし", "Nil", "N/A", "Dim", "Dim.", "There were no absences",
     "There were no apologies for absence.", "There were none", "No members of public were present", "No absences",
     "No-one", "Nobody"],
    counter_examples=["Dim ond y Cadeirydd a bleidleisiodd", "Dimitri Pappas", "Nilsson, Anna", "Cllr Noone",
                      "Noone, Pat", "Nobuko Tanaka", "There was a quorum present", "Nora Jones"],
)


# --- Decisions (parse stage) ---

RESOLVED_BLOCK = Convention(
    "RESOLVED block",
    # bilingual minutes give the word in Welsh, then English: "PENDERFYNWYD / RESOLVED: that …"
    r"^\s*(?:\(?(?:\d{1,2}|[a-z])[.)]\s*)?(?:(?:PENDERFYNWYD\s*/\s*|CYTUNWYD\s*/\s*)?(?:RESOLVED|AGREED|DECIDED|PENDERFYNWYD)"
    r"(?:\s*\([A-Z][\w'’ .-]*/[A-Z][\w'’ .-]*\))?"  # the mover and seconder, New South Wales: "RESOLVED (Brown/Hoare)"
    r"\s*(?:[:,–-]|that\b|bod\b)?|(?:Resolved|Agreed|Decided)\s*[:–-]"
    # the label in its own type, then the decision's capital: "Resolved That the minutes … be signed" (Northern Irish
    # councils print "Resolved" in bold under "Proposed by …" / "Seconded by … and"); "Resolved that …" is prose
    r"|(?:Resolved|Agreed)\s+(?=That\b)"
    # a committee's decision to recommend to the body above it: "RECOMMENDED TO COUNCIL: That the budget be approved."
    r"|RECOMMENDED(?:\s+(?:TO|to)\s+(?:THE\s+|the\s+)?(?:COUNCIL|Council|CABINET|Cabinet|EXECUTIVE|Executive))?\s*(?:[:–-]|that\b|That\b)"
    # Australian councils head the decision "RESOLUTION:", "COUNCIL RESOLUTION" or "Council Resolution:"
    r"|(?:(?:COUNCIL|COMMITTEE)\s+)?RESOLUTION(?:\s*:|\s*$)|(?:Council|Committee)\s+Resolution(?:\s*:|\s*$)"
    # New Zealand district councils "Resolution" alone on its line over the decision, "Kirton/Doyle Carried" under it
    r"|Resolution\s*$"
    # Western Australian councils "COUNCIL DECISION", over the officer's recommendation adopted as it stood too
    # ("OFFICER RECOMMENDATION / COUNCIL DECISION")
    r"|(?:OFFICER\s+RECOMMENDATION\s*/\s*)?(?:COUNCIL|COMMITTEE)\s+DECISION(?:\s*:|\s*$)"
    r"|(?:Officer\s+Recommendation\s*/\s*)?(?:Council|Committee)\s+Decision(?:\s*:|\s*$)"
    # and number it: "COUNCIL RESOLUTION C1.03.24", "Council Resolution 2024/118"
    r"|(?:COUNCIL|COMMITTEE|Council|Committee)\s+(?:RESOLUTION|Resolution)\s+(?:No\.?\s*)?[A-Z]{0,3}\d[\w./-]*\s*$"
    # Scottish councils name the body alone over its decisions, each led by its verb: "The Committee:" over
    # "i. NOTED the report;" "ii. AGREED the budget …", or with the verb: "The Committee resolved:-" over "(i) to note …"
    r"|(?:The\s+)?(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Commission)(?:\s+(?:resolved|agreed|decided))?"
    r"\s*:-?\s*$)\s*",
    ["RESOLVED:", "RESOLVED that the report be noted", "3. RESOLVED that Cabinet agree to:",
     "27) RESOLVED that the Leader’s report be noted.", "PENDERFYNWYD bod yr adroddiad yn cael ei nodi",
     # ModernGov and CMIS templates: "AGREED:", "Resolved – That …", "Resolved: That …"
     "AGREED: That the work programme be noted.", "Resolved – That Cabinet recommends to Council:",
     "Resolved: That the minutes of the meeting held on 11 January 2023 be confirmed as a correct record.",
     "PENDERFYNWYD / RESOLVED: that the minutes of the meeting held on 9 October 2023 be approved and signed.",
     # probe: an English town council letters the decisions of one minute
     "a) RESOLVED: to approve the schedule of payments for April 2024 totalling £24,310.55.",
     # probe: CMIS councils' "DECIDED: That …"
     "DECIDED: That the expansion of Westford Academy by 150 places from September 2026 be approved.",
     # probe: Australian councils' decision headings
     # probe: an English district committee recommending to full council
     "RECOMMENDED TO COUNCIL: That the Council Tax Support Scheme for 2025/26 be adopted.",
     "RECOMMENDED – That the revised Constitution be adopted.",
     "RESOLUTION:", "COUNCIL RESOLUTION", "Council Resolution:", "COUNCIL RESOLUTION C1.03.24", "Resolution",
     # probe: a Western Australian shire's council decisions
     "COUNCIL DECISION", "OFFICER RECOMMENDATION / COUNCIL DECISION", "Council Decision:",
     "Council Resolution 2024/118",
     # probe: a Northern Irish district council's planning committee
     "Resolved That the minutes of the meeting of the Planning Committee held on 7 January 2025 were signed.",
     # probe: a Scottish area committee's decisions under its name
     "The Committee:", "The Sub-Committee:-", "The Committee resolved:-", "The Board agreed:"],
    flags=0,
    counter_examples=["Resolution No. 2024-031", "RESOLUTION 2024-14 SETTING PUBLIC HEARING", "Council Resolution 2023/45 refers.",
                      "The Councillors resolved to pay all of the above.", "3. Further to comments and questions from Members it was noted:",
                      "Resolved that the minutes of the meeting of Amenities, Leisure and Community Services held on",
                      "Agreed unanimously.", "Decided to defer the item to the next meeting",
                      "The Committee: Councillors Bell, Dunn and Grant", "Committee: Planning Committee",
                      "The Committee agreed that the item be taken in private:",
                      "Recommended reading for members is set out in the appendix.",
                      "Council decision making is set out in the Local Government Act.", "OFFICER RECOMMENDATION:",
                      "Resolution of the dispute is expected in May."],
)
# A decision in capitals inside a sentence, after who took it: "The Committee RESOLVED to recommend …",
# "Members noted the report. It was RESOLVED that …". The motion's "BE IT RESOLVED THAT" is no decision.
RESOLVED_IN_SENTENCE = Convention(
    "RESOLVED after its subject",
    r"(?:(?:^|(?<=[.:;]\s))(?:It\s+was\s+(?:unanimously\s+|therefore\s+|duly\s+)?|(?:The\s+)?(?:[A-Z][a-z][\w-]*\s+){1,3}"
    r"(?:unanimously\s+|therefore\s+)?)(?:RESOLVED|AGREED)"
    # after the proposal in its sentence: "It was proposed by Cllr Turner, seconded by Cllr Wood and RESOLVED that …"
    r"|(?<=\s)(?:and|it\s+was)\s+(?:unanimously\s+|therefore\s+|duly\s+)?RESOLVED|(?<=\s)a\s+ph?enderfynwyd"
    # the decision's label after the sentence before it: "Apologies were received from … . Resolved: to approve the
    # reasons given." (English parish councils)
    r"|(?<=[.;!?]\s)(?:Resolved|RESOLVED|Agreed|AGREED)(?=\s*[:–-])"
    # Irish councils' "Proposed by Cllr X, Seconded by Cllr Y and resolved: “That …”", English parishes' "…, seconded by Cllr Y
    # and unanimously resolved to …" (after a seconder only: "issues were raised and resolved" decides nothing)
    # Northern Irish councils' "Proposed by Councillor X, Seconded by Alderman Y and AGREED – that …"
    r"|(?:(?<=\s)|^)[Ss]econded\s+(?:by\s+)?[^;]{1,80}?\s+and\s+(?:unanimously\s+)?(?:[Rr]esolved(?=\s*[:–-]\s*[“\"]?[Tt]hat\b|\s+(?:to|that)\s|\s*$)"
    r"|(?:[Aa]greed|AGREED)(?=\s*[:–-]\s*[“\"]?[Tt]hat\b)))\b\s*(?:[:,–-]\s*)?(?:that\s*:?\s*)?",
    ["The Committee RESOLVED to recommend the revised policy to Council for adoption.",
     "Members noted the report. It was RESOLVED that the quarterly enforcement update be noted.",
     "The Sub-Committee RESOLVED: That the application be granted.", "Cabinet RESOLVED to approve the strategy.",
     # probes of English parish minutes: the decision closing the proposal's sentence, or after its preamble
     "It was proposed by Cllr Turner, seconded by Cllr Wood and RESOLVED that the minutes of the",
     "Following discussion it was RESOLVED to set the precept at £18,500 for 2024/25.",
     # and in Welsh: "Cynigiwyd gan …, eiliwyd gan … a phenderfynwyd talu'r anfonebau."
     "Cynigiwyd gan y Cynghorydd Roberts, eiliwyd gan y Cynghorydd Williams a phenderfynwyd talu'r anfonebau.",
     # probe: an Irish county council
     "Proposed by Cllr. Nick Killian, Seconded by Cllr. Elaine McGinty and resolved: \"That the minutes of the",
     # probe: an English parish, in lower case
     "After discussion it was proposed by Cllr Dixon, seconded by Cllr Fell and unanimously resolved to set the precept",
     "Cllr Dixon left the meeting. Resolved: to award £500 to Holmfirth Arts. Cllr Dixon returned.",
     # probes: a Northern Irish borough council, an English parish writing the decision's label
     "Proposed by Alderman McCaughey, Seconded by Councillor Wales and AGREED – that the scheme be extended.",
     "Seconded by Alderman Kelly and AGREED – that the Tourism Events Programme 2024/25 be approved at a cost of £120,000.",
     "it was proposed by Cllr Marsh, seconded by Cllr Pryce and Resolved: that the precept for 2024/25 be set at £42,500."],
    flags=0,
    counter_examples=["THEREFORE BE IT RESOLVED THAT the Council of the Township of Nipissing hereby",
                      "AND BE IT FURTHER RESOLVED that future City Councils strongly consider",
                      "RESOLVED that the report be noted", "NOW, THEREFORE, BE IT RESOLVED, and it is hereby resolved",
                      "The matter was discussed and resolved: the Clerk will write to the landowner.",
                      "The Clerk reported. Agreed actions are listed in the appendix.",
                      "The report was seconded by the Vice-Chair and agreed in principle by the Board",
                      "it was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously agreed"],
)

# A field that records the decision under a minute, its label on a line of its own and the decision set
# under it (indented) up to a rule: Swedish and Finnish protocols print the proposal ("… förslag:") and
# then "Välfärdsnämndens beslut:" (the body's decision); an English record of decision "Decision:".
# A minute that quotes earlier bodies' decisions ("Stadsstyrelsens beslut:" under "Tidigare behandling")
# prints this body's last: see extract.parse.minutes.resolved_entries.
DECISION_FIELD = Convention(
    "decision field",
    # (Norwegian "Vedtak:" / "Kommunestyrets vedtak:", Danish "Beslutning:", probes of a kommunestyre and a byråd)
    r"^\W{0,3}(?P<label>(?:[^\W\d_]+s\s+)?(?:beslut|vedtak|beslutning)|päätös|[^\W\d_]+n\s+päätös|decision|décision|penderfyniad)"
    r"\s*:\s*(?:\w{0,2}\s*$|(?P<rest>\S.*))"
    # Scottish minutes head the decision "Decision" on a line of its own, the decision in the text's margin below;
    # so do Swedish and Finnish protocols ("Kommunstyrelsens beslut", "Beslut", "Kunnanhallituksen päätös", "Päätös")
    # (a body of several words: "Barn- och utbildningsnämndens beslut")
    r"|^\W{0,3}(?P<alone>decision|décision|penderfyniad|(?:(?:[^\W\d_]+-\s+och\s+)?[^\W\d_]+s\s+)?(?:beslut|vedtak|beslutning)"
    r"|(?:[^\W\d_]+n\s+)?päätös)\s*$",
    ["Välfärdsnämndens beslut:", "Stadsstyrelsens beslut:", "Vvllvrdsnvmndens beslut:i", "Beslut:",
     "Decision:", "Décision : adoptée à l'unanimité", "Decision", "Kommunstyrelsens beslut", "Päätös",
     "Kunnanhallituksen päätös", "Barn- och utbildningsnämndens beslut",
     "Vedtak: Innkalling og saksliste godkjennes.", "Kommunestyrets vedtak:", "Beslutning: Dagsordenen blev godkendt."],
    counter_examples=["Bildningsdirektör/t välfärdschef Teresia Tötermann-Engström förslag:", "Förslag till beslut",
                      "Subject Matter / Title of Decision", "Stadsstyrelsen beslöt at:",
                      "Decision making is a matter for the Cabinet.", "Decisions", "Forslag til vedtak:",
                      "Beslutningsprotokol"],
)
# The column of a table that gives the decision on each row: "Organisation | Project Summary | Amount Requested |
# Recommendation" (grant applications), "Application | Decision".
DECISION_COLUMN = Convention(
    "decision column of a table",
    r"(?:recommendations?|decisions?|outcome|resolution|resolved|council'?s?\s+(?:response|decision)|response)\W*",
    ["Recommendation", "Decision", "Council's response"],
    counter_examples=["Project Summary", "Amount Requested"],
)

# A proposal put to the body, the field a Swedish or Finnish protocol prints before its decision field:
# a decision field whose label the text layer garbled ("älfälrisälnäieäs besftt:") is the label set like
# this one after the proposal.
PROPOSAL_FIELD = Convention(
    "proposal field",
    r"\b(?:förslag|ehdotus|proposal)\s*:\s*\w{0,2}$",
    ["Bildningsdirektör/t välfärdschef Teresia Tötermann-Engström förslag:", "Stadsdirektör Martn Norrgårds förslag:",
     "Bildningsdirekiör/t välfärdschef Teresia Töterman-Engsiröms förslag:"],
    counter_examples=["Förslag tll mötesdattm sr 2022: msndag 10.1.2022 kl. 16.00, torsdagar"],
)
# The fields an executive's record prints after its decision, no part of it: "Reasons for decision: to comply with
# the School Admissions Code.", "Alternative options considered: none." (English cabinets' and executive members'
# decisions, as ModernGov and CMIS templates print them).
DECISION_AFTERWORD = Convention(
    "field after a decision",
    r"^\W*(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|alternative\s+options?(?:\s+considered)?"
    r"(?:\s+and\s+rejected)?|other\s+options\s+considered|options\s+considered|call[- ]in(?:\s+(?:period|deadline))?"
    r"|vote|appeals?(?:\s+period)?)\b\s*(?::|-|–|$)"
    # a notice's word on appeals or call-in ("This action is final unless appealed …", US planning notices)
    r"|^\W*this\s+(?:action|decision)\s+(?:is|becomes|will\s+become)\s+(?:final|effective)\b",
    ["Reasons for decision: to comply with the School Admissions Code.", "Reason for Decision:",
     "Alternative options considered: none.", "Alternative Options Considered and Rejected", "Other options considered: none",
     # probes: an English district's record of decision, a US planning commission's notice of action
     "Call-in deadline: 12 March 2026", "Vote: 4-1 (Commissioner Ortiz dissenting)",
     "This action is final unless appealed to the Board of Supervisors within 14 days."],
    counter_examples=["Reasons for the delay were given by the Clerk.", "Alternative options were discussed at length.",
                      "Voters in the ward were consulted", "This action plan is final"],
)
# A rule drawn under a decision ("______") closes it.
RULE_LINE = Convention(
    "rule line",
    r"^\s*(?:_{3,}|-{5,}|={5,})\s*$",
    ["______", "-----------"],
    counter_examples=["- Approve the budget"],
)

# The words that open a list of what was decided: "RESOLVED that Council:", "Committee resolved to:".
INTRODUCES_ENTRIES = Convention(
    "decision introducing its parts",
    # or names only who decides, the parts saying what: "DECIDED: That Cabinet" over "(1) notes …" "(2) approves …"
    r"(?i:(?::|:-|\bto\s*:?|\bthat\s*:?)\s*$)|^(?i:that)\s+(?:(?i:the)\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*$",
    ["that Council:", "Committee resolved to:", "that:", "The Committee agreed:-", "That Cabinet",
     "That the Planning Committee"],
    flags=0,
    counter_examples=["that the Leader’s report be noted.", "That Cabinet approves the report.",
                      "That Councillor Smith be appointed Chair."],
)

# A word alone on its line joining two parts of a decision: "And;" between "This Council believes that: a) … d) …"
# and "This Council agrees to call on … to: a) … b) …".
CONNECTIVE_LINE = Convention(
    "connective between parts of a decision",
    r"^\W*(?:and|also|further(?:more)?)\s*[;,:]?\s*$",
    ["And;", "and", "FURTHER:"],
    counter_examples=["And the Council notes the report.", "Anderson"],
)

NUMBERED_ENTRY = Convention(
    "numbered resolution entry",
    r"^\W{0,3}\(?(?:\d{1,2}(?:\.\d{1,2})*[ivx]{0,4}|[a-z]|[ivx]{1,4})[).]\s+(?=\S)",
    [" 1) That the Children's Services Overview and Scrutiny Committee note", "2. That the report be noted",
     # matters arising under the numbers of the last minutes: minute 12, part i
     "12i) A new laptop had been purchased for the Clerk‘s use at a cost of £499.00. It was proposed by Cllr. W.",
     "4.4. 4.12ii) Cllr. Alun Davies was thanked for installing the new defibrillator outside ‘All Small Engines’ in"],
    counter_examples=["That the report be noted", "7.30pm The Chairman welcomed everyone"],
)

PROSE_DECISION = Convention(
    "decision in prose",
    r"\b(?:resolved\b(?!\s+(?:issues?|problems?|and\b))|(?<!\bhas\s)(?<!\bhave\s)agreed\b"  # "X has agreed to host": a report
    r"|(?:was|were|been)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted)\b|approved\s+by\s+the\b"
    r"|(?:committee|council|board|panel|cabinet)\s+resolves\b"
    # the body as the subject of its decision: "The Board approved the Annual Delivery Plan …" (health boards, fire and
    # police authorities, Scottish committees); "The Board noted …" records no decision
    r"|(?:committee|council|board|panel|cabinet|authority|commission)\s+(?:unanimously\s+)?(?:approved|endorsed|adopted|ratified)\b)"
    # Welsh: agreed, resolved, approved, all were agreed
    r"|\b(?:c|ch|g)ytunwyd\b|\bpenderfynwyd\b|\bcymeradwywyd\b|\bpawb\s+yn\s+gytun\b"
    # French: the council decides, approves, adopts ("le Conseil Municipal décide d'attribuer …"), adopted
    # (or with the formula between: "Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE …")
    r"|\bconseil\s+municipal\s+(?:\w+\s+){0,2}?(?:décide|approuve|valide|accepte|adopte|autorise|émet|fixe)\b"
    r"|\bconseil\s+municipal,\s+après\s+en\s+avoir\s+délibéré,[^.;]{0,60}?\b(?:décide|approuve|valide|accepte|adopte|autorise|émet|fixe)\b"
    r"|\badopté(?:e|s|es)?\s+à\s+l.unanimité|\bet\s+(?:unanimement\s+)?résolu\b",
    ["Resolved to pay both", "the Councillors resolved to support these application amendments.",
     "direct to the Parish Council, this quote was approved.", "All agreed this was a true record and were signed and approved.",
     "Statement of Accounts - The Accounts were approved by the Parish Council and signed by the Chairman",
     "Cytunwyd gwneud y taliadau canlynol:",
     "Après délibération et à l’unanimité, le Conseil Municipal valide ces propositions de tarifs qui",
     "Aprés en avoir délibéré, le conseil municipal décide d�arréter la liste des tarifs",
     "Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE le compte administratif 2023.",
     "The Committee resolves in accordance with its powers under sections 137 of the LGA 1972, to incur",
     # probe: Quebec, a proposal without a seconder
     "Il est proposé par Mme Sophie Roy et résolu de lever la séance à 20 h 45.",
     # probe: a Scottish health board
     "The Board approved the Annual Delivery Plan 2024/25 for submission to the Scottish Government.",
     "The Authority endorsed the revised Integrated Risk Management Plan."],
    counter_examples=["Motion passed 3-0 (Rauk and Lynch absent).", "resolved and cost effective accommodation is provided",
                      "Banners Gate Community Hall has agreed to host a new defib and this will be progressed.",
                      "The Board noted the updates on the Action List.", "The Board took assurance from the report.",
                      "la commission « finances » propose au Conseil Municipal d’appliquer une légère augmentation"],
)

# A council's response to a planning application, set on its own under the application:
# "No observations", "Strongly object for the following reasons:", Welsh "Dim Gwrthwynebiad".
PLANNING_RESPONSE = Convention(
    "response to a planning application",
    r"^\W*(?:no\s+(?:observations?|objections?|comments?)|(?:strongly\s+)?(?:objects?|supports?|objection)\b"
    r"|dim\s+(?:sylwadau|gwrthwynebiad)|gwrthwynebiad\b|cefnogi\b)",
    ["No observations", "No Objections", "Strongly object for the following reasons:", "Dim sylwadau",
     "Gwrthwynebiad cryf am y rhesymau canlynol:"],
    counter_examples=["No issues.", "Dim i’w drafod"],
)
# A decision said impersonally of what the sentence before it says: "A new laptop had been purchased …
# It was proposed by Cllr. W. Loynton, seconded by … and unanimously approved." (Welsh "Cynigiwyd gan …").
IMPERSONAL_DECISION = Convention(
    "decision of what was said before it",
    r"^\W*(?:it\s+was\s+proposed|cynigiwyd)\b(?!.*\b(?:that|to|bod|i)\s)",
    ["It was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously approved.",
     "Cynigiwyd gan y Cyng. W. Loynton, eiliwyd gan y Cyng. K. Davies ac roedd pawb yn gytun."],
    counter_examples=["With those corrections, it was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies",
                      "It was agreed to ask an Engineer from the Highways Dept to attend and investigate the various issues.",
                      "It was proposed by Cllr Smith, seconded by Cllr Jones that the grant be paid."],
)

# Decisions that belong to motions, not to the prose-decision convention.
MOTION_SENTENCE = Convention(
    "motion sentence",
    r"\b(?:motioned|made\s+(?:a|the)\s+motion|nominated|motion\s+(?:was\s+)?(?:duly\s+)?(?:made\s+)?by(?!\s*:)|moved\s+by)\b|^\W*motion\s+to\b"
    r"|\b(?:on|upon)\s+(?:a\s+|the\s+)?(?:motion|proposal)\s+(?:of|by)\b|^\W*motion\s*(?:/\s*second(?:ed)?\s*:|\([^()/]+/)"
    r"|^\W*motion\s*:\s*(?-i:[A-Z])"  # "MOTION: Councilmember Simon / SECOND: Councilmember Aguilar"
    # "Proposed by Councillor Fitzgerald" over "Seconded by …"; "Proposed: Cllr Bentley" over "Seconded: Cllr Frost"
    # (English and Welsh town and parish councils' fields, one a line)
    r"|^\W*proposed\s*(?:by\s*:?|[:–-])\s*(?-i:[A-Z])"
    r"|^\W*(?:proposer|mover)\s*:\s*(?-i:[A-Z])"  # "Proposer: Cllr Smith Seconder: Cllr Jones"
    r"|^\W*an?\s+motion\s+to\s+[^.;]{1,120}?\s+was\s+made\s+by\b"  # "A motion to adopt … was made by Trustee Diaz"
    # a member's motion in Swedish and Finnish protocols: "Erik Berg (M) yrkar avslag", "Pekka Mäkinen ehdotti, että …"
    # (the preparer's proposal is a field, "Stadsdirektörens förslag:", "Ehdotus", no member's motion)
    r"|(?-i:\b[A-ZÅÄÖ][\w'’-]+(?:\s\([^()]{1,6}\))?)\s+(?:yrkar|yrkade|föreslog|ehdotti)\b"
    # "moved" as a motion is moved: not a move ("her family moved to the area", "moved in 40+ years ago"),
    # nor a thing moved ("would need to be moved to provide for a bike lane")
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)\bmoved\b(?!\s+(?:(?:in|into|away|forward|back|out|on"
    r"|here|there|from|very|so|fast|quickly|slowly)\b|a\s+month|to\s+(?:the|a|an|this|that|his|her|their|our)\b|(?-i:to\s+[A-Z])))",
    ["Board member Jasper moved to approve the project as amended, seconded by board",
     "Councilmember Matarrese moved introduction of the ordinance.", "Commissioner Miley moved staff recommendations.",
     "Motion: Mayor Kibbey moved that Council leave the record open for one week until Monday, August 20,",
     "Approval of the consent calendar was motioned by Member Matarrese, seconded by",
     "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez,",
     "Motion to approve the project as amended and subject to further staff review, made by",
     "President Malloy nominated Troy Hosmer for Vice President.",
     "Meeting was adjourned by motion made by Member Nolan and seconded by President Malloy",
     "Motion by Councilmember Aguilar, second by Councilmember Simon, to approve the Consent Calendar.",
     "A motion was made by Council Member Ortiz, seconded by Council Member Chen, that the minutes be approved.",
     "MOTION: Councilmember Simon / SECOND: Councilmember Aguilar",
     "On motion of Vice Chair Ellis, seconded by Selectman Doyle, the Board voted 4-0 to approve the minutes",
     # probe: a California county's board of supervisors
     "Upon motion duly made by Supervisor Zanger and seconded by Chair Kosmicki, Resolution No. 2025-14 was adopted",
     "Motion/Second: Doyle/Price to appoint Sam Hill to the Conservation Commission.",
     "Motion (Ellis/Reed) to approve the transfer of $12,000 from reserve.", "Proposed by Councillor Fitzgerald",
     "A motion to adopt Ordinance 2024-01 was made by Trustee Diaz and seconded by Trustee Adams.",
     "Proposer: Cllr Smith Seconder: Cllr Jones", "MOVER: Smith SECONDER: Jones AYES: Smith, Jones NAYS: none",
     # probe: an English town council's fields one a line
     "Proposed: Cllr Bentley", "Proposed – Cllr Holt",
     # probes: a Swedish municipal board's and a Finnish city board's protocols
     "Erik Berg (M) yrkar avslag till förslaget.", "Pekka Mäkinen ehdotti, että asia palautetaan uudelleen valmisteltavaksi.",
     "Lisa Holm föreslog, understödd av Karl Nyström, att ärendet återremitteras."],
    counter_examples=["The scheme proposed by the developer was discussed.", "Stadsdirektörens förslag:",
                      "Kaupunginhallitus päätti hyväksyä esittelijän ehdotuksen.", "Proposed Changes to the Standing Orders", "All agreed this was a true record and were signed and approved.",
                      "Ms. Mandel said her family moved to the area for the boat ramp and the nature trails.",
                      "When he moved in 40+ years ago, no one knew about the ramp.",
                      "Ms. Slater explained that she is new to the neighborhood and moved to Rivergrove in 2015.",
                      "Caltrans says that the retaining wall would need to be moved to provide for a bike lane.",
                      "Motion: to be brought back at the next meeting", "MOTION BY: Allen Fisk"],
)

# A motion proposed and seconded in one sentence, in the wordings of British and Welsh minutes:
# "Mr Sweetland proposed, and Mr Ridgers seconded, that …", "it was proposed by Cllr. W. Loynton,
# seconded by Cllr. K. Davies and unanimously agreed", "cynigiwyd gan y Cyng. W. Loynton, eiliwyd gan …".
# "… Seconded: Cr Glenda Brown CARRIED", "… Seconded: Cr Paula Cristoffanini That Council adopts …": no name
_RESULT_WORD = r"(?!(?:CARRIED|LOST|DEFEATED|PASSED|FAILED|THAT|That)\b)"
_NEXT_FIELD = (r"(?i:votes?|result|motion|moved|mover|second(?:ed|er)?|ayes?|nays?|noes|yeas?|abstain\w*|abstentions?"
               r"|absent|excused|recused|carried|action)")
_PERSON = (r"(?:(?:[Tt]he|y)\s+)?(?:" + _RESULT_WORD + r"(?:[A-Z][\w'’-]*\.?|[a-z]{1,3}[A-Z][\w'’-]*)\s+){0,4}" + _RESULT_WORD
           # a field's label before its colon is the next field, no part of the name ("… Simon Vote: 6-1"); a surname
           # may stand before a colon that introduces a list ("seconded by Cllr Price: Clerk's salary …")
           + r"(?!" + _NEXT_FIELD + r"\s*:)(?:[A-Z][\w'’-]*|[a-z]{1,3}[A-Z][\w'’-]*)(?![\w'’-])")
# A member's title, where a proposer is named without "by" ("Proposed Cllr Smith, seconded Cllr White").
# (or their office: "Moved Cr McMahon, seconded Deputy Mayor Vonhoff", Queensland councils)
_MEMBER_TITLE = r"(?:Cllrs?|Councill?ors?|Cr|Mr|Mrs|Ms|Miss|Dr|(?:Deputy\s+|Vice[- ])?(?:Mayor|Chair(?:man|woman|person)?))\b"
_FRENCH_OFFICE = r"(?:(?:Madame|Monsieur|Mme|M\.)\s+(?=l[ea]\s))?(?:l[ea]\s+(?:conseill(?:er|ère)|maire(?:sse)?)\s+)?"
PROPOSAL = Convention(
    "motion proposed and seconded",
    r"(?P<mover>" + _PERSON + r")\s+(?:proposed|moved),?\s+and\s+(?P<seconder>" + _PERSON + r")\s+seconded\b"
    r"|\b(?:[Pp]roposed|[Mm]oved|MOVED|[Mm]otion(?:\s+was)?(?:\s+duly)?(?:\s+made)?|MOTION|[Pp]rop\.?|[Oo]n\s+the\s+proposal)(?:\s+by:?|\s+BY:?|:"
    r"|(?:(?<=otion)|(?<=oposal))\s+of|(?<=MOTION)\s+OF"
    r"|\s+(?=" + _MEMBER_TITLE + r"))\s*(?P<mover_by>" + _PERSON
    + r")[,;]?\s+(?:and\s+)?(?:[Ss]econd(?:ed)?|SECOND(?:ED)?|[Ss]ec\.?)(?:\s+by:?|\s+BY:?|:|\s+(?=" + _MEMBER_TITLE + r"))\s*"
    r"(?P<seconder_by>" + _PERSON + r")"
    r"|\b[Cc]ynigiwyd\s+gan\s+(?P<mover_cy>" + _PERSON + r"),?\s+(?:ac\s+)?eiliwyd\s+gan\s+(?P<seconder_cy>" + _PERSON + r")"
    # Scottish minutes name the seconder before the verb: "Councillor Grant, seconded by Councillor Fraser, moved that …"
    r"|(?P<mover_sc>" + _PERSON + r"),\s+seconded\s+by\s+(?P<seconder_sc>" + _PERSON + r"),\s+moved\b"
    # Quebec: "Il est proposé par M. André Gagnon, appuyé par Mme Sophie Roy et résolu …"
    # (the office written out after the civility: "par Madame la conseillère Marie Tremblay")
    r"|\b[Pp]ropos[ée]e?\s+par\s+" + _FRENCH_OFFICE + r"(?P<mover_fr>" + _PERSON
    + r"),?\s+(?:et\s+)?appuy[ée]e?\s+par\s+" + _FRENCH_OFFICE + r"(?P<seconder_fr>" + _PERSON + r")"
    # a motion no one seconds, as Quebec's councils need none: "Il est proposé par M. Pierre Roy et résolu de …"
    r"|\b[Pp]ropos[ée]e?\s+par\s+" + _FRENCH_OFFICE + r"(?P<mover_fr_alone>" + _PERSON
    + r")(?=\s+et\s+(?:unanimement\s+)?résolu\b)",
    ["1) Mr Derek Murphy proposed, and Mr Rob Thomas seconded the motion that",
     "10) Mr Sweetland proposed, and Mr Ridgers seconded, that the Council formally",
     "3) The Chairman proposed and the Vice-Chairman seconded that, under",
     "With those corrections, it was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously agreed",
     "cynigiwyd gan y Cyng. W. Loynton, eiliwyd gan y Cyng. K. Davies a chytunwyd yn unfrydol",
     "Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as recommended.",
     "Moved by Councillor Havixbeck, Seconded by Councillor Smith, WHEREAS",
     "Moved by: S. Kirkey Seconded by: J. Carr", "Moved by Wendy Brunetta, Seconded by Steven Maki, Motion Carried by Council.",
     "Moved: Councilmember Azeveda Seconded: Councilmember Simon",
     # probe: a Western Australian shire, the proposition run on after the fields
     "Moved: Cr Ben Rose Seconded: Cr Paula Cristoffanini That Council adopts the Delegated Authority Register 2025.",
     # probe: a Quebec municipality writes the civility and the office out
     "Il est proposé par Madame la conseillère Marie Tremblay, appuyé par Monsieur le conseiller Jean Gagnon et résolu",
     "Motion by Councilmember Aguilar, second by Councilmember Simon, to approve the Consent Calendar.",
     "A motion was made by Council Member Ortiz, seconded by Council Member Chen, that the minutes be approved.",
     "It was moved by Vice Mayor Viloria and seconded by Councilmember Azeveda to appoint Jane Doe",
     "On motion of Vice Chair Ellis, seconded by Selectman Doyle, the Board voted 4-0 to approve the minutes",
     # parish clerks' shorthand
     "Prop: Cllr Brown, Sec: Cllr Smith that the allotment rents remain unchanged for 2023.",
     "Proposed Cllr Smith, seconded Cllr White. Agreed.", "Moved Cr McMahon, seconded Deputy Mayor Vonhoff", "Proposed: Cllr Smith Seconded: Cllr Brown. All in favour.",
     "Proposed: Cllr Smith; Seconded: Cllr Jones. Resolved to approve the quotation.",
     # probe: a US county board's "Upon a motion by …, seconded by …, the Board approved …"
     "Upon a motion by Commissioner Diaz, seconded by Commissioner Adams, the Board approved the agenda",
     "Upon motion duly made by Supervisor Zanger and seconded by Chair Kosmicki, Resolution No. 2025-14 was adopted",
     # Irish county councils
     "On the proposal of Councillor G. Walsh, seconded by Councillor M. Barry, the minutes were confirmed.",
     # probe: a New South Wales council's resolutions in capitals
     "RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN,",
     # probes: Scottish councils, Quebec municipalities
     "Councillor Grant, seconded by Councillor Fraser, moved that the Committee request a review",
     "Il est proposé par M. André Gagnon, appuyé par Mme Sophie Roy et résolu d'adopter l'ordre du jour",
     "il est proposé par la conseillère Julie Tremblay, appuyé par le conseiller Marc Lavoie et résolu",
     "Il est proposé par Monsieur le conseiller Pierre Roy et résolu de lever la séance à 20 h 15."],
    flags=0,
    counter_examples=["The Chairman explained that the decision was taken by the Executive in",
                      "Officers proposed a new timetable for the consultation.",
                      "The Clerk proposed changes to the standing orders, seconded Mr Brown's letter",
                      "Le projet proposé par le promoteur et résolu en comité"],
)
# A proposal's outcome said in its own sentence: "… seconded by Cllr. K. Davies and unanimously approved".
PROPOSAL_CARRIED = Convention(
    "proposal agreed in its sentence",
    r"\band\s+(?:was\s+|were\s+)?(?:unanimously\s+|all\s+)?(?:agreed|approved|carried|resolved)\b"
    # Irish councils' "On the proposal of …, seconded by …, the minutes … were adopted" / "… it was agreed"
    r"|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:adopted|agreed|approved|confirmed|passed|carried)\b"
    # US county boards: "Upon a motion by …, seconded by …, the Board approved the agenda by a vote of 5 to 0."
    r"|^\W*,?\s*the\s+(?:board|council|commission|committee|authority)\s+(?:unanimously\s+)?(?:approved|adopted|agreed)\b"
    r"|\ba\s+chytunwyd\b|\bpawb\s+yn\s+gytun\b|\bet\s+(?:unanimement\s+)?résolu\b",
    ["seconded by Cllr. K. Davies and unanimously approved.",
     "seconded by Cllr. Dowling, the minutes of the Ordinary Meeting held on 17th February 2025 were adopted.",
     "seconded by Cllr. Byrne, it was agreed to make the Section 183 disposal.",
     ", the Board approved the agenda by a vote of 5 to 0.", "appuyé par Mme Sophie Roy et résolu à l'unanimité", "eiliwyd gan y Cyng. K. Davies a chytunwyd yn unfrydol",
     "eiliwyd gan y Cyng. K. Davies ac roedd pawb yn gytun."],
    counter_examples=["Mr Booth proposed and Mrs Binks seconded the following motion:",
                      "seconded by Cllr. Byrne, that the policy be reviewed"],
)

AGENDA_REORDERED = Convention(
    "business moved within the agenda (not a motion)",
    r"\bmoved\b.{0,120}?\b(?:to\s+the\s+(?:beginning|start|end|top)\s+of\s+the\s+(?:meeting|agenda)"
    r"|up\s+(?:on\s+)?the\s+agenda)",
    ["President Curtis moved a portion of STAFF COMMUNICATIONS to the beginning of the meeting.",
     "The Chair had agreed for agenda item 10 to be moved up the agenda as the next item."],
    counter_examples=["Commissioner Miley moved the item and asked staff to come back to the Commission and Board.",
                      "Board member Jasper moved to approve the project as amended, seconded by board member Hoffman."],
)

# A person named in a mover or seconder field: an office or title, then a name ("Deputy Mayor Halalele", "Cr Bell").
_VOTE_FIELD = r"(?i:ayes?|nays?|noes|yeas?|abstain\w*|abstentions?)\s*[:–-]"  # "Ayes – All", "Nays: Lee"
_FIELD_PERSON = r"(?:(?!(?i:second|that\b))" + _RESULT_WORD + r"[A-Z][\w'’.-]*\s+){0,4}(?!(?i:second|that\b))" + _RESULT_WORD + r"[A-Z][\w'’.-]*"

# Mover and seconder in one field under a motion: "M/S Commissioner Robbins / Vice-Chair Alexander."
MOVED_SECONDED = Convention(
    "moved/seconded field",
    r"(?:(?:\bM\s*/\s*S(?:\s*/\s*C)?(?:\s*:?\s+\(?|\s*\()|\b(?:[Mm]otion|[Mm]oved|MOVED)\s*/\s*[Ss]econd(?:ed)?\s*:\s*|\b(?:[Mm]otion|MOTION|RESOLVED)\s*\()(?P<mover>[^/()]+?)\s*/\s*(?P<seconder>[^./()]+?)\)?"
    r"|\bMOTION\s*:\s*(?P<mover_field>[^/]+?)\s*/?\s*SECOND(?:ED)?\s*:\s*(?P<seconder_field>[^./]+?))"
    r"(?=\s+(?:to|that|That|THAT|for|with)\b|\s+(?:MOTION|CARRIED|PASSED|FAILED|VOTE)\b|\s*[./:]|\s*$)"
    # New Zealand minutes print the pair on a line of its own after the resolution, then its result:
    # "Cr Walker/Cr Patel CARRIED"
    r"|^\W*(?P<mover_pair>" + _FIELD_PERSON + r")\s*/\s*(?P<seconder_pair>" + _FIELD_PERSON + r")\s+(?=(?i:carried|lost|defeated)\b)"
    # US boards print the pair of surnames before the verb: "Smith/Jones moved to approve the agenda." (not a joint
    # meeting's two titles: "Councilmember/Commissioner Matarrese moved …")
    r"|^\W*(?P<mover_slash>[A-Z][\w'’-]+)\s*/\s*(?P<seconder_slash>[A-Z][\w'’-]+)\s+moved\b",
    ["M/S Commissioner Robbins / Commissioner Navarro. All in favor with 5 ayes.",
     "M/S Commissioner Robbins / Vice-Chair Alexander.", "M/S Hernandez/Ballew to approve the agreement.",
     "MOTION: Councilmember Simon / SECOND: Councilmember Aguilar",
     "Motion/Second: Doyle/Price to appoint Sam Hill to the Conservation Commission.",
     "Motion (Ellis/Reed) to approve the transfer of $12,000 from reserve.",
     # probes: a US school board's moved/seconded/carried, New Zealand's pair over the result
     "M/S/C (Vance/Moreno) to approve the minutes of September 23, 2023.", "Cr Walker/Cr Patel CARRIED",
     "Cr Young/Mayor Tane CARRIED", "Moved/Seconded: Smith/Jones to approve the consent agenda.",
     "MOTION (Smith/Jones): To approve the warrants.", "Smith/Jones moved to approve the agenda.",
     # probe: New South Wales councils print the mover and seconder after the motion's or the decision's label
     "MOTION (Myles/Schreiber) That the application be refused.", "RESOLVED (Brown/Hoare)"],
    flags=0,
    counter_examples=["Budget 2024/2025 CARRIED FORWARD", "The Council approved the 2023/24 accounts.",
                      "Councilmember/Commissioner Matarrese moved approval of giving direction to ensure"],
)

# The proposition a motion puts, as Commonwealth minutes word it under its mover and seconder: "That Council
# confirms the minutes …", "THAT the agenda be adopted as circulated."
PROPOSITION = Convention(
    "the proposition of a motion",
    # (the lead-in in capitals or not: Ontario townships write "Be it resolved that …")
    r"^\W{0,3}(?:(?:NOW,?\s+THEREFORE,?\s+|THEREFORE,?\s+|[Nn]ow,?\s+[Tt]herefore,?\s+|[Tt]herefore,?\s+)?"
    r"(?:BE\s+IT\s+RESOLVED|[Bb]e\s+it\s+[Rr]esolved),?\s+)?(?:that|THAT|That)\s+(?=\S)|^\W{0,3}(?:To|TO)\s+(?=[a-z]{3,}\s)",
    ["That Council confirms the minutes of the Ordinary Council Meeting held on 18 February 2025.",
     "THAT the agenda for the May 13, 2025 Regular Council Meeting be adopted as presented.",
     "That the minutes of the regular Council Meeting held January 21, 2025, be adopted as published.",
     "To approve the minutes of March 24, 2025 as presented.",
     "BE IT RESOLVED THAT the minutes of the Regular Meeting of Council held on May 28, 2024 be adopted.",
     # probe: an Ontario township's numbered resolutions
     "Be it resolved that the agenda for the May 15, 2024 Council meeting be adopted as circulated.",
     "Now therefore be it resolved that Council support the resolution of the Town of Gravenhurst."],
    flags=0,
    counter_examples=["Thatcham Town Council", "the Chair said that the item would return", "To Whom It May Concern",
                      "Be it noted that the Clerk was absent."],
)

# A motion recorded as a block of fields ("RESULT: APPROVED [UNANIMOUS]", "MOTION BY: Mashack").
MOTION_RESULT_FIELD = Convention(
    "motion result field",
    r"^\s*RESULT:\s*(?P<result>.+)$",
    ["RESULT: APPROVED [UNANIMOUS]", "RESULT: FAILED [4-2-1-1]"],
    flags=0,
)

ADOPTED_RESOLUTION = Convention(
    "resolution adopted by number",
    r"(?P<text>Resolution\s+No\.\s*[\d-]+,?\s*[“\"].*?[”\"]\s*(?:Adopted|Finally\s+passed)\b[.;]?)",
    ["Resolution No. 14505, “Retaining Local Control Over Critical Land Use Decisions.” Adopted."],
)

# An item's decision closing it in the words of the legislative system that printed the minutes: the matter's type,
# then what was done with it (Legistar: "This Resolution was adopted.", "This Ordinance was passed.", "This matter was
# ADOPTED on the Consent Agenda.", as a city's parser of its Legistar minutes reads it; US boards' "This item was
# approved by consent."). It is the item's resolution, as "Resolution No. 14505, … Adopted." is. Only at a sentence's
# start, and only what may follow the action at the close of an item (how, on what agenda, by what vote): a
# resolution's history ("This ordinance was adopted in 2019 and …") is no decision, nor an item not decided ("This
# item was discussed", "This Ordinance failed", continued: ITEM_DEFERRED).
MATTER_DECIDED = Convention(
    "an item's matter decided (Legistar)",
    r"^\W*(?P<text>This\s+(?:[\w-]+\s+){0,2}?(?:resolution|ordinance|matter|item|report|minutes|motion|contract|agreement"
    r"|proclamation|appointment|bill|claim|communication)s?\s+(?:was|were)\s+(?:(?:duly|unanimously|finally)\s+)?"
    r"(?:adopted|passed|approved|accepted|received\s+and\s+filed|enacted|ratified|confirmed)"
    r"(?:\s+(?:on|by|as|at|with|unanimously|without)\b[^.:;]{0,60})?[.:]?)\s*$",
    ["This Resolution was adopted.", "This Ordinance was passed.", "This matter was ADOPTED on the Consent Agenda.",
     "This Report was received and filed.", "This item was approved by consent.",
     "This City Resolution was Adopted.", "This Ordinance was passed on second reading by the following vote:"],
    counter_examples=["This ordinance was adopted in 2019 and now needs amendment.", "This item was discussed at length.",
                      "This Ordinance failed.", "This grant was received on February 19th.",
                      "This Ordinance was continued to the Council meeting of April 1, 2025.",
                      "The Resolution was adopted by the Board last year, she said."],
)

MOVER = Convention(
    "who moved a motion",
    r"(?:(?:motioned|made|[Mm]oved|[Mm]otion|[Pp]roposed|PROPOSED)\s+(?:by|BY|By):?\s+(?:[a-z]+\s+){0,2}(?P<after>(?:(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z](?:[\w'-]+|\.)\s?){1,4})"
    r"|^\W*(?:An?\s+)?[Mm]otion\s+to\s+[^.;]{1,120}?\s+(?:was\s+made\s+)?by\s+(?:[a-z]+\s+){0,2}(?P<late>(?:(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z](?:[\w'-]+|\.)\s?){1,4})"
    r"|MOTION\s+BY:\s*(?P<field>[A-Z][\w'-]*(?:\s+(?![A-Z]+:)[A-Z][\w'-]*)*)"
    r"|(?P<before>(?:(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z][\w'-]+\s)?(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z][\w'-]+)\s+(?:moved|motioned|made\s+(?:a|the)\s+motion|nominated)"
    # a member's motion in Swedish and Finnish protocols, the party in brackets after the name (see MOTION_SENTENCE)
    r"|(?P<nordic>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){0,2})(?:\s\([^()]{1,6}\))?\s+(?:yrkar|yrkade|föreslog|ehdotti)\b"
    # minutes written in capitals (US cities, counties): "COUNCILMEMBER BERMAN MOVED TO APPROVE …"
    r"|(?<![\w'’-])(?P<capitals>(?:(?!(?:WAS|WERE|BE|BEEN|IS|ITEM|THE)\b)[A-Z][A-Z'’-]+\s){1,4})(?:MOVED|MADE\s+(?:A|THE)\s+MOTION)\b"
    # a field at the start of its line, without "by": "Moved: Cr Bell", "Moved Cr Tachos" (Australia, New Zealand)
    r"|^\W*(?:Moved|MOVED|Proposed|PROPOSED|(?:Motion|MOTION|Proposer|PROPOSER|Mover|MOVER)(?=\s*:))\s*[:–-]?\s+(?!(?i:carried|passed|failed|lost|to)\b)(?P<lead>"
    + _FIELD_PERSON + r"))",
    ["Board member Jasper moved to approve the project", "motioned by Member Matarrese, seconded by",
     "MOTION BY: Allen Fisk SECOND: Mendez", "made by board member Hoffman and seconded",
     "Boardmember Furuichi Fong moved to approve the minutes", "Vice Mayor deHaan moved adoption of the resolution",
     "Moved by: Councillor D. Keene", "Moved by Deputy Warden Senis", "Motion by Councilmember Aguilar, second by",
     "Motion to adjourn by Selectman Doyle, seconded by Chair Reed.", "Moved: Cr Bell", "Moved Cr Tachos",
     "A motion to adopt Ordinance 2024-01 was made by Trustee Diaz and seconded by Trustee Adams.",
     "Moved: Deputy Mayor Halalele", "MOVED: Councillor Ruth Dyson", "Motion: Trustee Miller",
     # probe: an Irish county council's notice of motion, its proposer and seconder on lines of their own
     "Proposed by Councillor Fitzgerald", "Moved By Councillor Ahmed",
     # probes: a parish clerk's and a US board's field labels naming the person
     "Proposer: Cllr Smith Seconder: Cllr Jones", "MOVER: Smith SECONDER: Jones AYES: Smith, Jones",
     # probes: a US city council's and a New England town's minutes written in capitals
     "COUNCILMEMBER BERMAN MOVED TO APPROVE THE CONSENT CALENDAR, SECONDED BY COUNCILMEMBER SMITH.",
     "SELECTMAN HALE MOVED TO APPROVE THE MINUTES OF FEBRUARY 24, 2025, SECONDED BY SELECTMAN PRICE.",
     # probes: Swedish and Finnish protocols
     "Erik Berg (M) yrkar avslag till förslaget.", "Pekka Mäkinen ehdotti, että asia palautetaan."],
    flags=0,
    counter_examples=["Moved to approve the minutes as presented.", "Moved forward with the tender.", "Motion Carried",
                      "Motion: Carried unanimously", "THE ITEM WAS MOVED TO THE NEXT MEETING."],
)

SECONDER = Convention(
    "who seconded a motion",
    # (a vote's field set beside the name on its line is no part of it: "Seconded by Councilmember Cave   Ayes – All")
    r"(?:[Ss]econd(?:ed)?\s+(?:by|By):?\s+(?:[a-z]+\s+){0,2}(?P<after>(?:(?!(?:THAT|That|WHEREAS)\b)(?!" + _VOTE_FIELD + r")(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z](?:[\w'-]+|\.)\s?){1,4})"
    r"|SECOND:\s*(?P<field>[A-Z][\w'-]*(?:\s+(?![A-Z]+:|(?:MOTION|CARRIED|PASSED|FAILED|VOTE)\b)[A-Z][\w'-]*)*)"
    r"|(?P<before>(?!Motion\b)(?:\b[a-z]{1,3}(?=[A-Z]))?[A-Z][\w'-]+)\s+seconded"
    # Swedish and Finnish protocols: "…, understödd av Karl Nyström, …", "Karl Nyström (C) understödde yrkandet",
    # "Anna Laine kannatti ehdotusta" (a seconder named in the genitive, "Laineen kannattamana", is left unread)
    r"|\bunderstödd\s+av\s+(?P<nordic_after>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){0,2})"
    r"|(?P<nordic_before>[A-ZÅÄÖ][\w'’-]+(?:\s[A-ZÅÄÖ][\w'’-]+){0,2})(?:\s\([^()]{1,6}\))?\s+(?:understödde|understöder|instämde|instämmer|kannatti)\b"
    # in capitals: "…, SECONDED BY COUNCILMEMBER SMITH.", "SELECTMAN PRICE SECONDED THE MOTION."
    r"|SECONDED\s+BY\s+(?P<capitals>(?:(?!(?:TO|AND|THAT|WITH|FOR|THE|MOTION|CARRIED|PASSED|FAILED|VOTE)\b)[A-Z][A-Z'’.-]*\s?){1,4})"
    r"|(?<![\w'’-])(?P<capitals_before>(?:(?!(?:MOTION|WAS|AND|THE)\b)[A-Z][A-Z'’-]+\s){1,3})SECONDED\b"
    r"|(?:^|(?<=\s/\s))\W*(?:Seconded|SECONDED|Second|Sec\.?)\s*[:–-]?\s+(?P<lead>" + _FIELD_PERSON + r")"
    r"|\b(?:Seconder|SECONDER)\s*:\s*(?P<seconder_field>(?:(?![A-Z]+:)[A-Z][\w'’.-]*\s+){0,3}(?![A-Z]+:)[A-Z][\w'’.-]*))",
    ["seconded by board member Hoffman.", "SECOND: Brown", "Board Member Whyte seconded the motion",
     "Seconded by Bob Barde.", "Vice Mayor/Commissioner deHaan seconded the motion", "Seconded by: Councillor J. Brass",
     "second by Councilmember Simon, to approve the Consent Calendar.", "Seconded: Cr Hopkins", "Seconded Cr Dang",
     # probe: an Australian council's fields on one line; a Canadian city's capital "By"
     "Moved Cr Burke / Seconded Cr Doyle", "Seconded By Councillor Nguyen", "Proposer: Cllr Smith Seconder: Cllr Jones",
     "MOVER: Smith SECONDER: Jones AYES: Smith, Jones",
     # probes: minutes written in capitals
     "MOVED TO APPROVE THE CONSENT CALENDAR, SECONDED BY COUNCILMEMBER SMITH.", "SELECTMAN PRICE SECONDED THE MOTION.",
     # probes: Swedish and Finnish protocols
     "Lisa Holm föreslog, understödd av Karl Nyström, att ärendet återremitteras.", "Anna Laine kannatti ehdotusta.",
     "Karl Nyström (C) instämmer i Erik Bergs yrkande.",
     # probe: a Minnesota city council's vote set beside the seconder
     "Seconded by Councilmember Cave Ayes – All"],
    flags=0,
    counter_examples=["Seconded the motion.", "Seconded unanimously", "Motion/Second: Doyle/Price to appoint Sam Hill",
                      "THE MOTION WAS SECONDED."],
    # (the proposition run on after the seconder's field is no part of the name: "Seconded by: Councillor Walsh THAT …")
)

VOTE_TALLY = Convention(
    "vote tally",
    r"(?P<vote>Ayes\s*[–:-]\s*\d+;[^.]*?Abstentions\s*[–-]\s*\d+"
    # ("CARRIED UNANIMOUSLY 7/0": the count after the word is the tally)
    r"|unanimous(?:ly)?\b(?:\s+voice\s+votes?)?(?:\s*[–-]\s*\d+)?(?!\s+\d{1,2}\s*/\s*\d)|\[\s*(?:UNANIMOUS|\d+(?:-\d+)+)\s*\]"
    # (not a document's number: "Resolution No. 24-15 was adopted", a county board's resolutions, probe)
    r"|(?<!No\.\s)(?<!No\.)(?<!#)\b\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2}){0,3}\b(?!\s*(?:p\.?m|a\.?m))"
    r"|\b\d+\s+ayes\b(?:,?\s+(?:and\s+)?\d+\s+(?:nays?|noes)\b)?|\bAyes?\s+\d{1,3},?\s+(?:Nays?|Noes)\s+\d{1,3}\b"
    # a count in words: "approved by a vote of 5 to 2", "carried by 8 votes to 3" (English councils)
    r"|(?<=vote\sof\s)\d{1,3}\s+to\s+\d{1,3}\b|\b\d{1,3}\s+votes\s+to\s+\d{1,3}\b"
    # a slashed count straight after the result ("CARRIED 4/0", "Passed 3/2"): elsewhere "3/2" is a date or a share
    # (or after how it carried: "CARRIED BY ABSOLUTE MAJORITY 5/1", "CARRIED EN BLOC 6/0", Australian councils)
    r"|(?:(?<=carried\s)|(?<=passed\s)|(?<=lost\s)|(?<=defeated\s)|(?<=failed\s)|(?<=absolute\smajority\s)|(?<=by\smajority\s)|(?<=unanimously\s)"
    r"|(?<=bloc\s))\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/)"
    r"|(?<=\()\d{1,2}\s+to\s+\d{1,2}(?=\))"
    r"|\b\d{1,3}\s+votes?\s+(?:for|in\s+favou?r)\s*,?\s*(?:with\s+)?\d{1,3}\s+(?:votes?\s+)?against"
    r"(?:\s*(?:,|and)\s*\d{1,3}\s+abstentions?)?)",
    ["Motion passed 3-0 (Rauk and Lynch absent).", "the motion carried by unanimous voice vote – 5.",
     "RESULT: FAILED [4-2-1-1]", "passed by the following voice vote: Ayes – 5; Noes – 0; Abstentions – 0",
     "All in favor with 5 ayes.", "Passed by vote of 4-0, with Troy Hosmer abstaining.",
     "On being put to the vote the motion was CARRIED (6 votes for, 1 against).", "CARRIED 4/0", "Passed 3/2.",
     "Carried (4 to 1)", "CARRIED BY ABSOLUTE MAJORITY 5/1", "CARRIED EN BLOC 6/0",
     # probes: US boards' counts of ayes and nays, English councils' counts in words
     "Motion carried, 6 ayes, 1 nay.", "Ayes 5, Nays 0. Motion carried.", "The motion was approved by a vote of 5 to 2.",
     "On being put to the vote, the motion was carried by 8 votes to 3.", "CARRIED UNANIMOUSLY 7/0"],
    counter_examples=["The grant was approved on 3/2/2025.", "Resolution 2024/041", "a simple majority 3/4 of the time",
                      "The hall seats 8 to 10 people.", "Resolution No. 24-15 was adopted.", "Ordinance No.24-07"],
)

# A roll-call vote under a motion, an option then the members who voted so ("AYES: Mashack, Brown, Allen
# Fisk", "NAYS: None", "ABSTAIN: Garcia"), the count printed after them or, as Legistar prints it, before them
# ("Ayes: Councilmembers Chen, Tam and Mayor Gilmore – 3. Noes: …", "Yes: 4 - Lee, Ortiz, Chen and Patel").
# Options are one a line, or run on in one paragraph: each option ends where the next begins.
ROLL_CALL_VOTE = Convention(
    "roll-call vote option",
    r"(?:^|(?<=[\s.;]))(?P<option>ayes?|yeas?|yes|noes|nays?|no|abstain(?:ed|ing|s)?|abstentions?|absent|excused|recused|(?-i:For|FOR|Against|AGAINST))"
    r"\s*(?:\(\s*\d{1,3}\s*\))?\s*:\s*",
    ["AYES: Mashack, Brown, Allen Fisk, Bello, Garcia, Mendez, Sherrard", "NAYS: Brown, Mashack", "ABSTAIN: Garcia",
     "ABSENT: Hernandez", "AYES: Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia,",
     "Ayes: Councilmembers Chen, Tam and Mayor Gilmore – 3. Noes: Councilmembers", "Yes: 4 - Lee, Ortiz, Chen and Patel",
     # probe: a New South Wales council's division, "For:" over "Against:"
     "For: Councillors Greenhill, Brown, Fitzgerald, Hoare"],
    counter_examples=["The ayes have it.", "No objections were raised.", "Vote: 6-1 (Aguilar opposed)"],
)
# A roll call member by member, each name then how they voted: "Roll call vote: Reed - yes, Ellis - yes, Doyle - no".
MEMBER_VOTE = Convention(
    "member's vote in a roll call",
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?)\s*[-–:]\s*(?P<option>ayes?|yea|yes|nay|no|abstain(?:ed)?|absent|recused)\b",
    ["Roll call vote: Reed - yes, Ellis - yes, Doyle - no, Price - yes.", "Smith – Aye"],
    counter_examples=["Vote: 4-0", "Item 5 - No action taken"],
)
# The tally as a field of its own: "Vote: 4-0.", "VOTE: 5-0-1".
VOTE_FIELD = Convention(
    "vote field",
    r"^\W*(?:final\s+)?vote\s*:\s*",
    ["Vote: 4-0. Motion carried.", "VOTE: 5-0-1"],
    counter_examples=["Roll call vote: Reed - yes"],
)
# How a roll call's options are kept: "Ayes" and Legistar's "Yes" are "yes", "Noes"/"Nays" "no".
ROLL_CALL_OPTIONS = {"yes": ("ay", "ye", "for"), "no": ("no", "na", "against"), "abstain": ("abst",), "absent": ("abse", "exc"),
                     "recused": ("rec",)}


# Votes named member by member, counted in brackets: "For (52) … Against (0) … Abstain (11)".
NAMED_VOTE = Convention(
    "named vote count",
    r"\b(?P<side>for|against|abstain(?:ed|ing|ed\s+from\s+voting)?|abstentions?)\s*\(\s*(?P<count>\d{1,3})\s*\)"
    # the count after the side, as a field ("For 5, Against 1", Irish minutes), or before it ("6 Members voted For;
    # 1 Member voted Against; 0 Members Abstained", Northern Irish; "(4 for, 1 against)", English town councils)
    r"|\b(?P<field_side>(?-i:For|FOR|Against|AGAINST))\s*:?\s+(?P<field_count>\d{1,3})\b(?!\s*(?:%|per|years?|months?|days?)\b)"
    r"|\b(?P<counted>\d{1,3})\s+(?:members?\s+|councillors?\s+|votes?\s+)?(?:voted\s+)?(?P<counted_side>for|against|abstained|abstentions?|in\s+favou?r)\b",
    ["For (52)", "Against (0)", "Abstain (11)", "A vote was taken: For 5, Against 1.",
     "6 Members voted For; 1 Member voted Against; 0 Members Abstained.", "(4 for, 1 against)",
     "On being put to the vote, 4 voted in favour and 1 against."],
    counter_examples=["For the reasons set out in the report (see Appendix A)", "funding for the 2024 programme"],
)

MOTION_FAILED = Convention(
    "motion failed",
    r"\b(?:failed|defeated|lost|not\s+carried|died\s+for\s+(?:lack|want)\s+of\s+a\s+second)\b",
    ["RESULT: FAILED [4-2-1-1]", "set motion failed to gather a majority vote as reflected:",
     # probe: a US county board's motion nobody seconded
     "Motion died for lack of a second."],
)

# The chair putting the substantive motion (the motion as it stands after its amendments were dealt with), or a
# part of it, to the vote: a motion of its own, moved by nobody. A quoted part is its text.
SUBSTANTIVE_VOTE = Convention(
    "substantive motion put to the vote",
    r"\bput\s+(?:part\s+\w+\s+of\s+)?the\s+substantive\s+motion\b(?P<what>.*?)\bto\s+the\s+vote\b",
    ["7) Following the debate, the Chairman put the substantive motion to the vote and the voting was as follows:",
     "6) The Chairman put part 4 of the substantive motion at paragraph 2 – “debates and decides whether the Chair "
     "of the Scrutiny Committee should be mandated as an opposition Member” - to the vote",
     "5) The Chairman put the substantive motion (as amended) as set out in paragraph 3 to the vote"],
    counter_examples=["Mr Rayner proposed and Mr Meade seconded that the substantive motion (as amended) in paragraph "
                      "3 be put to the vote.", "5) The Chairman put the amendment set out in paragraph 2 to the vote"],
)

# A motion moved as an amendment to the one before it: Scottish councils' "As an amendment, Councillor X,
# seconded by Councillor Y, moved …", English councils' "An amendment was moved by Cllr X …".
AMENDMENT_MOVED = Convention(
    "motion moved as an amendment",
    r"^\W*(?:As\s+an?\s+(?:further\s+)?amendment\b|By\s+way\s+of\s+(?:an\s+)?amendment\b|An?\s+(?:further\s+)?amendment\s+was\s+"
    r"(?:moved|proposed)\b|(?:[A-Z][\w'’.-]*\s+){1,4}(?:moved|proposed)\s+(?:an|the\s+following)\s+amendment\b"
    # Scottish councils name the seconder before the verb: "Councillor Allard, seconded by Councillor Bonsell, moved as
    # an amendment:-"
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’.-]*,\s+seconded\s+by\s+[^,]{3,60},\s+moved,?\s+as\s+an?\s+(?:further\s+)?amendment\b)",
    ["As an amendment, Ms K Willis, seconded by Mr S Fuller, moved that consideration be deferred to the next meeting.",
     "An amendment was moved by Cllr Patel and seconded by Cllr Hughes that the fee be reduced.",
     "Councillor Grant moved an amendment, seconded by Councillor Ross, that the report be noted.",
     "Councillor Allard, seconded by Councillor Bonsell, moved as an amendment:-"],
    flags=0,
    counter_examples=["Mrs L Munro, seconded by Mr T Heggie, moved that the scheme be approved.",
                      "The Committee noted the amendment to the Standing Orders."],
)
# The vote between a motion and its amendment, and which of them won, in one sentence (Scottish councils:
# "On a vote being taken, the motion received 3 votes and the amendment 2 votes, … and the motion was therefore
# carried"; English councils: "On being put to the vote the amendment was lost").
MOTION_OR_AMENDMENT_RESULT = Convention(
    "which of the motion and the amendment carried",
    r"\bthe\s+(?P<which>motion|amendment)\s+(?:was\s+)?(?:therefore\s+|accordingly\s+|duly\s+)?(?:declared\s+)?"
    r"(?P<result>carried|lost|defeated|fell|failed|was\s+lost)\b"
    # or the decision taken after the division: "The Committee resolved:- to adopt the motion." (Scottish councils)
    r"|\bto\s+adopt\s+the\s+(?P<adopted>motion|amendment)\b",
    ["On a vote being taken, the motion received 3 votes and the amendment 2 votes, with no abstentions, and the motion "
     "was therefore carried.", "On being put to the vote the amendment was lost.",
     "There voted for the amendment 4 and for the motion 7 and the motion was declared carried.",
     "The Committee resolved:- to adopt the motion."],
    counter_examples=["The Committee agreed the motion.", "Councillor Ross asked that the amendment be read again."],
)
DIVISION_COUNTS = Convention(
    "votes cast for the motion and the amendment",
    r"\bthe\s+(?P<first>motion|amendment)\s+(?:received\s+)?(?P<first_votes>\d{1,3})\s+votes?\s+and\s+the\s+"
    r"(?P<second>motion|amendment)\s+(?:received\s+)?(?P<second_votes>\d{1,3})\s+votes?"
    r"|\bfor\s+the\s+(?P<first_for>motion|amendment)\s+(?P<first_for_votes>\d{1,3})\s+and\s+for\s+the\s+"
    r"(?P<second_for>motion|amendment)\s+(?P<second_for_votes>\d{1,3})\b"
    # "On a division, there voted:- for the motion (5) - Councillors …; for the amendment (2) - Councillors …"
    r"|\bfor\s+the\s+(?P<first_count>motion|amendment)\s+\((?P<first_count_votes>\d{1,3})\)[^;]*;\s*for\s+the\s+"
    r"(?P<second_count>motion|amendment)\s+\((?P<second_count_votes>\d{1,3})\)",
    ["On a vote being taken, the motion received 3 votes and the amendment 2 votes, with no abstentions",
     "On a division, the amendment received 4 votes and the motion 7 votes.",
     "There voted for the amendment 4 and for the motion 7 and the motion was declared carried.",
     "On a division, there voted:- for the motion (5) - Councillors Farquhar, Hutchison and Yuill; for the amendment (2) - "
     "Councillors Allard and Bonsell."],
    counter_examples=["The motion received 3 votes in favour."],
)

# A motion's result on a line of its own, in capitals as often as not: no heading over what follows.
RESULT_LINE = Convention(
    "motion result on a line of its own",
    r"^\W*(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|lost|defeated|failed|adopt[ée]e?s?|rejet[ée]e?s?)\b"
    r"(?:\s+(?:unanimously|by\s+(?:an?\s+)?(?:absolute\s+|simple\s+)?majority|en\s+bloc|à\s+l.unanimité(?:\s+des\s+conseillers(?:\s+présents)?)?|à\s+la\s+majorité))?"
    r"(?:\s+\(?\d{1,2}\s*(?:/|to)\s*\d{1,2}\)?)?\W*$",  # the count: "CARRIED 7/2" (Australia), "Carried (4 to 1)" (Ontario)
    ["CARRIED UNANIMOUSLY", "ADOPTÉE À L'UNANIMITÉ", "ADOPTÉE À LA MAJORITÉ", "Motion carried.", "LOST",
     "CARRIED 5/1", "Carried (4 to 1)", "CARRIED BY ABSOLUTE MAJORITY 5/1", "CARRIED EN BLOC 6/0"],
    counter_examples=["CARRIED FORWARD BALANCES", "ADOPTION OF MINUTES", "Carried over from the last meeting"],
)

MOTION_CARRIED = Convention(
    "motion carried",
    r"\b(?:carried|passed|approved|adopted|agreed|in\s+favou?r|unanimous(?:ly)?"
    r"|voted\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}))\b",
    ["Motion passed 3-0", "the motion carried by unanimous voice vote – 5.", "RESULT: APPROVED [UNANIMOUS]",
     "Agreed unanimously.", "Substantive Motion carried.", "seconded by Selectman Doyle, the Board voted 4-0 to approve"],
)

# A motion on the matter it is recorded under, as Legistar words it: the matter's type and the action, capitalised
# ("that this Minutes be Approved", "that this Resolution be Adopted", "that this Ordinance be Continued …"; probe of
# a city council's Legistar minutes, as a county board's "that this Report be Received and Filed"). Under a consent
# calendar's only item it is that item's motion, not the calendar's.
OWN_MATTER_MOTION = Convention(
    "a Legistar motion on its own matter",
    r"\bthat\s+this\s+(?:[A-Z][\w-]*\s+){1,3}be\s+[A-Z]",
    ["A motion was made by Councilmember Cho, seconded by Councilmember Park, that this Minutes be Approved.",
     "seconded by Supervisor Miley, that this Resolution be Adopted.", "that this Report be Received and Filed."],
    flags=0,
    counter_examples=["Member Nolan moved to approve Consent Calendar items 4-A, 4-B and 4-C.",
                      "moved that the Consent Calendar be approved", "that this item be continued"],
)

ITEM_DEFERRED = Convention(
    "item deferred",
    r"\b(?:deferred|postponed|continued\s+to\s+(?:the\s+)?(?:next|a\s+future|[A-Z]\w+,?\s+(?:[A-Z]\w+\s+)?\d+)"
    r"|move\s+vote\s+to\s+the|carried\s+forward|continue\s+(?:this|the)\s+item\s+to|(?:resolved|agreed|decided|voted)\s+to\s+defer"
    # continued to a meeting named by its body and date: Legistar's "that this Ordinance be Continued to the Council
    # meeting of June 4, 2024" (probe), a planning commission's "continued to the regular meeting of May 2"
    r"|continued\s+to\s+the\s+(?:[\w-]+\s+){0,3}meeting\s+(?:of|on)\b"
    r"|(?:item|matter)\s+(?:be|was|is\s+to\s+be)\s+continued(?!\s+(?:with|by)\b)"
    # held over, carried over or adjourned to a later meeting (English and Australian minutes)
    r"|\bheld\s+over\s+(?:to|until)\b|\bcarried\s+over\s+to\s+(?:the\s+|a\s+)?(?:next|future|later)\b"
    r"|\b(?:item|matter|application|consideration)\s+(?:was\s+|be\s+)?adjourned\s+(?:to|until)\b"
    r"|tabled\s+(?:to|until)\s+(?:the\s+)?(?:next|a\s+future|[A-Z]\w+\s+\d+)"  # US: tabled to a later meeting
    # Norwegian and Danish: the case was postponed ("Saken ble utsatt.", "Sagen blev udsat.")
    r"|(?:saken|sagen|punktet)\s+(?:ble|blev|vart|er)\s+(?:utsatt|udsat)"
    # Finnish and Swedish: the matter was tabled ("Asia jätettiin pöydälle.", "Ärendet bordläggs.", probes of a
    # Finnish kaupunginhallitus's and a Swedish kommunstyrelse's protocols)
    r"|jätettiin\s+pöydälle|jätetään\s+pöydälle|bordl(?:äggs|ades|agt|ägga))\b",
    ["Meeting of May 5, 2011 (postponed due to lack of quorum)", "This item was deferred to the next meeting.",
     "Board Member Wetzork asked to move vote to the",
     "Commissioner Allen Fisk made a motion, seconded by Commissioner Bello to continue this item to the next Planning Commission Meeting.",
     "Mayor Kibbey moved that the Type IV Hearing regarding the boat ramp be continued to Monday, August 27, 2018 at 7 PM",
     "Continued to September 17, 2018.", "Committee resolved to defer the proposal so that it can be considered alongside",
     "Mayor/Chair Johnson suggested that the item be continued.",
     # probe: a US school board's item tabled to a later meeting
     "Item tabled to the May 14, 2024 meeting.",
     # probes: English and Australian items held over, carried over, adjourned
     "The item was held over to the next meeting.", "This item was carried over to the next meeting.",
     "The matter was adjourned to the next meeting.",
     # probes: a Norwegian kommunestyre's and a Danish byråd's protocols
     "that this Ordinance be Continued to the Council meeting of June 4, 2024.",
     "Saken ble utsatt.", "Sagen blev udsat til næste møde.", "Päätös: Asia jätettiin pöydälle.", "Ärendet bordläggs."],
    counter_examples=["The public hearing continued to the end of the evening.", "The meeting was adjourned at 9.05pm.",
                      "A late report was tabled at the meeting.", "Saken ble vedtatt.",
                      "The discussion continued to the end of the meeting.", "Asia merkittiin tiedoksi."],
)

OTHER_BUSINESS_DEFERRED = Convention(
    "other business deferred (work programme)",
    r"\b(?:two|three|four|\d+|other|these|both|some)\s+(?:reports?|items?|papers?)\b[^.]*\b(?:deferred|postponed)\b",
    ["The Ofsted Action Plan Update was added to the work programme and two reports – Fostering Recruitment "
     "and Brighter Futures Service would be deferred to the next meeting in the new municipal year of 2018 – 2019."],
    counter_examples=["Item deferred to the next Children's Services Overview and Scrutiny Committee meeting on 13th February 2018."],
)

ITEM_WITHDRAWN = Convention(
    "item withdrawn",
    # or taken off the agenda ("This item was pulled from the agenda.", US boards), or its application withdrawn
    r"\bwithdrawn\b|\b(?:pulled|removed)\s+(?:off|from)\s+the\s+agenda\b|\btaken\s+off\s+the\s+agenda\b"
    r"|\bwithdrew\s+(?:the|their|his|her|its)\s+(?:application|item|report|request)\b",
    ["The item was withdrawn by the applicant.", "This item was pulled from the agenda.",
     "Item removed from the agenda at the request of staff.", "The applicant withdrew the application prior to the meeting."],
    counter_examples=["The report was taken from the agenda of the last meeting.", "Cllr Dixon withdrew from the meeting."],
)


# --- Interests, comings and goings, times (parse stage) ---

# The business a declaration concerns, named after the verb: the labels file the declaration under that minute, not
# under "Declarations of interest" where it was recorded ("in Agenda Item 9" is minute 9).
DECLARED_ITEM = Convention(
    "item a declaration of interest concerns",
    # (Welsh: "yn eitem 5.1", "yn Eitem Agenda 9", "dan gofnod 7"; French: "dans le point 5", "au point 7", "à l'item 4")
    r"\b(?:in|under|on|regarding|for|to|from|yn|ar|dan|dans|sur|au|à)\s+(?:(?:the\s+)?agenda\s+|(?:le|la)\s+|l['’])?"
    r"(?:item|minute|min\.?|article|eitem|g?cofnod|point|sujet)"
    r"(?:\s+agenda)?\s+(?:no\.?\s*|rhif\s+)?"
    r"(?P<number>[A-Z]{0,4}/?\d[\w/.-]*?)(?=[.,;:)]?(?:\s|$))",
    ["Cllr. J. Davies declared an interest in Agenda Item 9, Planning Application E/39533 (role as County Councillor)",
     "Later in the meeting Mr Sole declared an interest under Item 16 - Pay Policy",
     # probes: Victorian, Irish, Ontario and English town council minutes
     "Cr Mark Harris declared a general conflict of interest in Item 8.2 as his spouse is employed by",
     "Councillor Mutton declared a pecuniary interest regarding item 6.2 as she owns property adjacent",
     "Cllr K Wilson declared a pecuniary interest in Minute 23/149 (planning application 23/0987)",
     # probes: a US board member recused from the item; a Scottish council's articles
     "Commissioner Diaz recused herself from Item 5 due to a business relationship with the applicant.",
     "Councillor Yuill declared a connection in relation to article 5 as a Board member",
     # probes: a Welsh county's committee minuted in Welsh, a Quebec municipality's council
     "Datganodd y Cynghorydd Louise Hughes fuddiant personol yn eitem 5.1 ar y rhaglen.",
     "Monsieur le conseiller Marc Côté déclare son intérêt pécuniaire dans le point 5 et s'abstient de voter.",
     "Madame la conseillère Julie Tremblay divulgue son intérêt au point 7.",
     # probe: an English town council numbers its minutes with the body's letters, a slash, year and running number
     "Cllr Holt declared a non-registrable interest in item FC/24/105 as a trustee of the Picture House."],
    counter_examples=["Councillor Hodivala stated that she had a non-pecuniary interest in a school application for the",
                      "Cllr Egan declared an interest in the item as a member of the club."],
)

# A case's reference, as a declaration names the application and the minute's title prints it: digits and
# letters joined by slashes or hyphens, a digit among them; not a date.
CASE_REFERENCE = Convention(
    "reference of an application or case",
    r"(?<![\w/.-])(?!\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\w/-]))(?=[\w/-]*\d)[A-Z0-9]+(?:[/-][A-Z0-9]+)+(?![\w/-])",
    ["Councillor Brooks declared a non-pecuniary interest in application 23/01234/FUL as a member of the parish council.",
     "declared an interest in Planning Application E/39533", "in respect of application PA-2024-0117"],
    flags=0,
    counter_examples=["declared an interest as a member of the Parish Council", "at the meeting held on 10/01/2024",
                      "a member of Age UK"],
)

# Minutes numbered in the council's running sequence print the agenda's number under the title: "293. Declarations
# of … Interests in items on the agenda" over "(Item 2)". Members declare by the agenda's number ("under Item 16").
AGENDA_NUMBER_OF_MINUTE = Convention(
    "agenda number printed with a minute",
    r"^\(Item\s+(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?)\)$",
    ["(Item 2)", "(Item 16)"],
    counter_examples=["(Item 16) was taken after Item 13.", "(Items 4 and 5)"],
)

DECLARATION = Convention(
    "declaration of interest",
    r"(?P<who>(?!Having\b)[A-Z][^;]{0,80}?)\s+(?:declared|declares|declaring|disclosed|discloses)\s+(?:an?\s+)?(?P<interest>(?:personal\s+and\s+)?(?:(?:non[- ]|disclosable\s+|direct\s+|indirect\s+|deemed\s+)?pecuniary|prejudicial)(?=(?:,\s*(?:less\s+than\s+)?significant)?\s+interest)(?:,\s*(?:less\s+than\s+)?significant)?|personal|other(?=\s+registrable)|other"
    r"|non[- ]registrable(?=\s+interest)"  # the English model code of conduct's other kind
    r"|(?:indirect\s+)?financial|proximity|impartiality"  # Western Australia's three kinds
    r"|non[- ]financial"  # the Scottish Councillors' Code of Conduct's other kind
    # (New South Wales' code of conduct: "a significant non-pecuniary conflict of interest", "a pecuniary conflict …")
    r"|(?:(?:significant|less\s+than\s+significant)\s+)?(?:non[- ])?pecuniary\s+conflict(?=\s+of)"
    r"|(?:(?:material|general|significant|less\s+than\s+significant|perceived|prescribed|declarable)\s+)?conflict(?=\s+of))?\s*(?:registrable\s+|of\s+)?interest"
    r"|(?P<recusing>(?:Commissioner|Councillor|Councilmember|Council\s+Member|Member|Board\s+Member|Supervisor|Trustee"
    r"|Alderman|Alderperson|Director|Mayor|Vice\s+Mayor)\s+[A-Z][\w'-]+)\s+(?:is\s+)?recus"
    # the Scottish Councillors' Code of Conduct's "connection", declared before any interest it gives
    r"|(?P<connected>(?!Having\b)[A-Z][^;]{0,80}?)\s+declared\s+a\s+connection\b"
    r"|(?P<stated>[A-Z][^;]{0,80}?)\s+(?:stated|said|advised|reported)\s+that\s+(?:she|he|they)\s+(?:had|has|have)\s+an?\s+"
    r"(?P<stated_interest>(?:non[- ]|disclosable\s+)?pecuniary|personal|prejudicial|other)?\s*interest"
    r"|(?:[Ff]e\s+wnaeth\s+)?(?:y\s+)?(?P<welsh>[A-Z][^;]{0,60}?)\s+(?:ddatgan|ddatganodd|datganodd)\s+(?:ei\s+)?(?:d?d?iddordeb|f?fuddiant|buddiant)"
    # Welsh puts the verb first: "Datganodd y Cynghorydd X fuddiant personol …" (its kind after the interest)
    r"|\bDatganodd\s+(?:y|yr)\s+(?P<welsh_subject>[A-Z][^;]{0,60}?)\s+(?:f?fuddiant|d?d?iddordeb)"
    r"(?:\s+(?P<welsh_interest>personol|sy['’]n\s+rhagfarnu|rhagfarnol))?"
    # French: "Monsieur le conseiller Marc Côté déclare son intérêt pécuniaire …" (Quebec's municipal ethics code)
    r"|(?P<french>[A-Z][^;]{0,80}?)\s+(?:déclare|divulgue|a\s+déclaré|a\s+divulgué)\s+(?:son|un|avoir\s+un)\s+intérêt"
    r"(?:\s+(?P<french_interest>pécuniaire(?:\s+particulier)?|personnel|direct|indirect))?"
    # Swedish and Finnish: a member disqualified ("Maria Lind (C) anmäler jäv", "X ilmoitti olevansa esteellinen")
    r"|(?P<nordic>[A-ZÅÄÖ][^;.]{0,60}?)\s+(?:anmäler|anmälde|anmälde\s+sig|anmäls?)\s+(?P<nordic_interest>jäv)\b"
    r"|(?P<finnish>[A-ZÅÄÖ][^;.]{0,60}?)\s+(?:ilmoitti|ilmoittaa)\s+olevansa\s+(?P<finnish_interest>esteellinen|jäävi)\b"
    # listed under the minute of declarations, the item first, the kind in brackets after the member: "Item 5: Mr D
    # Fraser (non-financial)" (Scottish councils, probe of a Highland committee's minutes; an English county's "Item 7:
    # Cllr A Lee (personal)")
    r"|^\W*(?:[Ii]tem|ITEM|[Aa]rticle|[Mm]inute)\s+(?P<listed_item>\d[\w./-]*)\s*[:–-]\s*(?P<listed>[A-Z][^;:()]{0,60}?)\s*"
    r"\((?P<listed_interest>(?:non[- ])?financial|(?:non[- ])?pecuniary|personal|prejudicial|connection)\)",
    ["The Church of England Representative (CER), Lynda Pritchard, declared a non-pecuniary interest",
     "Acting Chair Schwartz inquired whether Commissioner Shabazz is recusing himself.",
     "Councillor Hodivala stated that she had a non-pecuniary interest in a school application for the",
     "Fe wnaeth y Cyng. J. Davies ddatgan diddordeb yn Eitem Agenda 9, Cais Cynllunio E/39533 (ei rôl yn",
     # probe: a Welsh county's committee, "buddiant" mutated after the verb
     "Datganodd y Cynghorydd Louise Hughes fuddiant personol yn eitem 5.1 ar y rhaglen.",
     "Item 5: Mr D Fraser (non-financial)", "Item 7: Cllr A Lee (personal)",
     # probe: a Quebec municipality's council
     "Monsieur le conseiller Marc Côté déclare son intérêt pécuniaire dans le point 5 et s'abstient de voter.",
     # probes: Swedish and Finnish municipalities' protocols
     "Maria Lind (C) anmäler jäv och deltar inte i handläggningen av ärendet.",
     "Valtuutettu Matti Virtanen ilmoitti olevansa esteellinen ja poistui kokouksesta asian käsittelyn ajaksi.",
     # probe: the English code of conduct's "other registrable interest"
     "Councillor Dev Kapoor declared an other registrable interest in item 66 as a board member of Marston Homes.",
     "Councillor Nolan declared a non-registrable interest in Minute 49 as she knows the applicant.",
     # probes of Australian and New Zealand minutes
     "Cr Whitlock declared a conflict of interest in Item 5.1 and left the meeting at 9.40am.",
     "Cr Nair declared a material conflict of interest in Item 7 as her husband owns the property.",
     # probes: Western Australia's financial, proximity and impartiality interests; Queensland's prescribed and
     # declarable conflicts of interest
     "Cr Quain declared an impartiality interest in item 9.1 as a member of the Bunbury Rotary Club.",
     "Cr Steck declared a proximity interest in Item 10.2 as she owns the adjoining lot.",
     "Cr Hill declared an indirect financial interest in item 8.3.",
     "Cr Lee declared a prescribed conflict of interest in Item 4.2 as a gift was received from the applicant.",
     # probe: a Welsh town council's member with a personal and prejudicial interest (the Welsh code of conduct)
     "Councillor H Morgan declared a personal and prejudicial interest in minute 2024/35 and left the meeting",
     # probe: New South Wales' non-pecuniary interests, significant or less than significant
     "Councillor Fitzgerald declared a non-pecuniary, less than significant interest in Item 7.",
     # probe: Victoria's general and material conflicts of interest (Local Government Act 2020)
     "Cr Mark Harris declared a general conflict of interest in Item 8.2 as his spouse is employed by",
     # probes: Ontario's and Victoria's disclosures, a Scottish councillor's connection
     "Councillor Young disclosed a pecuniary interest in item 4.1 as the owner of a neighbouring property.",
     "Cr Baker disclosed a general conflict of interest in Item 6.3.",
     "Councillor Yuill declared a connection in relation to article 5 as a Board member of Aberdeen Performing Arts.",
     # probes: Scottish councils' planning committees
     "Councillor Munro declared a non-financial interest in item 4 as she had expressed a view on the application",
     "Councillor Bouse declared a financial interest in item ECYP5 as a board member of Falkirk Community Trust.",
     # probes: a New South Wales council's conflicts, an Ontario township's pecuniary interest, a county board's recusal
     "Cr Smith declared a significant non-pecuniary conflict of interest in Item 9.2 as his daughter is the applicant.",
     "Councillor Baker disclosed an indirect pecuniary interest on item 6.1.",
     "Supervisor Ryan recused himself from item 4 due to a conflict."],
    flags=0,
    # (a member who declared above, leaving for the item: "Having declared an interest, Cllr Egan left the room.")
    counter_examples=["There were no declarations of interest.", "No declarations of interest were received",
                      "Having declared an interest, Cllr Egan left the room.", "Item 5: Planning application (deferred)",
                      "The Supervisor explained the conflict of interest rules."],
)

# or the time straight after the verb, the meeting understood ("Mr. Reiner arrived at 7:17 p.m.", an Ohio city
# council's roll call; "Cllr Hollick (arrived at 7.01pm)" in an English parish's list, PRESENCE_NOTE)
DEPARTURE = Convention(
    "member left or arrived",
    r"(?P<who>[A-Z][^.;]{0,80}?)\s+(?P<event>(?:left|arrived\s+at|joined|returned\s+to)\s+the\s+meeting"
    r"|(?:left|arrived|departed)(?=\s+at\s+\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?m)))",
    ["The BMLSCB left the meeting at 7.16pm.", "Councillor Redsell and the ADCPH left the meeting at 9.28pm.",
     "Mr. Reiner arrived at 7:17 p.m.", "Councillor Jones left at 8.30pm."],
    flags=0,
    counter_examples=["The report was left at 5 High Street.", "Cllr Jones left the room."],
)

# The same in the corpus's other languages, verb after the member (French, Swedish, Finnish) or before (Welsh):
# "M. Marc Côté quitte la séance à 20 h 05", "Maria Lind (C) lämnar sammanträdet", "Pekka Heikkinen poistui
# kokouksesta", "Gadawodd y Cynghorydd Gwyn Parry y cyfarfod"; who returned: "M. Côté reprend son siège",
# "Daeth y Cynghorydd Parry yn ôl i'r cyfarfod".
DEPARTURE_IN_OTHER_LANGUAGES = Convention(
    "member left or arrived (French, Swedish, Finnish, Welsh)",
    r"(?P<left>[A-ZÅÄÖ][^.;]{0,80}?)\s+(?:quitte|a\s+quitté|lämnar|lämnade|poistui)\s+(?:la\s+séance|la\s+salle"
    r"|sammanträdet|mötet|kokouksesta)"
    r"|(?P<arrived>[A-ZÅÄÖ][^.;]{0,80}?)\s+(?:reprend\s+son\s+siège|rejoint\s+la\s+séance|ansluter\s+till\s+sammanträdet"
    r"|anslöt\s+till\s+sammanträdet|saapui\s+kokoukseen|palasi\s+kokoukseen)"
    r"|\b[Gg]adawodd\s+(?:y|yr)\s+(?P<left_cy>[A-Z][^.;]{0,60}?)\s+y\s+cyfarfod"
    # (who declared an interest and left: "Datganodd y Cynghorydd Gwyn Parry fuddiant … a gadawodd y cyfarfod")
    r"|\bDatganodd\s+(?:y|yr)\s+(?P<left_cy_declared>[A-Z][^.;]{0,60}?)\s+(?:f?fuddiant|d?d?iddordeb)[^.;]*?"
    r"\ba\s+gadawodd\s+y\s+(?:cyfarfod|siambr|ystafell)"
    r"|\b[Dd]aeth\s+(?:y|yr)\s+(?P<arrived_cy>[A-Z][^.;]{0,60}?)\s+(?:yn\s+ôl\s+)?i['’]r\s+cyfarfod",
    ["Monsieur le conseiller Marc Côté quitte la séance à 20 h 05.", "Maria Lind (C) lämnar sammanträdet kl. 14.10.",
     "Pekka Heikkinen poistui kokouksesta asian käsittelyn ajaksi.", "Gadawodd y Cynghorydd Gwyn Parry y cyfarfod.",
     "Monsieur le conseiller Marc Côté reprend son siège.", "Daeth y Cynghorydd Gwyn Parry yn ôl i'r cyfarfod.",
     "Datganodd y Cynghorydd Gwyn Parry fuddiant sy'n rhagfarnu yn eitem 5 a gadawodd y cyfarfod."],
    flags=0,
    counter_examples=["Daeth y cyfarfod i ben am 8.45yh.", "La séance est levée à 20 h 15."],
)

ROLE_ACRONYM = Convention(
    "role acronym standing for a person",
    r"[A-Z]{2,8}(?:\s+representatives?)?",
    ["BMLSCB", "ADCPH", "NELFT representatives"],
    flags=0,
    counter_examples=["Councillor Redsell"],
)

OPENING = Convention(
    "meeting opened",
    r"\b(?:convened|convene|called\s+to\s+order|called\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?to\s+order|commenc(?:ed|ing)"
    r"|opened\s+the\s+meeting|declared\s+the\s+meeting\s+open|meeting\s+(?:began|started|opened)"
    # "held on … at 7.00 pm" within its sentence: not on to a time in the minutes below it
    r"|held\s+(?:on|in)\b[^.;]{0,120}?\bat\b|time:|met\s+at)|(?:午前|午後)\s*[\d０-９]+\s*時(?:\s*[\d０-９]+\s*分)?\s*(?:開会|開議)",
    ["President Curtis convened the meeting at 7:00 p.m.", "TIME: 7:02 p.m. Called to Order",
     "The meeting was called to order by Commissioner Robert Sherrard at 7:07 p.m.",
     "Commissioner Michele Bellows called the Joint Planning Board and Transportation Commission meeting to order at 7:00 p.m.",
     "Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12 December 2017 at 7.00 pm",
     "The Council met at 9:41 a.m.", "［午前10時 開会］",
     "Held in the Council Chambers on Wednesday 17 April 2024 commencing at 5.00pm",
     "The Shire President declared the meeting open at 5.02pm.", "午前１０時開議"],
    # the minutes of an earlier meeting "held on 16 February 2023" approved below say nothing of when this one opened
    counter_examples=["RESOLVED that the minutes of the meeting held on 16 February 2023 be confirmed and signed by the"
                      " Chairman as a correct record. The meeting closed at 12.15 pm"],
)

CLOSING = Convention(
    "meeting closed",
    # (Ontario townships close by resolution: "Be it resolved that we do now adjourn at 10:15 a.m.")
    r"\b(?:finished|closed|close|adjourn|adjourned|ended|concluded|adjournment|avslutade(?:s)?|levée)\b|\bi\s+ben\s+am\b"
    r"|(?:午前|午後)\s*[\d０-９]+\s*時(?:\s*[\d０-９]+\s*分)?\s*(?:散会|閉会|延会|閉議)"
    # a town committee's record heads its times as fields: "閉会日時　令和６年６月１２日（水）午前１１時４５分", "閉会　午後３時"
    r"|(?:閉会|散会)(?:日時|時刻)?[\s　:：]*[^午\s　]{0,16}[\s　]*(?:午前|午後)\s*[\d０-９]+\s*時",
    ["The meeting finished at 10.00 pm", "２　閉会日時　令和６年６月１２日（水）午前１１時４５分", "閉会　午後３時２６分", "The Chairman brought the meeting to a close at 7.55pm",
     "The meeting was adjourned at 7:48 p.m.", "10. ADJOURNMENT: 8:03 p.m.", "［午後３時26分 散会］", "午後４時延会",
     "diolchodd y Cadeirydd i aelodau am fynychu a daeth y cyfarfod i ben am 9.12pm.",
     "Be it resolved that we do now adjourn at 10:15 a.m."],
)

# A line saying the meeting has closed: it ends whatever decision was being recorded above it.
MEETING_CLOSED_LINE = Convention(
    "line recording the meeting's close",
    r"^\W*(?:the\s+)?(?:meeting|chair(?:man|woman|person)?|mayor)\b.{0,60}?\b(?:finished|closed|close|adjourned|ended|concluded)\b"
    # Welsh, Swedish, Finnish, French: the meeting came to an end, the chair closed it, the sitting is lifted
    r"|^\W*(?:daeth\s+y\s+cyfarfod\s+i\s+ben|caewyd\s+y\s+cyfarfod|ordföranden\s+avslutade"
    r"|puheenjohtaja\s+päätti\s+kokouksen|la\s+séance\s+est\s+levée)\b",
    ["The meeting finished at 10.00 pm", "The Chairman brought the meeting to a close at 7.55pm",
     "The meeting was adjourned at 7:48 p.m.", "Meeting closed at 9.05pm",
     "Daeth y cyfarfod i ben am 8.15yh / The meeting closed at 8.15pm.", "Puheenjohtaja päätti kokouksen klo 20.15.",
     "La séance est levée à 22h15"],
    counter_examples=["That the car park be closed at 6pm on Sundays", "10. ADJOURNMENT: 8:03 p.m."],
)

APPROVED_STATUS = Convention(
    "minutes marked approved",
    r"^\W*(?:approved|final|adopted)\b(?:\s+(?:meeting\s+)?minutes)?",
    ["APPROVED MINUTES", "APPROVED MEETING MINUTES", "FINAL MINUTES", "APPROVED"],
    counter_examples=["DRAFT MINUTES"],
)

PREVIOUS_MINUTES = Convention(
    "earlier minutes approved",
    r"\bminutes\b.*\b(?:approved|agreed|signed|adopted|confirmed)\b",
    ["The minutes of the Children's Services Overview and Scrutiny Committee held on 10 October 2017 were approved as a correct record.",
     "The minutes of the meeting held on the 7th May 2019 had been circulated prior to this meeting. All agreed this was a true record and were signed and approved."],
)

VENUE = Convention(
    "meeting place",
    # (Swedish "Plats och tid:" and Finnish "Paikka ja aika:" fields: the time after the place is none of it)
    r"^(?:(?:(?:meeting\s+)?(?:place|venue|location|room)|where|lieu|lleoliad|plats(?:\s+och\s+tid)?|mötesplats|m[øo]tested|mødested"
    r"|paikka(?:\s+ja\s+aika)?)\s*:|(?:sammanträdesplats|kokouspaikka)\s*:?"
    # Japanese records' field, numbered or marked, its place after a space: "３　場所　第１委員会室", "◯場所　市会第３会議室"
    r"|(?:[\d０-９]{1,2}[\s.．、]+|[◯○●■])?(?:会議)?場所[\s:：])\s*(?P<venue>.+?)(?:,?\s+(?:kl\.?|klo)\s*\d.*)?$"
    r"|\bheld\s+(?:a\s+)?(?:via\s+|by\s+|on\s+)?(?P<online>zoom|teams|microsoft\s+teams)\b",
    ["PLACE: City Hall Council Chambers", "The Parish Council held a zoom meeting",
     "Meeting Room: Council Chamber, 15 Rata Street, Kowhai",
     # probes: a Finnish kokouskutsu, a Swedish kallelse, a Quebec avis de convocation; the Swedish field unlabelled
     "Kokouspaikka: Kunnantalo, valtuustosali", "Plats: Stadshuset, sammanträdesrummet", "Lieu : Salle du conseil",
     "Sammanträdesplats Stadshuset, Topeliusesplanaden 7",
     # probes: a Swedish municipality's protocol, a Finnish one's
     "Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–15.30", "Paikka: Kunnantalo, valtuustosali",
     # probe: a Japanese town's committee record
     "３　場所　第１委員会室"],
    counter_examples=["Plats för information", "Placement of the new bins", "場所の確保について協議した。"],
)


# The place in the sentence that opens minutes: "… held in the Council Chamber, Sessions House, County Hall,
# Maidstone on Thursday, 30 January 2025."; "… held their meeting at 7.30pm on the 9th October 2019 at the Reading
# Room, Cwmifor."; "The meeting was called to order at Lloyd Minor Park at 7:08 p.m.". The place is named in capitals
# and ends at the day, the date, the time or the sentence's end.
VENUE_IN_SENTENCE = Convention(
    "meeting place in the opening sentence",
    r"\b(?i:held|meeting|meets?|met|convened|called\s+to\s+order|[cg]ynhaliwyd|(?:19|20)\d\d)\b(?:\b[ap]\.m\.|[^.;]|\.(?=\d)){0,80}?\b(?i:in|at|yn|ym|yng)\s+(?i:the\s+)?"
    r"(?P<venue>(?!(?i:\d|noon|midday|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))[A-Z][\w'’.&-]*(?:,?\s+(?:[A-ZÀ-Þ0-9][\w'’.&-]*|of|and|the|an|upon|on-\w+|&|y|yr))*?)"
    # (Welsh: the day after "ddydd" or "nos", the date after "ar", the time after "am")
    r"(?=,?\s+(?i:(?:on|at|(?:commencing|starting)(?:\s+at)?|from)\s+(?:\w+day\b|the\s+\d|\d))|,?\s+(?i:d?dydd|nos)\s+[A-Z]"
    r"|,?\s+(?:ar|am)\s+\d|\s*;|\s*\.?$)",
    ["MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 30 January 2025.",
     "Manordeilo and Salem Community Council held their meeting at 7.30pm on the 9th October 2019 at the Reading Room, Cwmifor.",
     "The meeting was called to order at Lloyd Minor Park at 7:08 p.m.",
     # probes: Irish, Northern Irish and English town council minutes
     "Minutes of the Monthly Meeting of Meath County Council held in the Council Chamber, Buvinda House, Navan, Co. Meath on Monday, 4th March 2024 at 2.00 p.m.",
     "MINUTES OF THE MEETING OF THE LEISURE AND DEVELOPMENT COMMITTEE HELD IN THE COUNCIL CHAMBER, CIVIC HEADQUARTERS, COLERAINE ON TUESDAY 16 APRIL 2024 AT 7:00 PM",
     "Minutes of the meeting of the Town Council held at the Market Hall, Market Square, Kirkby Stephen on Tuesday 9th January 2024",
     # probe: a New South Wales council's place before the time it began
     "Minutes of the Ordinary Meeting of Council held on Tuesday 27 February 2024 at the Council Chambers, Katoomba commencing at 6.30pm",
     # an Irish county council's summons, and a Welsh council's agenda letter
     "Monthly Meeting of Kilbride County Council to be held in the Council Chamber, Áras an Chontae, Kilbride on Monday, 13th May 2024",
     "A meeting of the Planning Committee will be held in the Council Chamber, Civic Offices, on Thursday, 6th June, 2024 at 10.00 am.",
     "Notice is hereby given that the Parish Council will meet on 03/12/2024 at 7.30pm in Fernhill Village Hall.",
     # probe: a US county board's opening sentence, its time written "a.m."
     "The Marshall County Board of Supervisors met in regular session at 9:00 a.m. in the Board Room, Marshall County Courthouse, Marshalltown, Iowa.",
     # probes: Welsh county and community councils' minutes in Welsh
     "Cofnodion cyfarfod y Pwyllgor Cynllunio a gynhaliwyd yn Siambr Dafydd Orwig, Swyddfeydd y Cyngor, Caernarfon, ddydd Llun, 12 Chwefror 2024 am 1.00 y.p.",
     "Cofnodion cyfarfod Cyngor Cymuned Llanfair a gynhaliwyd yn Neuadd y Pentref, Llanfair nos Fercher 6 Mawrth 2024 am 7.00yh"],
    flags=0,
    counter_examples=["The meeting was called to order at 7:00 p.m.", "Minutes of the meeting held on 5th February 2024.",
                      "The meeting was held in accordance with the Local Government Act.",
                      "held at 7.00pm on Tuesday 9th January 2024"],
)

# The place in a French opening sentence: "… séance ordinaire du conseil municipal …, tenue le lundi 4 mars 2024 à
# 19 h 30, à la salle du conseil, 204, rue Principale." (Quebec municipalities; a notice's "… se tiendra le …"), "… s'est réuni à la mairie de
# Coulon" (French communes): a hall, room or town hall after "à"/"au", in lower case as French writes it, up to the
# sentence's end, the chair ("sous la présidence de …") or the date.
VENUE_IN_FRENCH_SENTENCE = Convention(
    "meeting place in a French opening sentence",
    r"\b(?:tenue?s?|r[ée]uni(?:e|s|es)?|si[èe]gean?t?|tiendra)\b[^.;]{0,80}?\b(?:à|au)\s+(?:la\s+|l['’])?"
    r"(?P<venue>(?:salle|h[ôo]tel\s+de\s+ville|mairie|centre|[ée]difice|chalet|local|pavillon|bureau)\b(?:[^.;]|\.(?=\d))*?)"
    r"(?=,?\s+(?:sous\s+la\s+pr[ée]sidence|le\s+\w+\s+\d|à\s+\d)|\s*[.;]|\s*$)",
    ["PROCÈS-VERBAL de la séance ordinaire du conseil municipal de la Municipalité de Saint-Alban, tenue le lundi 4 mars 2024 à 19 h 30, à la salle du conseil, 204, rue Principale.",
     "Le conseil municipal s'est réuni à la mairie de Coulon, sous la présidence de M. Jean Dupont, maire.",
     # probe: a Quebec municipality's avis de convocation, the meeting to come
     "Avis est donné qu'une séance ordinaire du conseil municipal se tiendra le lundi 2 mars 2026 à 19 h 30, à la salle "
     "du conseil, 101, rue de la Plage."],
    counter_examples=["La séance est levée à 20 h 15.", "tenue le lundi 4 mars 2024 à 19 h 30."],
)

# A place set on lines of its own under the meeting's date: "Sutton Coldfield Town Hall"; "EPA Government Center" over
# "City Council Chamber" over "East Palo Alto, CA 94303".
PLACE_LINE = Convention(
    "line naming a meeting place",
    r"^(?!.*\b(?:is|are|was|were|will|be|has|have)\b)(?=.*\b(?:[Hh]all|H[Aa][Ll][Ll]|[Rr]oom|ROOM|[Cc]hambers?|CHAMBERS?|[Hh]ouse|HOUSE|"
    r"[Cc]ent(?:re|er)|CENT(?:RE|ER)|[Cc]ourthouse|[Bb]uilding|[Oo]ffices?|[Ll]ibrary|[Pp]avilion|[Hh]eadquarters|[Ii]nstitute)\b)"
    r"[A-Z0-9][\w'’.,&()/ -]{2,100}$",
    ["Sutton Coldfield Town Hall", "EPA Government Center", "City Council Chamber", "NORWALK CITY HALL/COUNCIL CHAMBERS",
     # probes: Victorian and Iowa minutes
     "Council Chamber, Town Hall, Sturt Street, Ballarat",
     "Board Room, Marshall County Courthouse, 1 E Main St, Marshalltown, IA"],
    flags=0,
    counter_examples=["The Town Hall is closed for refurbishment", "Present:", "Minutes of the Council Chamber Working Group:"],
)

# The last line of an address under a place: the town and a US state (its code or its name) and ZIP, a UK
# postcode (after the county: "Maidstone, Kent, ME14 1XQ"), a Canadian one, or a ZIP code on a line of its own.
ADDRESS_END_LINE = Convention(
    "town line of an address",
    r"^(?:[A-Z][\w'’ .-]{1,40},?\s+(?:(?:[A-Z]{2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\d{5}(?:-\d{4})?"
    r"|(?:[A-Z][\w'’ .-]{1,30},\s+)?[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:[A-Z]{2}\s+)?[A-Z]\d[A-Z]\s+\d[A-Z]\d)"
    r"|\d{5}(?:-\d{4})?)$",
    ["East Palo Alto, CA 94303", "Maidstone ME14 1XQ", "Burbank, California 91502", "Maidstone, Kent, ME14 1XQ",
     "Nipissing ON P0H 1W0", "90275"],
    flags=0,
    counter_examples=["Resolution No. 2024-031"],
)


# A sentence giving notice of a meeting to come ("A meeting of the Planning Committee will be held in …"): the body it
# names is the one meeting, as a title would name it, over a letterhead that names only the authority.
MEETING_SUMMONS = Convention(
    "notice of a meeting to come, in a sentence",
    r"\b(?:will|shall|is\s+to|are\s+to)\s+be\s+held\b|\bto\s+be\s+held\b",
    ["A meeting of the Planning Committee will be held in the Council Chamber, Civic Offices, on Thursday",
     "Monthly Meeting of Kilbride County Council to be held in the Council Chamber"],
    counter_examples=["The Council met at 9:41 a.m.", "MINUTES of a meeting of the Cabinet held in the Council Chamber"],
)


# A minutes title set on its own line near the top, in the wordings of many councils.
MINUTES_TITLE = Convention(
    "minutes title line",
    r"^\W*(?:(?:approved|draft|final|unapproved|regular|special|joint|annual|adjourned|exempt|confidential)\s+)+"
    r"(?:meeting\s+)?(?:minutes|mintues)\W*$"
    r"|^\W*(?:minutes|mintues)\s+of(?:\s+the)?\s*$"  # the body's name follows on the next line
    r"|^\W*(?:(?:approved|draft|final|unapproved|regular|special|joint)\s+)*(?:meeting\s+)?(?:minutes|mintues)\s+(?:of|for)\s+"
    r"(?!.*\b(?:are|is|were|was|will|be)\b)(?:the\s+)?(?:[\w'’-]+\s+){0,8}?(?:meeting|council|committee|board|commission|authority|panel)\b"
    # a title of a few words ending in the word: "Council Minutes", "Meeting Minutes", "ACTION MINUTES",
    # "Unconfirmed Minutes"; not an agenda's item about earlier minutes ("Approval of Minutes", "Previous Minutes")
    r"|^\W*(?:(?!(?:approval|approve|adoption|adopt|confirmation|confirm|consideration|consider|previous|last|prior|of|the"
    r"|to|and|receive|receipt|review|signing|sign|reading|correction|corrections)\b)[^\W\d_][\w'’&-]*\s+"
    # US boards are named for whom they seat: "BOARD OF SUPERVISORS MINUTES", "Board of Education Minutes"
    r"(?:(?i:of)\s+(?=[^\W\d_]))?){1,4}(?:minutes|mintues)\W*$"
    # proceedings, a verbatim record or notes, as US county boards, Hansard and informal meetings title them
    r"|^\W*(?:(?:official|summary|journal|record|transcript|minutes)\s+of\s+(?:the\s+)?|official\s+)?proceedings\W*$"
    r"|^\W*(?:(?:official|summary|journal|record|transcript|minutes)\s+of\s+(?:the\s+)?|official\s+)?proceedings\s+of\s+the\s+"
    r"(?:[\w'’&-]+\s+){0,6}?(?:council|board|commission|committee|supervisors|trustees|aldermen|selectmen|assembly)\W*$"
    r"|^\W*hansard\b|^\W*(?:meeting\s+notes|notes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\b)"
    # a US city council's journal (Omaha, Chicago): "JOURNAL OF THE CITY COUNCIL"
    r"|^\W*journal\s+of\s+the\s+(?:[\w'’&-]+\s+){0,6}?(?:council|board|commission|supervisors|trustees|aldermen)\b"
    # the word for minutes in other languages: Swedish, Welsh, French, Japanese, Finnish; Norwegian "Møteprotokoll",
    # Danish "Referat", "Beslutningsprotokol" (probes of a Norwegian kommunestyre's and a Danish byråd's minutes, which
    # list their business under "Saksliste" / "Dagsorden" as the agenda did)
    r"|^\W*(?:(?:møte|beslutnings)?protokoll?|(?:møde)?referat|cofnodion|procès-verbal|compte[- ]rendu|(?:kokous)?pöytäkirja)\b(?!\s+(?:för|från)\b)|(?:会議録|委員会記録|議事録|会議記録)\s*(?:[（(]\s*第\s*\S{1,3}\s*[日号回]\s*[）)])?\s*$",
    ["APPROVED MEETING MINUTES", "FINAL MINUTES", "REGULAR MEETING MINUTES", "EXEMPT MINUTES",
     "Joint Meeting Minutes of the Transportation Commission and", "MINUTES FOR REGULAR MEETING",
     "MINTUES OF THE", "MINUTES OF THE REGULAR MEETING OF THE", "Protokoll 5/2022", "第３回 産業交通水道委員会記録",
     "Procès-verbal de la séance du conseil municipal", "Council Minutes", "Meeting Minutes", "ACTION MINUTES",
     "Unconfirmed Minutes", "SUMMARY OF PROCEEDINGS", "PROCEEDINGS OF THE BOARD OF SUPERVISORS", "Notes of the meeting",
     "Pöytäkirja 7/2023", "横浜市会本会議　会議録（第３日）", "建設委員会会議録", "JOURNAL OF THE CITY COUNCIL",
     "MØTEPROTOKOLL", "Referat", "Beslutningsprotokol", "Mødereferat",
     # probes: a California county's board of supervisors, a US school district's board
     "BOARD OF SUPERVISORS MINUTES", "Board of Education Regular Meeting Minutes"],
    counter_examples=["Minutes of the meeting are recorded with comments on each case made by the group. These",
                      "Minutes", "Föredragningslista 16/2022", "2024/11/05 1:34 会議録表示", "Approval of Minutes",
                      "APPROVAL OF THE MINUTES", "3. Council Minutes", "Previous Meeting Minutes", "To approve the minutes",
                      "Proceedings of the meeting may be filmed", "Adoption of Committee Minutes",
                      "Approval of Board Minutes", "Confirmation of the Minutes", "Referatet godkendes",
                      "Godkjenning av protokoll fra forrige møte"],
)

# A record saying the meeting has begun, in the past tense: minutes and verbatim transcripts open so,
# an agenda says it "will be called to order".
MEETING_OPENED = Convention(
    "meeting opened (a record of it)",
    r"\b(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:met|convened|was\s+called\s+to\s+order|called\s+the\s+meeting\s+to\s+order)"
    r"\s+(?:at|on|in)\b|[［\[]?\s*(?:午前|午後)\s*[\d０-９]+\s*時(?:\s*[\d０-９]+\s*分)?\s*(?:開会|開議)\s*[］\]]?\s*$"
    r"|\bcynhaliwyd\s+cyfarfod\b",
    ["The Council met at 9:41 a.m.", "［午前10時 開会］", "午前１０時開議", "The meeting was called to order at Lloyd Minor Park at 7:08 p.m.",
     "Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ar y 9fed Hydref 2019 yn yr Ystafell"],
    counter_examples=["The meeting will be called to order at 7:00 p.m.", "CALL TO ORDER"],
)


# Function words by language, to tell a document the parsers cannot read ("Réunion du Conseil Municipal").
LANGUAGE_WORDS = {
    "English": Convention(
        "English function words",
        r"\b(?:the|and|of|to|was|were|that|with|for|this|which|would|meeting)\b",
        ["The minutes of the meeting held on the 7th May 2019 had been circulated"],
    ),
    "French": Convention(
        "French function words",
        r"\b(?:le|la|les|des|du|et|est|une|pour|dans|aux|sur|qui|que|séance|conseil\s+municipal)\b",
        ["Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal se sont réunis"],
    ),
    "Spanish": Convention(
        "Spanish function words",
        r"\b(?:el|los|las|del|y|es|una|para|por|con|sesión|ayuntamiento)\b",
        ["Acta de la sesión ordinaria del Pleno del Ayuntamiento"],
    ),
    "German": Convention(
        "German function words",
        r"\b(?:der|die|das|und|ist|ein|eine|mit|für|von|sitzung|gemeinderat)\b",
        ["Niederschrift über die Sitzung des Gemeinderates"],
    ),
    "Swedish": Convention(
        "Swedish function words",
        r"\b(?:och|att|som|för|med|av|till|på|är|om|beslut|protokoll)\b",
        ["Till protokolljusterare utsågs Johanna Norrbygård och Tua Backman."],
        counter_examples=["The minutes of the meeting held on the 7th May 2019 had been circulated"],
    ),
    "Finnish": Convention(
        "Finnish function words",
        r"(?<!\w)(?:ja|on|että|tai|ovat|sekä|mukaan|myös|oli|kokous|pöytäkirja)(?!\w)",
        ["Asiakirja on allekirjoitettu sähköisesti", "Kokousaika 14.11.2023 klo 18.00–20.15, pöytäkirja"],
        counter_examples=["Till protokolljusterare utsågs Johanna Norrbygård och Tua Backman."],
    ),
    "Welsh": Convention(
        "Welsh function words",
        r"(?<!\w)(?:yr|ac|gan|ei|yn|bod|cyngor|cyfarfod|ymddiheuriadau|i'r|a'r)(?!\w)",
        ["Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ar y 9fed Hydref 2019 yn yr Ystafell"],
        counter_examples=["Le douze juillet deux mil vingt-trois, à 20 heures, les membres du Conseil Municipal"],
    ),
}
# Tesseract's code for each language above (its languages are Debian's tesseract-ocr-CODE packages).
TESSERACT_LANGUAGES = {"English": "eng", "French": "fra", "Spanish": "spa", "German": "deu", "Swedish": "swe",
                       "Finnish": "fin", "Welsh": "cym"}


# --- The meeting heading (parse stage) ---

# --- The meeting heading: the title block at the top of a document's first page ---

# The head noun of a meeting body's name, in the languages of the corpus. English names end in
# one ("Planning Board"; "Board of Health" too); Welsh and French ones open with it ("Cyngor
# Cymuned …", "Conseil municipal"); Swedish ones are compounds ending in one ("Välfärdsnämnden");
# Japanese ones end in one (産業交通水道委員会).
MEETING_BODY = Convention(
    "word naming a meeting body",
    # A US county's court is its governing body ("Fiscal Court", "Commissioners Court"); a UK council's
    # executive meets as "The Executive" (a chief or deputy chief executive is an officer).
    # An Irish council meets in each of its municipal districts ("Killarney Municipal District"); an Arkansas
    # county's court is its "Quorum Court".
    r"\b(?:fiscal|commissioners['’]?|quorum)\s+court\b|\bmunicipal\s+district\b|(?<!chief\s)\bexecutive\b"
    r"|\b(?:committee|sub-?committee|cttee|ctte|cmte|sub-?cttee|panel|board|commission|commissioners|cabinet|council|authority|forum"
    r"|assembly|caucus|trust|partnership|agency|cyngor|pwyllgor|bwrdd|conseil|comité|assemblée)\b"
    r"(?!\s+members?\b)"  # "Council Member", "Board Member": an office, not a body
    r"|\b\w*(?:styrelsen?|nämnden?|fullmäktige|utskottet?|sektionen?)\b|(?:委員会|市会|議会|本会議)"
    # Norwegian and Danish: Kommunestyret, Formannskapet, Hovedutvalg for teknikk, Byrådet, Økonomiudvalget
    r"|\b\w*(?:styret|bestyrelsen|formannskapet|utvalg(?:et)?|udvalg(?:et)?|(?<=\w)rådet)\b"
    r"|\b\w*(?:hallitus|valtuusto|lautakunta|jaosto)\b",  # Finnish: Kaupunginhallitus, Sivistyslautakunta
    ["Children's Services Overview and Scrutiny Committee", "CUYAHOGA COUNTY BOARD OF HEALTH", "CABINET",
     "Board of Water and Power Commissioners", "CYNGOR CYMUNED MANORDEILO a SALEM", "Organ Välfärdsnämnden",
     "Stadsstyrelsen", "第３回 産業交通水道委員会記録", "Conseil Municipal", "Sivistyslautakunta", "Kaupunginhallitus",
     "City Council and Successor Agency",  # California's successor agencies to redevelopment meet with the council
     "FISCAL COURT", "Commissioners Court", "The Executive", "Killarney Municipal District", "Quorum Court",
     "Planning Cttee", "Finance Cmte"],
    counter_examples=["Boardroom", "Councillors", "Commissioned Family Hub Contracts", "Sandra Armenta, Council Member",
                      "Chief Executive", "Crown Court"],
)

# A Swedish or Finnish body named by an adjective before its head noun, the noun in lower case as those languages
# write it: "Tekniska nämnden", "Sociala nämnden", "Tekninen lautakunta", "Kaupungin hallitus". The head noun alone.
LOWER_CASE_HEAD_NOUN = Convention(
    "a Nordic body's head noun in lower case",
    r"(?:\w*(?:styrelsen?|nämnden?|fullmäktige|utskottet?|sektionen?|hallitus|valtuusto|lautakunta|jaosto))",
    ["nämnden", "styrelsen", "lautakunta", "jaosto", "fullmäktige", "byggnadsnämnden"],
    counter_examples=["committee", "hall", "pöytäkirja"],
)

# Where a body's name goes on to name another body it belongs or answers to: "Successor Agency to the
# Redevelopment Agency", "Board of Directors of the Housing Authority". What follows is the complement.
BODY_COMPLEMENT = Convention(
    "complement naming another body",
    r"\s+(?:to|of)\s+the\s+",
    ["City Council and Successor Agency to the Redevelopment Agency", "Board of Directors of the Housing Authority"],
    counter_examples=["KENT COUNTY COUNCIL CABINET a the Cabinet", "Transportation Commission and Planning Board"],
)

# One member who takes executive decisions alone, as a UK council's scheme of delegation allows: the
# "committee" of a record of decision ("Cabinet Member for Integrated Children’s Services"), no sentence or office.
SOLE_DECISION_MAKER = Convention(
    "member taking decisions alone",
    r"^(?:deputy\s+)?(?:cabinet|executive|lead)\s+member\s+for\s+\S.*|^portfolio\s+holder\s+for\s+\S.*"
    r"|^leader\s+of\s+the\s+council$",
    ["Cabinet Member for Integrated Children’s Services", "Portfolio Holder for Housing", "Leader of the Council"],
    counter_examples=["Chair of the Health Overview Scrutiny Committee", "Cabinet"],
)

# A head noun on its own ("the Committee may discuss …") names no body; "Cabinet" and "Council" do: each
# authority has one.
GENERIC_BODY_WORDS = {"committee", "sub-committee", "subcommittee", "board", "commission", "panel", "forum", "authority",
                      "agency", "partnership", "trust", "assembly", "caucus"}

# The head nouns that lead a body's name, in the languages that put them first ("Cyngor Cymuned
# Manordeilo a Salem", "Conseil municipal de Coulon").
LEADING_BODY_WORD = Convention(
    "head noun leading a body's name",
    r"\b(?:cyngor|pwyllgor|bwrdd|conseil|comité|assemblée)\b",
    ["CYNGOR CYMUNED MANORDEILO a SALEM", "Conseil Municipal"],
    counter_examples=["Council met at 9:41 a.m."],
)

# The qualifiers French writes in lower case after a leading head noun, part of the body's name:
# "Séance ordinaire du conseil municipal tenue le 3 octobre" names the "conseil municipal", and
# "le comité consultatif d'urbanisme" its planning committee; "tenue", "le" end the name.
BODY_QUALIFIER = Convention(
    "lower-case qualifier after a leading head noun",
    r"^(?:municipal(?:e|es|aux)?|communautaire|g[ée]n[ée]ral(?:e)?|r[ée]gional(?:e)?|ex[ée]cutif|scolaire"
    r"|consultati(?:f|ve)|permanent(?:e)?|pl[ée]ni[èe]re?|d['’](?:administration|arrondissement|agglom[ée]ration"
    r"|urbanisme|[ée]tablissement)|de\s+(?:ville|quartier|la\s+ville))$",
    ["municipal", "d'administration", "consultatif", "de ville"],
    counter_examples=["tenue", "le", "ordinaire"],
)

# The wording of a title block around the body's name: what the document is, which meeting, when.
HEADING_NOISE = Convention(
    "heading wording around the committee name",
    # "public" as the meeting's kind ("Public Document Pack", "PUBLIC MINUTES"), not a word of a name ("Public Art Commission")
    r"\b(?:approved|draft|unapproved|final|action|revised|amended|printed|open\s+session|closed\s+session)\b"
    r"|\bpublic\b(?=\s+(?:document|session|meeting|agenda|notice|minutes|pack|reports?|part|hearing)\b|\s*$)"
    r"|\bsummons(?:\s+to)?(?:\s+and)?\b|\b(?:minutes|mintues|agenda|notice|record|journal|minute(?=\s+of\b))(?:\s+(?:of|for))?\b"
    r"|\b(?:(?:summary|journal|record|transcript)\s+of\s+)?proceedings(?:\s+of)?\b|\bnotes\s+of\b"
    r"|\b(?:special|regular|adjourned|extraordinary|ordinary|hybrid|virtual|remote|concurrent|annual)\b"
    r"|\b(?:(?:work|study|budget)\s+)?sessions?\b|\bworkshops?\b"
    r"|\b(?:order|business)\s+papers?\b"  # what New Zealand and Australian councils call their agendas
    r"|\b(?:(?:joint|annual|general|full|monthly|quarterly|statutory|inaugural|plenary)\s+)*meeting(?:\s+(?:of|on|for))?\b|\bA\.?G\.?M\.?(?=\s|$)|\bheld\b.*$|\b(?:møte|beslutnings)?protokoll?\b(?:\s+\d+\s*/\s*\d+)?|\b(?:møde)?referat\b"
    r"|\bföredragningslista\b|\bkallelse\b|\besityslista\b|\bkokouskutsu\b|\bmøteinnkalling\b|\bsaksliste\b|\bdagsorden\b|\b(?:kokous)?pöytäkirja\b(?:\s+\d+\s*/\s*\d+)?|\bcyfarfod\b|\bcofnodion\b|第\s*\S{1,3}\s*回|[（(]第\s*\S{1,3}\s*回[）)]|会議録|記録"
    r"|(?:令和|平成|昭和)\s*\S{1,2}\s*年(?:\s*\S{1,2}\s*月)?",
    ["APPROVED MINUTES", "MINUTES OF THE REGULAR MEETING OF THE", "Joint Meeting Minutes of the Transportation Commission and",
     "Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12",
     "Summons to and Agenda for a Meeting on", "REGULAR MEETING AGENDA", "Protokoll 5/2022",
     "Minutes of Monthly Meeting of Galway County Council", "PROCEEDINGS OF THE BOARD OF SUPERVISORS", "SUMMARY OF PROCEEDINGS",
     "Order Paper", "BUSINESS PAPER",  # probes: a New Zealand district council's order paper, an Australian shire's
     "City Council Work Session", "第３回 産業交通水道委員会記録", "JOURNAL OF THE CITY COUNCIL", "PUBLIC MINUTES",
     "Concurrent Meeting of the Oakland Redevelopment Agency and the City Council",  # Legistar's joint sittings
     "MINUTE of Meeting of the MARR AREA COMMITTEE",  # Scotland's singular
     "Minutes of the Annual Parish Council Meeting", "Referat Byrådet", "Beslutningsprotokol"],
)

# A title set letter-spaced, each capital a word to the text layer ("M I N U T E S", "A G E N D A").
LETTER_SPACED = Convention(
    "letter-spaced capitals",
    r"\b(?:[A-Z] ){3,}[A-Z]\b",
    ["M I N U T E S", "A G E N D A Planning Committee"],
    flags=0,
    counter_examples=["Councillors A B Smith and C Jones", "PLANNING COMMITTEE"],
)

# The words in a title block that say what the document is: the phrase holding them names the
# meeting it is of ("MINUTES OF THE REGULAR MEETING OF THE …", "Joint Meeting Minutes of the …").
DOCUMENT_TITLE = Convention(
    "what the document is, in its title",
    r"\b(?:minutes|mintues|minute(?=\s+of\b)|agenda|summons|proceedings|hansard|protokoll|föredragningslista|kallelse|cofnodion|agenda'r"
    r"|pöytäkirja|esityslista)\b|会議録|記録",
    ["Joint Meeting Minutes of the Transportation Commission and", "AGENDA", "Protokoll 5/2022", "第３回 産業交通水道委員会記録",
     "Minute of meeting of the Policy and Resources Committee"],
    counter_examples=["Transportation Commission", "Minute 45 was noted"],
)

# Words a body's name may hold in lower case ("Board of Water and Power"), in the corpus's languages.
NAME_FUNCTION_WORDS = {"of", "and", "the", "for", "on", "in", "a", "an", "at", "&", "de", "du", "des", "la", "le",
                       "les", "et", "och", "för", "i", "ac", "y", "yr", "und", "der", "die"}

# An authority, as opposed to one of its committees: a place and the kind of authority it is.
AUTHORITY = Convention(
    "authority name",
    # English boroughs styled "London Borough of Hackney", "Royal Borough of Kingston upon Thames", "Royal Borough of
    # Windsor and Maidenhead", "Metropolitan Borough of Wirral": the style is the name's
    r"(?P<name>(?:(?i:the)\s+)?(?:(?i:corporation|council)\s+(?i:of\s+the)\s+)?(?:(?i:london|royal|metropolitan)\s+(?=(?i:borough)))?"
    r"(?i:city|town|township|county|village|borough|municipality|district|commune|parish|shire)"
    r"\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:and|upon)\s+)?[A-Z][\w'’.-]*){0,3}"
    # a name may join two places with "and": "Causeway Coast and Glens Borough Council", "Hinckley and Bosworth …"
    # (an isle's or vale's name among them: "Isle of Wight Council", "Vale of Glamorgan Council")
    # (but never over a council's own name: "Medway Council and Kent County Council" are two authorities)
    r"|(?:(?:(?i:isles?|vale)\s+(?i:of)\s+)?(?!(?i:council)\b)[A-Z][\w'’&.-]*\s+(?:(?-i:and|&)\s+(?=[A-Z]))?){1,4}(?:(?i:parish|town|city|county|district|borough|metropolitan|community|regional|unitary|shire)\s+)*(?i:council)\b"
    r"|(?:[A-Z][\w'’&.-]*\s+){1,4}(?:(?i:union|unified)\s+)?(?i:school\s+district)"
    # a region named by its bearing from a place: "West of England Combined Authority", "North of Tyne Combined
    # Authority" (not "the Leader of Greater Manchester Combined Authority")
    r"|(?:(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)\s+(?i:of)\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}(?:(?i:mayoral)\s+)?"
    r"(?i:combined\s+authority)"
    r"|(?:[A-Z][\w'’&.-]*\s+){1,4}(?i:national\s+park\s+authority)"  # England and Wales's park planning authorities
    # England's fire and rescue authorities: "Devon and Somerset Fire and Rescue Authority", "Lancashire Combined Fire
    # Authority", "Cheshire Fire Authority"
    # ("Hampshire and Isle of Wight Fire and Rescue Authority": places joined in either case, an isle's or vale's name)
    r"|(?:(?:(?i:isles?|vale)\s+(?i:of)\s+)?[A-Z][\w'’&.-]*\s+(?:(?i:and|&)\s+(?=[A-Z]))?){1,4}(?:(?i:combined)\s+)?"
    r"(?i:fire\s+(?:and\s+rescue\s+)?authority)"
    r"|(?i:cyngor\s+(?:bwrdeistref\s+sirol|dinas\s+a\s+sir|cymuned|tref|sir|dinas))\s+[A-Z][\w'’-]*(?:\s+(?:a|ac|[A-Z][\w'’-]*)){0,4}"
    # Irish: "Comhairle Contae Chiarraí", "Comhairle Contae na Gaillimhe", "Comhairle Cathrach Chorcaí"
    r"|(?i:comhairle\s+(?:contae|cathrach|baile|buirge))\s+(?:(?:na|an)\s+)?[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’-]*){0,3}"
    r"|(?i:ville|municipalit[ée]|cit[ée]|canton|paroisse|commune|mrc)\s+(?i:de|du|des|d['’])\s*(?:(?i:la|l['’])\s*)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"  # French: "Ville de Sainte-Marie", "MUNICIPALITÉ DE SAINT-ANDRÉ"
    # Nordic and Japanese names; a Japanese record's list mark opens an entry and is no part of a name
    # ("◯市会第３会議室" is the unnamed city council's meeting room)
    r"|[A-ZÅÄÖÆØ][\w-]+\s+(?i:stad|kommun|kommune|kaupunki|kunta)\b|[^\s◯○●◎■□◆◇・※]{1,6}?(?:市会|市議会|市)"
    # a US county named with its state: "MARSHALL COUNTY, IOWA", "Marshall County, Iowa"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?i:county)(?=,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s*$))",
    ["Milburn Parish Council - 2nd July 2019", "Thurrock Council Wi-Fi", "KENT COUNTY COUNCIL", "City of Alameda, California",
     "The Corporation of the Township of Nipissing", "CUPERTINO UNION SCHOOL DISTRICT", "COUNCIL OF THE CITY OF WINNIPEG",
     "West of England Mayoral Combined Authority", "North of Tyne Combined Authority", "CYNGOR CYMUNED MANORDEILO a SALEM", "Nykarleby stad",
     "Kempeleen kunta", "SHIRE OF WANDOO", "Ville de Sainte-Marie", "MUNICIPALITÉ DE SAINT-ANDRÉ",
     "KEMPELEEN KUNTA", "Cyngor Bwrdeistref Sirol Caerffili", "Cyngor Dinas a Sir Abertawe",
     # probes: Northern Irish and English councils named after two places
     "Causeway Coast and Glens Borough Council", "Fermanagh and Omagh District Council",
     # probes: Irish county and city councils' names in Irish, an Iowa county's board
     "Comhairle Contae na Gaillimhe", "Comhairle Cathrach Chorcaí", "MARSHALL COUNTY, IOWA",
     # probe: a national park authority's planning committee agenda
     "Peak Uplands National Park Authority", "BRECON BEACONS NATIONAL PARK AUTHORITY",
     # probe: a London borough's summons
     "London Borough of Hackney", "Royal Borough of Kingston upon Thames", "ROYAL BOROUGH OF WINDSOR AND MAIDENHEAD",
     # probe: a fire and rescue authority's agenda and report
     "Devon and Somerset Fire and Rescue Authority", "LANCASHIRE COMBINED FIRE AUTHORITY", "Cheshire Fire Authority",
     "Hampshire and Isle of Wight Fire and Rescue Authority", "HAMPSHIRE AND ISLE OF WIGHT FIRE AND RESCUE AUTHORITY",
     "Isle of Wight Council", "Vale of Glamorgan Council", "VALE OF WHITE HORSE DISTRICT COUNCIL",
     "京都市会"],
    flags=0,
    counter_examples=["Regular Meeting Agenda", "the minutes of the meeting of the council", "ville de plus en plus",
                      "Dear Councillor", "comhairle", "Kent County, a report to the Cabinet",
                      "consulted the national park authority", "reported to the fire authority",
                      # a Japanese committee's record: its list mark before the unnamed city council's meeting room
                      "◯市会第３会議室"],
)
# An authority's council named as "the council of" the authority: the meeting is of its "Council".
WHOLE_COUNCIL = Convention(
    "the council of an authority",
    r"^(?:the\s+)?(?P<council>council)\s+of\s+(?:the\s+)?(?:city|town|township|county|borough|village|district)\s+of\b",
    ["COUNCIL OF THE CITY OF WINNIPEG", "Council of the Town of Halton Hills"],
    counter_examples=["Civil Service Board of the City of Alameda"],
)

# The formal wording before an authority's name ("The Corporation of the Township of Nipissing").
AUTHORITY_FORMAL_PREFIX = Convention(
    "formal wording before an authority's name",
    r"^(?:the\s+)?(?:corporation|municipality|council)\s+of\s+(?:the\s+)?",
    ["The Corporation of the Township of Nipissing"],
    counter_examples=["Township of Nipissing"],
)

# The council's own meetings, spoken of in its papers.
COUNCIL_MEETING = Convention(
    "the council's meeting",
    r"\bCouncil\s+(?:[Mm]eetings?|met|meets|will\s+meet)\b",
    ["3. Resolution: Adopt the Minutes of the May 13, 2025 Council Meeting.",
     "Council meetings will be held in person at 2381 Highway 654"],
    flags=0,
    counter_examples=["the council meeting room", "Committee meetings"],
)

# Swedish and Finnish write the kind of authority after its place in lower case ("Hedemora kommun", "Nykarleby stad",
# "Kempeleen kunta", "Oulun kaupunki"): so a name printed in capitals is recased.
NORDIC_AUTHORITY_KINDS = {"kommun", "stad", "samkommun", "kunta", "kaupunki", "kuntayhtymä"}

# Words a name set all in capitals keeps in capitals when it is recased: a ballot measure's letters after its noun
# (Californian cities' bond oversight committees: "MEASURE AV OVERSIGHT COMMITTEE" is the "Measure AV Oversight
# Committee", "Measure A", "Measure AA"), and an acronym of ACRONYM_MIN_LETTERS letters or more none of which is a
# vowel ("NHS TRUST", "PCC", "CCG"). In Welsh, w and y are vowels: "CWM TAWE", "BRYN", "LLWYD" are words, as
# "LYNN" and "GLYN" are in English; "ST ALBANS", "MT VERNON" are short for words.
BALLOT_MEASURE_NOUNS = ["measure", "prop", "proposition"]
BALLOT_LETTERS_MAX = 2
ACRONYM_MIN_LETTERS = 3
WORD_VOWELS = "aeiouyw"

# Words that say what kind of authority a name is, not where: "City Council" alone names no authority.
AUTHORITY_KIND_WORDS = {"the", "city", "town", "township", "county", "district", "borough", "metropolitan",
                        "community", "regional", "unitary", "parish", "village", "shire", "council", "full", "a", "and", "of",
                        "joint", "special", "regular"}

# A sentence naming the meeting ("A meeting of the County Council will be held …", "MINUTES of a
# meeting of the Cabinet held in …"): the name runs up to what is said of it.
MEETING_OF = Convention(
    "meeting of a named body",
    r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<name>[A-Z][\w'’&,() -]{2,120}?)\s*(?=\bwill\b|\bheld\b|\bis\b|\bwas\b|\bon\b|\bat\b|\bin\b|[.;]|$)",
    ["A meeting of the County Council will be held in the Council Chamber",
     "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions",
     "Minutes of Meeting of the Education Committee held in the Council Chamber, Glenurquhart Road"],
    flags=0,
    counter_examples=["the meeting of 13 February"],
)
# A title naming the body that met, then "Meeting of", then the authority it is of: "Minutes of the Ordinary Council
# Meeting of Wattle Creek Shire Council" (Australian and New Zealand councils' minutes, "Minutes of the Finance
# Committee meeting of Tauranga City Council"; English districts' "Planning Committee Meeting of Hambleton District
# Council"): two names, which the heading's wording once ran together ("Council Wattle Creek Shire Council"). Only
# where the word before "Meeting" is a name's (see MEETING_KIND_WORDS): "the Regular Meeting of the City Council" names one.
BODY_MEETING_OF = Convention(
    "a body's meeting of its authority",
    r"\b(?P<before>[\w'’]+)\s+(?i:meeting\s+of)\s+(?=(?:(?i:the)\s+)?[A-Z])",
    ["MINUTES OF THE ORDINARY COUNCIL MEETING OF WATTLE CREEK SHIRE COUNCIL HELD AT",
     "Minutes of the Finance Committee meeting of Tauranga City Council",
     "Minutes of the Planning Committee Meeting of Hambleton District Council held on 4 March 2026"],
    flags=0,
    counter_examples=["the meeting of 13 February"],
)
# Words before "Meeting of" that say how a body met, not which body: "Minutes of the Annual Meeting of Milburn Parish
# Council", "Joint Meeting of the Transportation Commission and the City Council".
MEETING_KIND_WORDS = {"the", "a", "an", "of", "regular", "special", "ordinary", "extraordinary", "adjourned", "annual",
                      "general", "joint", "monthly", "quarterly", "statutory", "inaugural", "plenary", "public", "emergency",
                      "reconvened", "continued", "this", "that", "next", "last", "previous", "council's"}
# A sentence opening the minutes that says the body met ("The Edgewood City Council met in regular session
# on Tuesday, March 4, 2025"): the body is what opens it.
BODY_MET = Convention(
    "a named body that met",
    r"^\W*(?:(?i:the)\s+)?(?P<name>[A-Z][\w'’&().-]*(?:,?\s+(?:[A-Z][\w'’&().-]*|of|and|the|for|on|&)){0,15}?)"
    r"\s+(?:met|convened)\b",
    ["The Edgewood City Council met in regular session on Tuesday, March 4, 2025",
     "The Board of Commissioners of the Housing Authority of the City of Elm Grove met in regular session"],
    flags=0,
    counter_examples=["Members of the public met with officers on site", "It was noted that the Board met twice"],
)
# The same in French, where a body's name runs in lower case: "Procès-verbal de la séance ordinaire du
# conseil municipal de la Municipalité de Saint-André, tenue le lundi 6 novembre 2023".
SEANCE_OF = Convention(
    "sitting of a named body (French)",
    r"\bs[ée]ance\s+(?:(?:ordinaire|extraordinaire|sp[ée]ciale|publique|r[ée]guli[èe]re|d['’]ajournement)\s+)?"
    r"(?:du|de\s+la|de\s+l['’])\s*(?P<name>(?:conseil|comit[ée]|commission|assembl[ée]e)\b[^,;.]{0,100}?)"
    r"\s*(?=,|\btenue\b|\bqui\b|\bdu\s+\d|\ble\s+\w+\s+\d|[.;]|$)",
    ["Procès-verbal de la séance ordinaire du conseil municipal de la Municipalité de Saint-André, tenue le",
     "Séance ordinaire du conseil municipal tenue le 3 octobre 2023"],
    counter_examples=["La séance est levée à 20 h 15.", "Le maire déclare la séance ouverte à 19 h 30."],
)

# Dates that say when a paper was published or revised, not when the meeting is.
PUBLICATION_DATE = Convention(
    "publication or revision date",
    r"\b(?:published|publication|amended|revised|posted|printed|issued|dispatched|despatch(?:ed)?|circulated|updated|publiceras"
    r"|signed)\b[^.\d]{0,25}$"
    # minutes stamped with when they were approved ("Approved April 1, 2025", "Adopted by the Board on …")
    r"|\b(?:approved|adopted)(?:\s*:|\s+on|\s+(?:by|at)\b[^.\d]{0,40}?\bon)?\s*$",
    ["Amended ", "Agenda published on: ", "Date of publication: ", "Date of despatch: Friday, ", "Approved ",
     "Adopted by the Board on ", "Approved: "],
    counter_examples=["Tuesday, ", "APPROVED MINUTES ", "Approved Minutes of the Regular Meeting of "],
)

# A field giving the meeting's date, in the languages of the corpus: as strong as "held on" (a front sheet's
# "Date: Wednesday 12 March 2025" is the meeting's, not a date met in the text).
DATE_FIELD = Convention(
    "field giving the meeting's date",
    r"^\s*(?:" + DATE_LABEL + r"|date\s+and\s+time|when|dyddiad|tid|aika|kokousaika"
    r"|sammanträdestid|date\s+de\s+la\s+séance|dato|m[øo]tedato|mødedato|開会日時|日時)\s*:\s*\S",
    ["Date: Wednesday 12 March 2025", "Date of Meeting: 14/03/2024", "Kokousaika: 14.11.2023 klo 18.00",
     "Meeting Date: 13-Feb-2025"],
    counter_examples=["Date of despatch: Friday, 7 March 2025", "Dated 12th November 2019", "Date of next meeting"],
)

# A letter's salutation: a summons is a letter, and the date set alone above "Dear Councillor" is the
# letter's, not the meeting's (which the summons sentence below gives).
SALUTATION = Convention(
    "letter salutation",
    # Irish councils' letters open in Irish: "A Chara" (dear friend), "A Chomhairleoir" (dear councillor).
    r"^\s*(?:dear\s+(?:councill?ors?|cllrs?|members?|sirs?|madam|all|colleagues?|sir\s+or\s+madam|member\s+of\s+the)\b"
    r"|a\s+(?:chara|chairde|chomhairleoir(?:í)?)\b)",
    ["Dear Councillor,", "Dear Councillor", "Dear Members", "Dear Sir or Madam", "A Chara,", "A Chomhairleoir,"],
    counter_examples=["Dear Park Users: the path is closed", "Members are reminded", "A chart of the budget follows"],
)

# A sentence saying when the meeting is held, before its date.
MEETING_HELD = Convention(
    "when the meeting is held",
    r"\b(?:held|meets?|met|convened|tenue?s?|sammanträde\w*|cynhaliwyd|cynhelir|s'est\s+réuni|se\s+tiendra)\b",
    ["MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Maidstone on ",
     "A meeting of the County Council will be held in the Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ on ",
     # probes: a Welsh community council's notice ("will be held"), a Quebec avis de convocation
     "Cynhelir cyfarfod o'r Cyngor Cymuned nos Fawrth 10 Mawrth 2026", "une séance ordinaire du conseil se tiendra le lundi"],
    counter_examples=["Approval of the minutes of "],
)

# A street address in a title block's venue lines: its house number is no item number.
STREET_ADDRESS = Convention(
    "street address",
    r"^\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr"
    r"|highway|hwy|lane|ln|way|place|pl|court|ct|square|sq|parkway|pkwy|esplanade|plaza)\b\.?",
    ["275 E. Olive Ave.", "1315 Valley Drive", "29301 HAWTHORNE BOULEVARD, RANCHO PALOS VERDES", "45 Beatty Street",
     "38300 SIERRA HIGHWAY, SUITE B"],
    counter_examples=["84. Apologies", "2 Minutes 5 - 16", "1. CALL TO ORDER/FLAG SALUTE"],
)

# A date that belongs to an earlier meeting named in the text ("the minutes of the meeting held on …",
# "previous meeting", "last meeting").
EARLIER_MEETING = Convention(
    "an earlier meeting's date",
    r"\b(?:minutes|protokoll\w*|cofnodion|(?:previous|last|earlier|preceding)\s+meeting)\b[^.;]{0,80}$",
    ["The minutes of the meeting held on the ", "approve the minutes of the last meeting held on ",
     "Resolved that the minutes of the meeting of Amenities, Leisure and Community Services held on ",
     "Minutes of the previous meeting held on "],
    counter_examples=["A meeting of the County Council will be held in the Council Chamber on "],
)
# The document's own title, not a mention of other minutes: "Minutes" opens it ("MINUTES" over "7 December
# 2022", "Minutes of the meeting held on Monday 7th December, 2022"), after no more than a word of status.
OWN_MINUTES_TITLE = Convention(
    "minutes naming themselves",
    # Scottish councils title theirs in the singular: "MINUTE of Meeting of the Marr Area Committee"
    r"^\W*(?:(?:draft|approved|unapproved|unconfirmed|confirmed|final|signed)\s+)*(?:minutes|minute(?=\s+of\b)|protokoll|cofnodion"
    r"|procès-verbal|compte[- ]rendu)\b"
    r"(?!.*\b(?:previous|last|earlier|preceding)\s+meeting\b)",
    ["MINUTES ", "Minutes of the meeting held on Monday ", "Draft Minutes of the Planning Committee held on ",
     "Cofnodion cyfarfod Cyngor Cymuned Manordeilo a Salem a gynhaliwyd ar ",
     "Minute of meeting of the Policy and Resources Committee held in the Municipal Buildings"],
    counter_examples=["The minutes of the meeting held on the ", "3. Minutes of the previous meeting held on ",
                      "Minute 45/24 of the meeting held on 4 March was noted",
                      "Minutes of the last meeting held on "],
)

# A clock time right after a date: a browser's print stamp in a header or footer ("2024/11/05 1:34").
PRINT_STAMP = Convention(
    "print time stamp after a date",
    r"^\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?!\S*\s*(?:p\.?m|a\.?m)\s*meeting)",
    [" 1:34 会議録表示", ", 8:38 PM"],
    counter_examples=["Regular Meeting"],
)

# Words that make a candidate a sentence or an office, never a committee's name.
NOT_A_NAME = Convention(
    "sentence or office, not a body's name",
    r"\b(?:is|are|was|were|will|shall|may|can|must|has|have|had|please|should|would|held)\b|\bto\s+(?!the\b)[a-z]+"
    r"|^\W*(?:chair(?:man|person)?|vice[- ]chair|clerk|mayor|leader|member)\s+(?:of|to)\b|^\W*(?:(?:all|each|every)\s+)?members?\s+of\b",
    ["Opportunities For The Public To Address The Board", "Chair of the Health Overview Scrutiny Committee",
     "The Committee may discuss or act on", "Each Member of Wicklow County Council"],
    counter_examples=["Children's Services Overview and Scrutiny Committee", "Board of Water and Power Commissioners",
                      "Committee of the Whole"],
)
# A committee name longer than this is a sentence that happens to contain "Committee".
COMMITTEE_MAX_WORDS = 16

BODY_ONLY_LINE = Convention(
    "authority line above a committee name",
    r"^(?!.*\b(?:board|commission|committee|council|authority|panel)\b)"
    r"(?:(?:City|Town|County|Village|Borough|Commune)\s+of\s+[A-Z][\w ]+(?:,\s*[A-Z][\w ]+)?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+County,\s*[A-Z][\w ]+)$",
    # a US county named with its state over its board: "MARSHALL COUNTY, IOWA" over "BOARD OF SUPERVISORS"
    ["City of Alameda, California", "MARSHALL COUNTY, IOWA"],
    counter_examples=["CITY OF ALAMEDA HISTORICAL ADVISORY BOARD", "Kent County"],
)


# --- Agenda packs: where each document starts (split stage) ---

REPORT_COVER_ITEM = Convention(
    "report cover: meeting date and agenda item",
    r"^(?P<date>.*?)\s*\bITEM\s*:\s*(?P<item>\d{1,3}[A-Z]?)\s*$",
    ["13 February 2018 ITEM: 6", "11 July 2017 ITEM: 8"],
    counter_examples=["AGENDA ITEM NO. 10 SHALL BE LAID OVER TWO WEEKS”"],
)

MINUTES_START = Convention(
    "minutes heading that opens minutes inside a pack",
    r"^\s*(?:draft\s+|approved\s+|exempt\s+|confidential\s+)?minutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\s+of\b"
    r".*\bheld\s+on\b",
    ["Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12",
     "Exempt Minutes of the Meeting of the Cabinet held on 11 December 2019"],
    counter_examples=["Minutes of the meeting are recorded with comments on each case made by the group. These"],
)

APPENDIX_HEADING = Convention(
    "appendix heading or appendix list entry",
    r"^\s*(?:appendix|attachment|annexe?|schedule|enclosure|exhibit|bilaga|liite|atodiad|pièce\s+jointe)\s+(?P<number>\d{1,2}(?-i:[a-z])?|[A-Z])\b"
    r"\s*[-–—:.]?\s*(?P<title>.*)$",
    ["Appendix 1 – Performance scorecard", "Appendix 1 SEND Peer Review High Level Action Plan Update 17/1/2018",
     "Appendix A - Worcestershire's Early Help Offer", "ATTACHMENT 1", "Attachment 2 - Check Summary",
     "APPENDIX D: ALTERNATIVE BUDGET HIGH LEVEL 2025-28 REVENUE PLAN AND FINANCING", "Bilaga 1",
     "Exhibit A - Site Plan", "Schedule 1 - Fees and Charges 2025/26", "Enclosure 2 - Consultation Responses",
     "Appendix 1a - Detailed Budget", "Annexe B - Equality Impact Assessment",
     # probes: a Finnish esityslista's, a Welsh county's and a Quebec municipality's attachments
     "Liite 1 Talousarvion toteutumisraportti", "Atodiad A – Asesiad Effaith", "Pièce jointe 2 – Plan de zonage"],
    counter_examples=["Appendices to the report", "Attachments:", "Liite on nähtävillä kokouksessa",
                      "Schedule 12A of the Local Government Act 1972 as amended"],
)

REPORT_CONTACT = Convention(
    "report author or contact block (ends the report's own text)",
    # "Contact officer:" as English districts label it
    r"^\s*(?:report\s+author|lead\s+officer\s+contact|contact\s+for\s+the\s+report"
    r"|(?:report\s+)?contact\s+officers?(?=\s*:))\b\s*:?",
    ["Report Author:", "Lead officer contact:", "Contact for the Report",
     "Contact officer: Ravi Shah, Transport Planning Manager", "Report Contact Officer: Jo Reed"],
    counter_examples=["Contact officers will be available at the meeting."],
)

LETTER_SALUTATION = Convention(
    "letter salutation",
    r"^\s*Dear\s+(?:[A-Z][\w'’-]+\s*){1,3},?\s*$",
    ["Dear Barbara", "Dear Member"],
    flags=0,
)

AGENDA_TITLE = Convention(
    "agenda title line",
    r"^\s*agenda\s*$|^\s*(?P<committee>[A-Za-z][\w'’ &-]{2,80}?)\s+agenda\s+for\b",
    ["AGENDA", "Agenda", "CITY COUNCIL AGENDA FOR OCTOBER 16, 2012"],
    counter_examples=["Agenda and Link to Agenda Items"],
)

# A front sheet that gives notice of its meeting, never calling itself an agenda: "… to be held on / at / in …",
# a summons ("You are requested to attend the Monthly Meeting …", as Irish councils write), a US district's
# "NOTICE OF REGULAR MEETING", New Zealand and Australian councils' "Notice of an Ordinary Meeting of the …
# Committee" over an "ORDER OF BUSINESS", Westminster-style order papers, Canadian French "Ordre du jour".
# Such a heading is the whole line: minutes speak of the order of business in sentences.
MEETING_NOTICE = Convention(
    "notice of a meeting to be held",
    r"\b(?:meeting\s+will\s+be|to\s+be)\s+held\s+(?:on|at|in)\b"
    r"|\byou\s+are\s+(?:hereby\s+)?(?:requested|summoned|invited)\s+to\s+attend\b"
    r"|^\W*(?:public\s+)?notice\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}meeting\b(?!\s+(?:was|is|has|had)\b)"
    r"|^\W*(?:order\s+of\s+business|order\s+paper|business\s+paper|ordre\s+du\s+jour)\W*$",
    ["The meeting will be held at 7.00 pm on 13 February 2018", "NEXT MEETING TO BE HELD ON TUESDAY,",
     "MEETING TO BE HELD ON TUESDAY,", "NOTICE OF REGULAR MEETING", "Notice of a Special Meeting of the City Council",
     "Monthly Meeting of Wicklow County Council to be held in the Council Chamber",
     "You are requested to attend the Monthly Meeting of Wicklow County Council",
     "You are hereby summoned to attend a meeting of the Council", "Notice of an Ordinary Meeting of the",
     "NOTICE OF MEETING", "Notice of the Extraordinary Council Meeting", "ORDER OF BUSINESS", "Order Paper", "ORDRE DU JOUR"],
    counter_examples=["Minutes of the Meeting of the Children's Services Overview and Scrutiny Committee held on 12",
                      "The order of business was amended to take item 7 first", "Notice of meeting was given in the press",
                      "Adoption of the Ordre du jour", "ORDER OF BUSINESS CHANGED"],
)

# The first item of an order of business, numbered as the first of its sequence: an agenda that never
# calls itself one (a meeting's title, its date, then "1. CALL TO ORDER") is still an agenda, so long as
# nothing in it records the meeting (extract.split: minutes number "1. CALL TO ORDER" too, then say it met).
ORDER_OF_BUSINESS_OPENER = Convention(
    "first item of an order of business",
    r"^\W*(?:1(?:\.1)?[.):]?|[AI](?:\.1)?[.):])\s+(?:call(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:meeting\s+)?to\s+order"
    r"|open(?:ing)?\s+of\s+(?:the\s+)?meeting|roll\s+call"
    # a Scottish council's: the roll called with the apologies ("Calling of the Roll and Apologies for Absence")
    r"|calling\s+of\s+the\s+roll(?:\s+and\s+apologies(?:\s+for\s+absence)?)?(?=\W*$)"
    # a UK front sheet's first business: apologies, or the chair's welcome with them
    r"|(?:(?:to\s+receive\s+)?apologies(?:\s+for\s+absence)?|welcome(?:\s+and\s+apologies)?)(?=\W*$|\s+(?:and|for|\()))",
    ["1. CALL TO ORDER", "1. Call to Order.", "1. CALL TO ORDER/FLAG SALUTE",
     "1. CALL TO ORDER AND ROLL CALL", "1. Apologies", "1. Apologies for Absence", "1. Welcome and Apologies",
     "1. APOLOGIES AND SUBSTITUTIONS", "1. Calling of the Roll and Apologies for Absence"],
    counter_examples=["3. ROLL CALL", "1. Calling of the Roll was dispensed with.", "CALL TO ORDER Chair Ramirez", "A roll call vote was taken.",
                      "The meeting was called to order at Lloyd Minor Park at 7:08 p.m.",
                      "1. Apologies were received from Councillor T Owen."],
)

# A stamp at the top of a paper's first page giving the agenda item it is for (modern.gov packs print it
# top right; Alameda's agenda items carry "Item 4B" beside the meeting).
AGENDA_ITEM_STAMP = Convention(
    "agenda item stamp at the top of a paper",
    r"^\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<item>\d{1,3}[A-Z]?)\s*$",
    ["Agenda Item 3", "Agenda Item 6", "Item 4B"],
    counter_examples=["Agenda Item No", "Agenda Item 3 English Devolution White Paper (Pages 1 - 18)"],
)

# The fields of a memorandum-style cover: who the paper is to and from, and its subject (Kent's
# "From: / To: County Council – 9th January 2025 / Subject: …", Norwalk's staff reports "TO: / FROM: /
# BY: / SUBJECT:"). A paper opens with them only when all of to, from and subject are there.
MEMO_FIELD = Convention(
    "memorandum cover field",
    r"^\s*(?P<label>to|from|by|subject|re|classification|status|date)\s*:\s*(?P<value>.*)$",
    ["From: Roger Gough, Leader of the Council", "To: County Council – 9th January 2025",
     "Subject: English Devolution White Paper", "Classification: Unrestricted", "TO: Honorable Housing Authority",
     "FROM: Jesus M. Gomez, Executive Director", "SUBJECT: HOUSING ASSISTANCE PAYMENTS PROGRAM – APPROVE"],
    counter_examples=["Together with the Council, the Board agreed", "Direct Dial/Ext: 03000416892"],
)
# An agenda item's page as a board meeting system prints it: US school boards' BoardDocs item details, each field
# beside its label ("Subject | 3.01 Adoption of Resolution 24-25-18 …", "Meeting | May 14, 2025 - Regular Meeting",
# "Category | 3. Action Items", "Access | Public", "Type | Action", "Recommended Action | Adopt …"; probe).
BOARD_ITEM_FIELD = Convention(
    "board item detail field",
    r"^\s*(?P<label>subject|meeting|category|access|type|recommended\s+action|fiscal\s+impact|budgeted)\s*:\s*(?P<value>\S.*)$",
    ["Subject: 3.01 Adoption of Resolution 24-25-18 Authorizing Temporary Borrowing",
     "Meeting: May 14, 2025 - Regular Meeting of the Board of Education", "Category: 3. Action Items",
     "Access: Public", "Type: Action, Discussion", "Recommended Action: Adopt Resolution 24-25-18."],
    counter_examples=["Meeting of the Board of Education", "Category 3 funding was discussed", "Access to Information"],
)
# The board item fields a page opens with, "category" among them, that make it an item's page.
BOARD_ITEM_LABELS = 4

# The memo fields that must all be present for a memorandum cover.
MEMO_COVER_LABELS = {"to", "from", "subject"}

# Minutes titled by the word alone, in capitals at the top of a page, over the body and the date
# (Nipissing's "MINUTES" / "TOWNSHIP OF NIPISSING" / "Tuesday, February 4, 2025").
MINUTES_WORD = Convention(
    "minutes titled by the word alone",
    r"^\W*(?:meeting\s+)?minutes\W*$",
    ["MINUTES", "MEETING MINUTES"],
    counter_examples=["Minutes of the meeting are recorded with comments on each case made by the group. These"],
)

# A decision taken by one person or an officer, published on a form of its own: a report whose decisions
# are its recommendations, by the decision-maker.
DECISION_RECORD = Convention(
    "record or notice of a decision",
    r"^\W*(?:.{0,60}?[–—:-]\s*)?(?:(?:executive|key|officer|delegated|individual|cabinet\s+member)\s+)?"
    r"(?:record|notice)\s+of\s+(?:(?:an?|the)\s+)?(?:(?:executive|key|officer|delegated|urgent)\s+)?decisions?\W*$"
    r"|^\W*(?:(?:executive|key|officer|delegated)\s+)?decision\s+notice\W*$"
    r"|^\W*notice\s+of\s+(?:final\s+)?action\W*$",  # a US planning body's, on a permit it heard
    ["KENT COUNTY COUNCIL – RECORD OF DECISION", "Record of Executive Decision", "DECISION NOTICE",
     "NOTICE OF ACTION", "Notice of Final Action", "Notice of Decision"],
    counter_examples=["A record of decisions taken by officers under delegated powers is attached",
                      "Officer Decisions", "Notice of action taken by the Board is posted"],
)

# A form laid out as a table, its first row the form's name ("Budget Amendment Form"), its rows
# labelled fields: one form is one paper (a budget amendment, a motion, a question).
FORM_TITLE = Convention(
    "a form's name",
    r"^\s*[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|of|and|for)\s+){0,4}(?i:form)\s*$",
    ["Budget Amendment Form", "Notice of Motion Form"],
    counter_examples=["Consultation response form returned by the school", "Form"],
    flags=0,
)
# The field of a form that names the paper, and the one that says who put it forward.
FORM_NAME_FIELD = Convention(
    "a form's name field",
    r"^\s*(?:[A-Z][\w]*\s+)?(?:name|title|subject)\s*:?\s*$",
    ["Amendment Name:", "Title:", "Motion Title"],
    counter_examples=["Amendment Number:", "Name of the school and its headteacher:"],
)
FORM_PROPOSER_FIELD = Convention(
    "a form's proposer field",
    r"^\s*(?:proposer|proposed\s+by|mover|moved\s+by|submitted\s+by)\s*:?\s*$",
    ["Proposer:", "Proposed by:", "Submitted by"],
    counter_examples=["Seconder:", "Proposed Purpose:"],
)

REPORT_OPENING = Convention(
    "report cover label",
    r"^\s*(?:report\s+(?:of|from|to)\s*:|briefing\s+(?:for|to)\b|wards\s+and\s+communities\s+affected)",
    ["Report from: Barbara Peacock, Director Children and Adults",
     "Report of: Joseph Tynan – Service Manager Multi Agency Safeguarding Hub",
     "Briefing for CYP Scrutiny Committee 15.08.13: Safeguarding Peer Review"],
    counter_examples=["The letter from the LGA which reports on the Peer Review, and"],
)
# A staff report's title, perhaps naming the body it goes to ("CITY COUNCIL STAFF REPORT", "AGENDA REPORT").
# A Nordic municipality's case paper, titled by its kind at the top of its first page: Norwegian "Saksframlegg" /
# "Saksutredning" (its fields "Saksbehandler:", "Arkivsak:" below), Swedish "Tjänsteskrivelse" / "Tjänsteutlåtande"
# (probes). Inside a pack it opens the case's paper. Not the word in a sentence.
CASE_PAPER_TITLE = Convention(
    "Nordic case paper title",
    r"^\W*(?:saksframlegg|saksutredning|tjänsteskrivelse|tjänsteutlåtande)\W*$",
    ["Saksframlegg", "SAKSFRAMLEGG", "Tjänsteskrivelse", "Saksutredning"],
    counter_examples=["Se saksframlegg i sak 13/26", "Tjänsteskrivelse daterad 2026-03-01 bifogas"],
)
STAFF_REPORT_TITLE = Convention(
    "staff report title",
    r"^\W*(?:(?P<value>(?:city\s+|town\s+|village\s+)?council|(?:planning\s+)?commission|board(?:\s+of\s+\w+)?)\s+)?"
    r"(?:staff|agenda|officer(?:['’]?s|s['’])?|council\s+agenda)\s+report\W*$"
    # US cities' forms for an item, named by their kind (probes: Minnesota cities' "REQUEST FOR COUNCIL ACTION",
    # Colorado and Texas cities' "COUNCIL COMMUNICATION", "AGENDA ITEM COVER SHEET", "AGENDA MEMORANDUM")
    r"|^\W*(?:request\s+for\s+(?:council|board|commission)\s+action|(?:council|board)\s+communication"
    r"|agenda\s+(?:item\s+)?(?:cover\s+sheet|memorandum|summary)"
    r"|rapport\s+au\s+conseil(?:\s+municipal)?|sommaire\s+d[ée]cisionnel)\W*$",  # (Quebec's, probe; Montreal's)
    ["STAFF REPORT", "CITY COUNCIL STAFF REPORT", "AGENDA REPORT", "Officer's Report", "CITY COUNCIL AGENDA REPORT",
     "PLANNING COMMISSION STAFF REPORT", "REQUEST FOR COUNCIL ACTION", "COUNCIL COMMUNICATION",
     "AGENDA ITEM COVER SHEET", "AGENDA MEMORANDUM", "Agenda Item Summary", "RAPPORT AU CONSEIL",
     "Sommaire décisionnel"],
    counter_examples=["Staff reported that the works were complete.", "Agenda Reports Pack",
                      "Council communication with residents has improved", "Request for Council action on the budget"],
)


# --- Markup left in the text layer (parse stage: extract/markup.py) ---

EMPHASIS_PAIR = Convention(
    "emphasis markers around words",
    r"(?<![\w*])(?P<mark>\*\*|\*)(?=[^\s*)])(?P<text>.+?)(?<=[^\s*(])(?P=mark)(?![\w*])",
    ["**START TIME 6:30 p.m.**", "*None*",
     "is set out in *Children Missing Education Statutory Guidance for Local Authorities* Department for Education"],
    flags=0,
    counter_examples=["(**) refers to functions for which funding will be included in Integrated Settlements",
                      "AYES: Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia,", "*** AGENDA ***",
                      "MCA 147.31 171.81 168.87*"],
)

# A bold marker that pairs with nothing: after a word ("scheme.**"), or before one.
STRAY_BOLD = Convention(
    "bold marker left without its pair",
    r"(?<=[^\s*(])\*\*(?![\w*])|(?<![\w*])\*\*(?=\w)",
    ["properties to be available for the scheme.**", "recoverability calculation, as** • legally prescribed",
     "• 2.1** The Statutory guidance on Children Missing Education (CME) is set out in"],
    flags=0,
    counter_examples=["(**) refers to functions for which funding will be included", "*** AGENDA ***",
                      "Practitioners' Guide* which is updated from time to time"],
)

# A line explaining an asterisk mark: the document uses asterisks as footnotes, not emphasis.
FOOTNOTE_KEY = Convention(
    "asterisk footnote key",
    r"^\s*\(?\*{1,3}\)?\s+\w(?!.*\*\s*$)",
    ["(**) refers to functions for which funding will be included in Integrated Settlements for Established Mayoral",
     "* Notice period 4 days except property fund which is 90 days"],
    flags=0,
    counter_examples=["*** AGENDA ***", "**Any queries regarding these Minutes, please contact"],
)

MARKUP_TAG = Convention(
    "HTML emphasis or paragraph tag",
    r"</?(?P<name>i|em|b|strong|u|p|br)\s*/?>",
    ["<i>Looked after Children (tbc)</i>", "Social Care Update on Post Ofsted Action Plan (<i>Deferred</i>)",
     "<p>New arrangements to include reporting of progress of SEN Support Cohort</p>"],
    counter_examples=["The Portfolio Holder presented the report. <script>alert(1)</script>",
                      "children aged <5 and >16"],
)

TEXT_AUTOLINK = Convention(
    "web address in angle brackets",
    r"<(?P<url>https?://[^\s<>\"']+)>",
    ["<https://www.thurrock.gov.uk/children-missing-education/when-child-is-missing-education>."],
    counter_examples=["Please contact Democratic Services at Direct.Democracy@thurrock.gov.uk"],
)

# --- Report cover blocks and sections (parse stage) ---

COVER_WARDS = Convention(
    "wards affected",
    r"wards\s+and\s+communities\s+affected\s*:?\s*(?P<value>.*?)\s*(?=key\s+decision|$)"
    r"|^\s*(?:(?:electoral\s+)?(?:wards?|ward\(s\)|ward/s|divisions?|division\(s\))(?:\s*/\s*(?:electoral\s+)?"
    r"(?:wards?|divisions?))?(?:\s+affected)?|affected\s+(?:wards?|divisions?))\s*:\s*(?P<short>.*?)\s*(?=key\s+decision|$)",
    ["Wards and communities affected: All Key Decision: Non-Key", "Wards and communities affected:", "Wards: All",
     "Ward(s) affected: Ashby North", "Electoral Divisions affected: All Divisions", "Wards/Divisions Affected: All",
     "Affected Wards: Abbey; Castle"],
    counter_examples=["The scheme covers all wards of the borough"],
)

COVER_KEY_DECISION = Convention(
    "key decision",
    # "Key Decision No: KD/2026/014": the key decision's number (London boroughs' covers), no answer "No"
    r"key\s+decision(?:\s+(?:no\.?|number|ref(?:erence)?)(?=\s*:))?\s*:?\s*(?P<value>.*?)\s*$",
    ["Wards and communities affected: All Key Decision: Non-Key", "Key Decision:", "Key Decision: No",
     "Key Decision No: KD/2026/014"],
)
# A key decision field's value that says it is not one: Thurrock's "Non-Key", modern.gov's "No".
NOT_KEY_DECISION = Convention(
    "key decision field answered no",
    r"^\W*(?:no|non|not|none)\b",
    ["Non-Key", "No", "NO", "Not a Key Decision"],
    counter_examples=["Key", "Yes", "Key Decision", "Yes - the decision affects two or more wards"],
)

COVER_REPORT_OF = Convention(
    "report of",
    r"^\s*report\s+(?:of|from|by)\s*:\s*(?P<value>.+)$"
    r"|^\s*(?:joint\s+)?report\s+(?:of|from|by)\s+(?:the\s+)?(?P<office>(?:[\w&'’,-]+\s+){0,5}?"
    r"(?:director|head|chief|officer|manager|executive|leader|member|holder|clerk|secretary|treasurer|solicitor"
    r"|controller|commissioner|superintendent|administrator)s?\b.*)$",
    ["Report of: Alan Cotgrove, Local Safeguarding Children Board Manager",
     "Report from: Barbara Peacock, Director Children and Adults", "Report of the Head of Regulatory Services",
     "REPORT OF THE CHIEF EXECUTIVE", "Joint Report of the Director of Place and the Chief Finance Officer",
     "Report by the Cabinet Member for Housing", "Report by: Executive Director (Education and Families)",
     "Report by Executive Director (Place)"],
    counter_examples=["Report of the Task and Finish Group on Flooding", "Report of the External Auditor's findings",
                      "The report of the Director was noted"],
)

COVER_ACCOUNTABLE = Convention(
    "accountable officer",
    r"^\s*(?P<label>accountable\s+[\w ]{2,40}?)\s*:\s*(?P<value>.+)$",
    ["Accountable Head of Service: Sheila Murphy – Care and Targeted Outcomes (CATO)",
     "Accountable Director: Rory Patterson, Corporate Director of Children's Services"],
)

COVER_AUTHOR = Convention(
    "report author",
    r"^\s*(?:report\s+)?author\s*:\s*(?P<value>.*)$",
    ["Author: Sue Brunton-Reed, Improvement Programme", "Report Author:"],
)

# How to reach a report's author, printed in the author's field: kept apart as the report's contact.
CONTACT_DETAIL = Convention(
    "e-mail address or telephone number",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w/])\+?\(?\d[\d ()-]{8,}\d(?:/\d+)?(?![\w/])",
    ["Alyson Grice/Samantha Morris, Overview and Scrutiny Officers 01905 844962/844963 Email:, "
     "scrutiny@worcestershire.gov.uk", "Oliver Coltman, Contact Details: Oliver.coltman@westofengland-ca.gov.uk"],
    flags=0,
    counter_examples=["Malcolm W Taylor, Strategic Lead Inclusion / Principal Educational Psychologist",
                      "Appendix 1 SEND Peer Review High Level Action Plan Update 17/1/2018"],
)

# The label left behind once the details are taken out ("Email:,", "Contact Details:").
CONTACT_LABEL = Convention(
    "contact details label",
    # an extension with its number ("Ext: 4476", Scottish councils' authors), too short to be a telephone number
    r"[\s,;]*\b(?:contact\s+details|tel(?:ephone)?|phone|mobile|e-?mail|fax|ext(?:ension)?\.?\s*:?\s*\d{2,6})\b\s*:?[\s,;]*",
    ["Overview and Scrutiny Officers Email:,", "Oliver Coltman, Contact Details:",
     "Lynn Sherry, Head of Education (Support Services), Ext: 4476"],
    counter_examples=["Malcolm W Taylor, Strategic Lead Inclusion / Principal Educational Psychologist"],
)

# The field naming a paper's title: "Subject: …" on a memorandum cover, "REPORT TITLE: …" (WECA), a
# decision record's "Subject Matter / Title of Decision" with the title on the line below.
COVER_TITLE = Convention(
    "report title field",
    r"^\s*(?:report\s+title|(?:subject\s+matter\s*/\s*)?title\s+of\s+(?:the\s+)?(?:decision|report)|subject|title"
    r"|(?:agenda\s+)?item\s+title|objet(?=\s*:)"
    r"|project(?:\s+title)?|re(?=\s*:)|report\s+on(?=\s*:))\s*(?::\s*(?P<value>.*)|$)",
    ["Subject: English Devolution White Paper", "REPORT TITLE: TRANSPORT", "Subject Matter / Title of Decision",
     "SUBJECT: HOUSING ASSISTANCE PAYMENTS PROGRAM – APPROVE",
     # probes: US planning notices of action and staff reports title the permit heard as its project
     "Project: Minor Use Permit for a tasting room at 2400 Vineyard Drive, Templeton", "PROJECT TITLE: Oak Street Lofts",
     # probe: an Irish county council's Chief Executive's report ("Re:" as US memos' "RE:")
     "Re: Disposal of land at Ballymanus, Co. Wicklow under Section 183 of the Local Government Act 2001",
     # probe: a Scottish council's cover ("REPORT TO: … / REPORT ON: … / REPORT BY: … / REPORT NO: …", as Dundee's)
     "REPORT ON: REVENUE BUDGET MONITORING 2024/25",
     # probe: US cities' item forms ("REQUEST FOR COUNCIL ACTION", "AGENDA ITEM COVER SHEET")
     "Item Title: Approve Purchase of a Replacement Fire Engine", "AGENDA ITEM TITLE: Snow Removal Contract",
     # probe: a Quebec municipality's report to council ("Objet :", "Point :", "Séance du :")
     "Objet : Adoption du règlement 2025-04 sur la gestion contractuelle"],
    counter_examples=["Subject to the approval of the Council, the scheme will start in May", "Re-tendering of the contract",
                      "Review: annual report", "Report on the Revenue Budget Monitoring 2024/25",
                      "Title deeds held by the council"],
)

# Who a paper is to, from or by, as fields: the committee it goes to ("To: County Council – 9th January
# 2025", "REPORT TO: …", the Swedish minutes' "Organ Välfärdsnämnden") and whoever puts it forward
# ("From: …", "RESPONSIBLE OFFICER: …"). The field that names the meeting body of a report's cover and of a
# document's heading alike (extract.parse.report, extract.parse.heading).
COVER_TO = Convention(
    "the meeting body a paper goes to",
    r"^\s*(?:(?:(?:report\s+)?to|committee|meeting|body|decision[- ]making\s+body|minutes\s+of|meeting\s+of"
    r"|name\s+of\s+(?:meeting|committee)|utvalg|udvalg)\s*:|organ\b)\s*(?P<value>.*)$",
    ["To: County Council – 9th January 2025", "REPORT TO: WEST OF ENGLAND COMBINED AUTHORITY COMMITTEE",
     "TO: Honorable Housing Authority", "Committee: Planning Committee", "Meeting: Cabinet", "Organ Välfärdsnämnden",
     "Body: Licensing Sub-Committee",
     # probe: a district council's minutes give the meeting as their first field
     "Minutes of: Overview and Scrutiny Committee", "Name of meeting: Planning Committee",
     "Utvalg: Kommunestyret"],  # a Norwegian municipality's (probe)
    counter_examples=["Together with the Council, the Board agreed", "Meeting Date: October 1, 2024",
                      "Organisations consulted: none", "Minutes of the meeting held on 5 March 2025"],
)
# A title line naming the meeting body a paper goes to, without a field's colon ("REPORT TO COUNCIL").
REPORT_TO_LINE = Convention(
    "report to a meeting body, as a title",
    r"^\W*(?:(?:staff|officers?['’]?)\s+)?report\s+to\s+(?P<value>(?:the\s+)?[\w'’&, -]{0,80}?\b(?:committee|panel|board"
    r"|cabinet|council|commission|authority|sub-committee|executive)(?:\s+of\s+[\w'’ ]{3,40})?)\W*$",
    ["REPORT TO COUNCIL", "Report to the Planning Committee", "STAFF REPORT TO THE BOARD OF DIRECTORS",
     "Report to Cabinet"],
    counter_examples=["Report to be presented to the Council in June", "REPORT TO: CABINET",
                      "The report to Council in May set out the options"],
)
COVER_FROM = Convention(
    "who puts a paper forward",
    # the director a paper is from, by their office's label (London boroughs' covers: Hackney's "Group Director:",
    # Tower Hamlets' "Corporate Director:", Camden's "Executive Director:")
    r"^\s*(?:from|responsible\s+(?:officer|director|member)|lead\s+(?:officer|member)|(?:submitted|prepared|presented)\s+by"
    r"|(?:group|corporate|strategic|executive)\s+director)"
    r"\s*:\s*(?P<value>.*)$",
    ["From: Roger Gough, Leader of the Council", "FROM: Jesus M. Gomez, Executive Director",
     "RESPONSIBLE OFFICER: EXECUTIVE DIRECTOR OF TRANSPORT", "Submitted By: Tom Reed, Finance Director",
     "Group Director: Aisha Khan, Group Director, Climate, Homes and Economy", "Corporate Director: Ann Lee"],
    counter_examples=["From 1 April the service will be delivered by the council",
                      "Executive Director of Finance said the budget was balanced"],
)
# The agenda item a paper is for, as a cover field ("ITEM NUMBER: 8.B" on a US agenda report, "Agenda Item
# No: 7" on a UK cover): the item as the agenda numbers it.
COVER_ITEM_FIELD = Convention(
    "agenda item field",
    # (a Legistar staff report's "Agenda Number: 4.B" too)
    r"^\s*(?:(?:agenda\s+)?item\s*(?:no\.?|number|#)?|agenda\s+number|point)\s*:\s*"
    r"(?P<item>\d{1,3}(?:[.-]?[A-Z]{1,2}|\.\d{1,2})?)\.?"
    r"(?:\s+(?:[–—-]\s+)?(?P<title>[^\W\d_].{3,}))?\s*$",
    ["ITEM NUMBER: 8.B", "Agenda Item No: 7", "Item #: 12", "Agenda Item: 5A", "Item No.: 6.2",
     "Item: 9. Leisure Centre Contract Extension", "Agenda Number: 4.B", "Point : 4.1"],
    counter_examples=["Item 4B", "Item: Approval of the minutes", "Agenda Item No", "Agenda Number: see attached",
                      "Point : la vente du terrain"],
)
# The number a legislative system files a paper under, as a field at the top of its cover: Legistar staff reports'
# "File #: 25-0118" beside "Agenda Date:", its legislation text's "File #: 19-1234, Version: 1" (probes of US city
# councils' packets). Not a reference to a file in running text.
LEGISLATIVE_FILE_FIELD = Convention(
    "legislative file number field",
    r"^\s*file\s*(?:#|no\.?|number)\s*:\s*(?:ID\s+)?[A-Z]{0,4}\s?\d{2,4}-\d{1,5}\b",
    ["File #: 25-0118 Agenda Date: 3/4/2025", "File #: ID 19-1234, Version: 1", "File Number: 2025-0118",
     "FILE #: 23-0015"],
    counter_examples=["File #: see the clerk's records", "The file number 25-0118 was assigned in March",
                      "Filed: 3 March 2025"],
)
# A report's own number, on a line of its own at the top of its cover, no colon: Scottish councils' "REPORT NO 45/26"
# (Angus), "Report No. 112-2026" (Dundee's), English districts' "Report Number DS/26/14". A field, never the title:
# the report's number, as an agenda cites it after the item's title (ITEM_REPORT_NUMBER).
REPORT_NUMBER_LINE = Convention(
    "report number line",
    r"^\W*report\s+(?:no\.?|number)\s*:?\s*(?P<number>(?=[A-Z]{0,5}[/-]?\d)[A-Z]{0,5}[/-]?\d{1,4}(?:[/-]\d{1,4}){0,2})\W*$",
    ["REPORT NO 45/26", "Report No. 112-2026", "Report Number DS/26/14", "Report No: 46/26"],
    counter_examples=["Report No. 45/26 was noted by the Committee", "Report number to follow", "REPORT NO LONGER REQUIRED"],
)
# A report inside an agenda whose title is numbered with its item, as Australian and New Zealand councils
# print them ("10.2 MONTHLY FINANCIAL REPORT - JANUARY 2025", "Item 10.1 Proposed Child Care Centre - Lot
# 12 Wattle Road"), set as a heading (the parser checks capitals or bold): the number is the paper's item.
REPORT_NUMBERED_TITLE = Convention(
    "report title numbered with its agenda item",
    r"^\s*(?:item\s+)?(?P<item>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<title>[^\W\d_].{5,160})$",
    ["10.2 MONTHLY FINANCIAL REPORT - JANUARY 2025", "Item 10.1 Proposed Child Care Centre - Lot 12 Wattle Road"],
    counter_examples=["10.2.2024 Council meeting", "1.1 2025-26 Revenue Budget"],
)
# A committee's programme of business for the year, a paper of its own at the end of a pack (LABELS.md: kind
# other), printed under its own heading without an item number or a printed page range: that heading, and the front
# sheet's item that lists it, name a work programme or forward plan.
WORK_PROGRAMME = Convention(
    "work programme or forward plan",
    r"\b(?:(?:forward\s+)?work\s*(?:programme|program|plan)|forward\s+plan|(?:blaen)?raglen\s+waith|programme\s+de\s+travail"
    r"|arbetsprogram|työohjelma)\b",
    ["Overview and Scrutiny Committee Work Programme 2025/26", "Work Programme", "FORWARD WORK PROGRAMME",
     "Committee Workplan 2026", "Cabinet Forward Plan – March to June 2026", "Blaenraglen Waith y Pwyllgor Craffu",
     "Annual Work Plan 2025-2026"],
    counter_examples=["Working Group on Planning", "Programme Board update", "Planning work at Mill Lane"],
)
# The date of the meeting a paper goes to, as a field, and the date the paper itself was written, which
# is no meeting's date (a cover may print both: "Date of report: 1 March 2024" / "Date of meeting: …").
COVER_MEETING_DATE = Convention(
    "meeting date field",
    r"^\s*(?:date\s+of\s+(?:the\s+)?(?:meeting|committee|council|hearing)|(?:council\s+|committee\s+|board\s+)?meeting\s+date"
    r"|committee\s+date|for\s+(?:the\s+)?meeting\s+(?:of|on)|agenda\s+date(?=\s*:)|s[ée]ance\s+du(?=\s*:))"
    r"\s*:?\s*(?P<value>.+)$",
    ["Date of Meeting: 14 March 2024", "MEETING DATE: April 9, 2024", "Council Meeting Date: May 7, 2024",
     "Date of meeting: 5 February 2024", "For meeting of: June 3, 2024",
     "Agenda Date: 3/4/2025",  # a Legistar staff report's (probe), the meeting's date
     "Séance du : 7 avril 2025"],  # a Quebec municipality's report to council (probe)
    counter_examples=["Date of report: 1 March 2024", "The meeting date was moved to 5 May"],
)
REPORT_OWN_DATE = Convention(
    "the date a paper was written",
    r"^\s*(?:date\s+(?:of\s+(?:the\s+)?report|written|prepared|issued|of\s+publication)|report\s+date|prepared\s+on|date\s+published)"
    r"\s*:",
    ["Date of report: 1 March 2024", "Report Date: February 20, 2024", "Date written: 12 January 2024"],
    counter_examples=["Date of Meeting: 14 March 2024", "DATE: March 5, 2024"],
)
# A cover field of any other kind: a label of a few words and its colon ("Department: Corporate
# Services", "Report No.: CS-24-12"): it opens a field of its own and is never the paper's title.
COVER_OTHER_FIELD = Convention(
    "any other cover field",
    r"^\s*[A-Z][\w.'’/()&-]*(?:\s+[\w.'’/()&-]+){0,3}\s*:(?:\s|$)",
    ["Department: Corporate Services", "Report No.: CS-24-12", "Ward(s): All", "Portfolio Holder: Cllr Ann Lee"],
    counter_examples=["Review of Hackney Carriage Fares", "2024/25 Budget: Consultation Results and Next Steps",
                      "http://www.example.gov.uk"],
    flags=0,
)
# Words of address before the body a memorandum goes to: US staff reports open "TO: Honorable Mayor and
# Members of the City Council" (Norwalk's "TO: Honorable Housing Authority"), UK ones "To: Chair and Members
# of the Planning Committee", Irish councils' summonses "To: Each Member of Wicklow County Council" (and "The
# Cathaoirleach and Each Member of …"); the body is what follows them.
ADDRESSED_TO = Convention(
    "words of address before a meeting body's name",
    r"^\s*(?:the\s+)?(?:honou?rable\s+(?:the\s+)?(?:{offices})?(?:{members})?|(?:{offices})(?:{members})?|{members})"
    r"(?:the\s+)?".format(
        offices=r"(?:(?:(?:vice|lord|deputy)[- ])?(?:mayor|chair(?:man|woman|person)?|president|presiding\s+officer"
                r"|cathaoirleach|leas-chathaoirleach)\s*(?:,|and\b|&)\s*)+",
        members=r"(?:the\s+)?(?:(?:all|each|every)\s+)?(?:members?|commissioners?|directors?|trustees?|councill?ors?"
                r"|councilmembers?)\s+of\s+"),
    ["Honorable Housing Authority", "Chair and Members of the Planning Committee",
     "Honorable Mayor and Members of the City Council", "Honorable Mayor and City Council",
     "Honorable Chair and Members of the Parks and Recreation Commission",
     "The Honourable the Mayor and Members of the Council", "Members of the Cabinet",
     "All Members of the Licensing Committee", "Each Member of Wicklow County Council",
     "The Cathaoirleach and Each Member of Kerry County Council", "Every Member of the Council"],
    counter_examples=["Housing Authority", "Mayor's Office", "Chair's Report", "Chairman of the Board",
                      "Membership of the Committee"],
)
# A cover label that wrapped onto a second line beside its value, in a layout of two borderless columns
# (WECA: "REPORT TRANSPORT" / "TITLE:", "RESPONSIBLE EXECUTIVE DIRECTOR OF TRANSPORT" / "OFFICER:"): the
# second line holds the label's last word, and perhaps the value's last words.
WRAPPED_LABEL_TAIL = Convention(
    "last word of a label wrapped onto its own line",
    r"^(?P<tail>[A-Za-z]+):\s*(?P<rest>.*)$",
    ["TITLE:", "OFFICER:", "TITLE: OUTTURN 2025/26", "OFFICER: (S73 OFFICER)"],
    counter_examples=["Report Author:", "Key Decision Yes"],
)

# Who takes a decision recorded on its own form ("DECISION TO BE TAKEN BY:" / "Mrs Sue Chandler, Cabinet
# Member for Integrated Children's Services"): where no meeting takes it, the decision-maker is its committee.
DECISION_MAKER = Convention(
    "who takes a decision",
    r"^\s*(?:decision\s+(?:to\s+be\s+)?(?:taken|made)\s+by|decision[- ]maker)\s*:?\s*(?P<value>.*)$",
    ["DECISION TO BE TAKEN BY: DECISION NUMBER:", "Decision taken by: Leader of the Council",
     "Decision Maker: Cabinet", "Decision-maker: Cabinet Member for Highways"],
    counter_examples=["The decision to be taken by the Cabinet is set out below"],
)
# A signature block: the date on the line above its caption ("17/1/2025" / "signed date"), day first.
SIGNED_DATE = Convention(
    "date of signature",
    r"^\s*(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\s*$",
    ["17/1/2025"],
    counter_examples=["24/00093"],
)
SIGNATURE_CAPTION = Convention(
    "caption under a signature",
    r"^\W*(?:signed\b.*\bdate|date\b.*\bsigned|signature\b.*\bdate)\b",
    ["signed date", "Signature and date"],
    counter_examples=["The contract was signed on 3 May"],
)

COVER_BRIEFING = Convention(
    "briefing title line: committee, date and title",
    r"^\s*briefing\s+(?:for|to)\s+(?:the\s+)?(?P<committee>.+?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})\s*:\s*(?P<title>.+)$",
    ["Briefing for CYP Scrutiny Committee 15.08.13: Safeguarding Peer Review"],
)

COMMITTEE_LINE = Convention(
    "a line naming the meeting body",
    r"^\s*(?:the\s+)?(?P<name>[\w'’&, -]{3,100}?\b(?:committee|panel|board|cabinet|council|commission))\s*$",
    ["Children's Services Overview and Scrutiny Committee",
     "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY PANEL"],
)

# The meeting a paper goes to, named with its date on the paper's first line ("ORDINARY COUNCIL MEETING -
# 25 FEBRUARY 2025" over an Australian officer's report, "Planning Committee Meeting, 12 March 2025").
COMMITTEE_MEETING_LINE = Convention(
    "a line naming the meeting body's meeting and its date",
    r"^\s*(?:the\s+)?(?P<name>[\w'’&, -]{3,100}?\b(?:committee|panel|board|cabinet|council|commission))\s+meeting\b"
    r"(?=.*\b(?:19|20)\d{2}\b)",
    ["ORDINARY COUNCIL MEETING - 25 FEBRUARY 2025", "Planning Committee Meeting, 12 March 2025"],
    counter_examples=["Council meetings will be held in person at 2381 Highway 654, Township of Nipissing Community"],
)

PUBLIC_MARKER = Convention(
    "report marked public",
    r"\bthis\s+report\s+is\s+public\b",
    ["This report is Public"],
)

# Whose recommendation it is may head it: Australian and New Zealand councils' "OFFICER RECOMMENDATION",
# Canadian and US "STAFF RECOMMENDATION", a committee's recommendation to the council ("COMMITTEE
# RECOMMENDATION", "Recommendation to Council").
RECOMMENDATIONS_HEADING = Convention(
    "recommendations section heading",
    r"^\s*(?:\d{1,2}(?:\.0)?\.?\s+)?(?:(?:officers?['’]?s?|staff|committee|executive|administration['’]?s?)\s+)?"
    r"(?:recomm[ae]ndations?\s*(?:\(s\))?(?:\s+to\s+(?:the\s+)?(?:council|board|committee|cabinet))?"
    r"|recommended\s+(?:actions?|motion)|decisions?\s*(?:\(s\))?)\s*:?\s*$"
    # a Norwegian case paper's "Kommunedirektørens innstilling", a Swedish officer's report's "Förslag till beslut"
    r"|^\W*(?:[^\W\d_]+s\s+)?(?:innstilling|forslag\s+til\s+vedtak|förslag\s+till\s+beslut)\s*:?\s*$"
    r"|\bis\s+asked\s+to(?:\s+(?:agree|approve|note|consider|decide)(?:\s+the\s+following)?)?\s*:?\s*$",
    ["1. Recommendation(s)", "6. Recommendations", "Recommendations:", "8. Recommendations", "Recommendation",
     "22. The Children and Families Overview and Scrutiny Panel is asked to:", "Recommended Action:", "Decision:",
     "County Council is asked to agree the following:", "Decision(s):", "RECOMMENDED ACTIONS:",
     "OFFICER RECOMMENDATION", "Officer's Recommendation", "STAFF RECOMMENDATION:", "Committee Recommendation",
     "Recommendation to Council", "RECOMMENDED MOTION:",
     "2.0 Recommendations", "3.0 RECOMMENDATIONS",  # Scottish councils' sections numbered "1.0" (probe; Inverclyde's)
     "Kommunedirektørens innstilling", "Rådmannens innstilling:", "Förslag till beslut",  # probes
     "Recommandation"],  # a Quebec municipality's report to council (probe)
    counter_examples=["4. Reasons for Recommendation", "2.01 Recommendations of the working group were adopted",
                      "Reason(s) for decision:", "Responsible Officer: Chief Financial Officer",
                      "Staff recommendations were presented by the Planning Director.",
                      "Formannskapet sluttet seg til rådmannens innstilling."],
)

# The recommendations' heading as a label with the (first) recommendation beside it, as US staff reports
# and UK covers print it ("RECOMMENDATION: It is recommended that the City Council adopt …").
RECOMMENDATION_INLINE = Convention(
    "recommendation beside its label",
    r"^\s*(?:\d{1,2}\.?\s+)?(?:(?:officers?['’]?s?|staff|committee)\s+)?(?:recommendations?\s*(?:\(s\))?"
    r"|recommended\s+(?:actions?|motion)|decisions?\s*(?:\(s\))?|action(?:\s+taken)?)\s*:\s*(?P<value>\S.{8,})$",
    ["RECOMMENDATION: It is recommended that the City Council adopt Resolution No. 24-051 approving the",
     # probe: a US planning commission's notice of action gives the decision as its action
     "ACTION: The Planning Commission approved the Minor Use Permit subject to the findings and conditions",
     "Recommendation: That the report be noted.", "Staff Recommendation: Receive and file the report.",
     "Officer Recommendation: That Council receives the Monthly Financial Report."],
    counter_examples=["Recommendations:", "Reasons for recommendation: the plan is needed",
                      "4. Reasons for Recommendation"],
)
# A section of a US staff report printed as a label in capitals before its text ("BACKGROUND: The City …",
# "FISCAL IMPACT: …"): the recommendations before it end there.
INLINE_SECTION_LABEL = Convention(
    "a section's label in capitals before its text",
    r"^\s*(?!(?:RESOLVED|AGREED|DECISION|RECOMMENDATION|RECOMMENDED|AND|THAT)S?\b)[A-Z][A-Z &/'’-]{2,40}:\s+\S"
    # or a staff report's section named in title case, its text opening a sentence ("Background: The vehicles …")
    r"|^\s*(?:Background|Discussion|Analysis|(?:Fiscal|Financial|Budget)\s+Impacts?|Summary|Executive\s+Summary"
    r"|Attachments?|Alternatives?|Environmental\s+(?:Review|Assessment|Determination)|Public\s+Notice)\s*:\s+[A-Z]",
    ["BACKGROUND: The City Council held budget workshops on May 14 and May 28, 2024.",
     "FISCAL IMPACT: The proposed General Fund budget totals $48.2 million.",
     "Background: The vehicles being replaced have exceeded 120,000 miles.",
     "Fiscal Impact: Funds are available in the Equipment Replacement Fund."],
    counter_examples=["RESOLVED: That the report be noted.", "AND THAT Council award the tender to Northland Roofing",
                      "Background: the scheme", "RECOMMENDATION: It is recommended that the City Council adopt"],
    flags=0,
)

# How a list of recommendations numbers them: "1.1", "1.", "1)", "(1)", "a)", "(i)". The list keeps one
# scheme and runs in sequence; a number in another scheme is the next section ("2. Introduction").
RECOMMENDATION_NUMBER = Convention(
    "recommendation number",
    r"^\s*(?P<number>\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}\))\**\s+(?P<text>[^\s\d].*)$",
    ["1.1 That Children's Overview and Scrutiny consider the recommendations of the Review and the",
     "(1) Endorse the ongoing joint work between KCC, Medway Council and District and",
     "1) Delegates authority to the West of England Combined Authority’s Executive",
     "1. To NOTE with thanks, the contribution and efforts of the Members of the"],
    counter_examples=["2025-26 Revenue Budget and 2025-28 Medium Term Financial Plan", "2.5m of the budget"],
)

# The line that introduces a list of recommendations or decisions, ending in a colon (":-" as Scottish councils
# write it: "The Committee is asked to approve the following recommendation(s):-").
RECOMMENDATIONS_LEAD_IN = Convention(
    "the line before a list of recommendations",
    r"^.{0,120}(?:\b(?:to|that|following|committee|council|board|cabinet|resolved|recommendations?)|\brecommendation\(s\))"
    r"\s*:-?\s*$",
    ["County Council is asked to:", "That Committee:", "County Council is asked to agree the following:", "RESOLVED:",
     "As Cabinet Member for Integrated Children’s Services I agree to:", "The County Council is asked to:",
     "The Committee is asked to approve the following recommendation(s):-", "The Board is asked to:-",
     "Officers make the following recommendations:"],
    counter_examples=["Reason(s) for decision:", "Attachments:", "Recommendation(s)"],
)

# An amendment lists the recommendations it changes, then says that the rest stand ("All other
# recommendations … to remain the same", "The remaining recommendations are unchanged"): that is a note on
# the list, no recommendation of its own, and the list ends there.
RECOMMENDATIONS_STAND = Convention(
    "the note after an amendment's recommendations that the others stand",
    r"\b(?:all\s+(?:the\s+)?other|the\s+other|the\s+remaining|the\s+remainder\s+of\s+the)\s+"
    r"(?:original\s+|substantive\s+)?recommendations?\b.{0,80}?\b(?:remain|stand|are\s+unchanged|unchanged|as\s+(?:set\s+out|printed))",
    ["Changes to the Key Policies and Strategies proposed by the Labour Group are only to those as a consequence "
     "of the Group’s revised budget and Medium Term Financial Plan. All other recommendations (e.g. to council "
     "tax levels) to remain the same.",
     "The remaining recommendations are unchanged.", "All other recommendations stand as printed in the report."],
    counter_examples=["To replace Recommendation (h) with",
                      "If Recommendation 4 is agreed, the Council will consult on the draft scheme.",
                      "That the other recommendations of the Scrutiny Committee be referred to Cabinet."],
)

# Australian and New Zealand reports end with "ATTACHMENTS" over a numbered list of them; US staff reports with
# "Attachments:" over lettered ones; English reports with "Appendices" or "List of Appendices".
APPENDICES_HEADING = Convention(
    "appendices section heading",
    r"^\s*(?:\d{1,2}\.?\s+)?(?:(?:list\s+of\s+)?(?:appendices|attachments|enclosures)(?:\s+to\s+(?:the|this)\s+report)?"
    r"|supporting\s+information|atodiadau|bilagor|liitteet|annexes|pièces\s+jointes)\s*:?\s*$",
    ["9. Appendices to the report", "8. Appendices to the report", "Supporting Information", "ATTACHMENTS",
     "Attachments:", "List of Appendices", "10. Atodiadau", "Liitteet", "Pièces jointes :", "ANNEXES"],
    counter_examples=["There are no attachments for this report.", "Appendix 1 – Performance scorecard"],
)

# The appendices listed beside their label, as Australian and New Zealand report headers list them: "Attachments: 1.
# Draft Budget Summary" (more entries on the lines below), "Attachments: Nil"; "Appendices: Appendix A – Site plan".
APPENDICES_FIELD = Convention(
    "appendices listed beside their label",
    r"^\s*(?:appendices|attachments|enclosures|atodiadau|bilagor|liitteet|pièces\s+jointes)\s*:\s*(?P<value>\S.*)$",
    ["Attachments: 1. Draft Budget Summary", "Attachments: Nil", "Appendices: Appendix A – Site plan"],
    counter_examples=["Attachments are listed at the end of the report", "ATTACHMENTS"],
)

NUMBERED_PARAGRAPH = Convention(
    "numbered paragraph",
    r"^\s*(?P<number>\d{1,2}\.\d{1,2})\.?\**\s+(?P<text>\S.*)$",
    ["1.1 That Children's Overview and Scrutiny consider the recommendations of the Review and the",
     "6.1 Children and Young People's Overview and Scrutiny Committee is asked to note and comment"],
)

SECTION_HEADING = Convention(
    "numbered section heading",
    r"^\s*(?P<number>\d{1,2})\.\s+(?P<title>[A-Z][^.]{2,120})$",
    ["2. Introduction and Background", "4. Consultation", "7. Background papers used in preparing the report"],
    flags=0,
    counter_examples=["2.1 Between the 9th and 11th May 2017, Southend Borough Council undertook a Peer Review"],
)

BULLET = Convention(
    "bullet mark at line start",
    r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\uf0b7\uf0a7\uf0d8\u27a2\u2756\u00b7–-]|[*o](?=\s))\s*",
    ["\uf0b7 consider the information in the report", "❖ Continue to develop a board fit for change", "• Partnership working"],
    flags=0,
    counter_examples=["Once again, thank you for agreeing to receive a review",
                      "**Any queries regarding these Minutes, please contact"],
)

# A figure's or a table's caption: it names what follows, it does not head a section.
CAPTION = Convention(
    "figure or table caption",
    r"^(?:fig(?:ure)?|table|chart|graph|diagram)\.?\s*\d+[a-z]?\b",
    ["Fig 6", "Table 5 – Milestones variance", "Figure 1: Revenue Outturn Summary",
     "Chart 1 : West of England Mayoral Combined"],
    counter_examples=["Tables and charts are attached", "3.6 Placements"],
)

NUMERIC_DATE = Convention(
    "day.month.year date with a two-digit year, in a briefing title",
    r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{2}|\d{4})\b",
    ["Briefing for CYP Scrutiny Committee 15.08.13: Safeguarding Peer Review"],
)


# --- Agenda front sheets (parse stage) ---

# The column heads over a front sheet's items printed as a table without rules: "Item | Title | Lead | Time",
# "No. | Item | Presenter", "Item | Subject | Paper | Pages". Under them a row's title is its own cell and
# the lead officer beside it no part of it, so such a page is read as a table (tables.add_borderless_tables).
ITEMS_TABLE_HEADER = Convention(
    "column heads over a front sheet's items set as a table",
    r"^(?:(?:item|items|no\.?|number|ref\.?|agenda\s+item|title|subject|business|lead|lead\s+officer|presenter|"
    r"presented\s+by|officer|responsible\s+officer|time|timing|approx\.?\s+time|page|pages|page\s+no\.?|paper|"
    r"papers|paper\s+no\.?|purpose|action|action\s+required|for|report|decision|format|lead\s+member)\s*(?:\s|$)){2,6}$",
    ["Item Title Lead Time", "Item Presenter", "No. Item Paper Pages", "Item Subject Lead Officer Time",
     "Agenda Item Purpose Presented by"],
    counter_examples=["Item 5 - Mayoral Appointments and Composition of Executive", "Page",
                      "Items of Urgent Business", "Time: 2.00 pm", "Report of the Director of Finance"],
)

# Anything shaped like an item number at the start of a line, in every scheme the corpus shows;
# extract.parse.numbering keeps only those whose numbers run as a sequence. OCR reads a number's full stop
# as a comma now and then ("4, Resolution: Appointment of …" among "3." and "5." of a scanned agenda): a
# comma between a number and a capitalised title is its full stop; a list of numbers ("2, 3 and 4") is not.
ITEM_NUMBER = Convention(
    "item number opening a line, in any numbering scheme",
    # an asterisk set against the number marks an item for action or for the consent agenda ("*5. Approval …")
    r"^\s*(?:\*(?=\w))?(?:(?i:(?:agenda\s+)?item|eitem)\s+(?i:no\.?\s*)?(?=\d+(?:\s*[-–—:.]|\s+[A-Z])))?"
    r"(?P<ordinal>(?:日程)?第\s*(?=\d{1,3}\s))?(?P<open>\()?"  # Japanese: "第1 会期の決定", "日程第２　…"
    r"(?P<label>§\s*\d{1,4}"  # § 39
    r"|(?-i:PS|RS|FS)\s+\d{1,3}/\d{2}(?=\s)"  # PS 12/26: a Norwegian municipality's case (politisk sak), then its year
    r"|\d{1,2}\.\d{1,2}\.\d{1,2}(?=[\s.)])"  # 4.1.1: an item of a section's sub-section (Australian agendas)
    r"|\d{1,3}\.\d{1,2}(?=[\s.)]|[A-Z])"  # 2.1, 1.1On
    r"|\d{2}/\d{1,4}(?=\s)"  # 24/101: a year, then the number running through it
    r"|\d{1,3}[-.][A-Za-z](?!\w)"  # 7-A, 5.a
    r"|[A-Z]\.\d{1,2}(?!\d)"  # A.1
    r"|\d{1,3}[A-Za-z]?(?!\w)"  # 84, 3a
    r"|[IVXLC]{2,7}(?!\w)|[ivxlc]{2,7}(?!\w)"  # VII
    r"|[A-Za-z](?!\w)(?!\.\s?[A-Za-z]\.))"  # A, b (not "A.M.", "U. S.")
    r"(?(open)\))(?![.:,]\d)(?P<mark>\.|\)|:|,(?=\s+[A-Z])|\s*§|\s+[-–—](?=\s))?\s*(?P<title>.*?)\s*$",
    ["84. Minutes", "7-A Consent Calendar", "5.a Approve the warrants", "A.1 Call to order",
     "2.1 Public Employee Performance Evaluation – Pursuant to Government Code", "VII. PROCLAMATIONS / PRESENTATIONS",
     "a) 23-0015 RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY", "(1) 2018 Year-end Strategic Plan Update Part II",
     "188 § Sammanträdets laglighet och beslutförhet ........ 2", "10.Resolution: Award NIP-PW-9-2025, Supply, Crush",
     "H.RESOLUTION (2019-44) Renew contract with Lincoln National Life Insurance Company for",
     "3a. Consideration and possible action to certify the results of the General",
     "3 English Devolution White Paper (Pages 1 - 18)", "Item 5 - Mayoral Appointments and Composition of Executive",
     "ITEM 4 ACCOUNTS FOR PAYMENT",
     "24/104 Finance", "4, Resolution: Appointment of a representative to the East Nipissing-North Parry Sound",
     "4, Adoption of the Agenda - Resolution 2024-01", "4.1.1 Monthly Financial Statements - January 2024",
     "*5. Approval of the Minutes of the Regular Meeting of May 6, 2024",
     "PS 13/26 Budsjettjustering 2026",  # a Norwegian municipality's saksliste (probe)
     "Eitem 3. Cofnodion y cyfarfod a gynhaliwyd ar 10 Chwefror 2026",  # a Welsh community council's agenda (probe)
     "第3 議案第1号 令和8年度松江市一般会計予算", "日程第２　会期の決定"],  # a Japanese city assembly's 議事日程 (probe)
    flags=0,
    counter_examples=["Regular Meeting Agenda", "14.03.2024 Site visit", "“PURSUANT TO CITY COUNCIL RULE VII E", "6:00 PM - OPEN SESSION",
                      "A.M. until dusk; and at the City's website www.rpvca.gov"],
)

# A line naming a file attached to an item, as agenda systems print their links under its title (a Granicus/
# PrimeGov agenda: "MAV Mins 09 28 2022 5PM.pdf" under "5.1 Approve the minutes …"). It is never the title's.
ATTACHED_FILE = Convention(
    "an attached file's name, a link under an item",
    r"\S\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|csv)\s*$",
    ["MAV Mins 09 28 2022 5PM.pdf", "Say it, Don't Spray it - Graffiti Presentation 11-2022.pdf",
     "MAV Staff Report for Nov 30 Mosquito and Vector Control District Request.docx"],
    counter_examples=["Approve the minutes from the previous meeting held September 28, 2022.",
                      "Adoption of the Digital Strategy (PDF version available on request)"],
)

# A front sheet's table may give each item's time before its number ("Time | Item | Title | Lead": "2.15 |
# 4 | Joint Local Health and Wellbeing Strategy refresh | Director of Public Health"): a cell holding a time
# of day, or a span of times, before a cell holding the number is the item's time, not its number.
ITEM_TIME_CELL = Convention(
    "a time of day in the cell before an item's number",
    r"^\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
    ["2.15", "10:30", "2.00pm", "10.30 - 10.45", "14:00–14:20"],
    counter_examples=["2.1", "10.3 Finance Report", "Verbal"],
)

# The same on a line: an order of business that times its items before their numbers ("7:05 p.m.   2. Public
# Comment"). The time is not the item's number; the number after it is.
ITEM_TIME_PREFIX = Convention(
    "a time of day before an item's number on its line",
    r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+(?=\(?\d{1,3}[.)]?\s|\(?[A-Z][.)]\s)",
    ["7:05 p.m.   2. Public Comment", "10.30am 4. Budget Amendment No. 2", "18:00 1) Apologies"],
    counter_examples=["7:00 p.m. Call to Order", "10.30 Coffee", "2.15 pm Joint Local Health and Wellbeing Strategy"],
)

# The printed pages of an item's papers, after its title.
# Printed in brackets, or labelled at the end of the title's line, or in a column or on a line of its own under the
# title ("Pages 5 - 12", "Page 41": English and Scottish front sheets); labelled, a single page too. The label
# opens with a capital there: "as set out on page 12" in a description is no page column. Welsh front sheets print
# "Tudalennau" (pages) and "Tudalen" (page).
ITEM_PAGES = Convention(
    "page range after an item's title",
    r"\s*\((?:pages?|pp\.?|tudalen(?:nau)?)\s*(?P<paged>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\)"
    r"|(?:^|\s+)(?-i:Pages?|PAGES?|pp\.?|Tudalen(?:nau)?|TUDALEN(?:NAU)?)\s*(?P<labelled>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*$"
    r"|\s+(?P<bare>\d{1,3}\s*-\s*\d{1,3})\s*$",
    ["Minutes 5 - 16", "Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)",
     "Minutes of the meeting held on 13 February 2025 and, if in order, (Pages 1 - 14) to be approved as a correct record",
     "Thurrock Local Safeguarding Children Board Annual Report 2016 - 2017 17 - 68", "Pages 13 – 40",
     "Taxi Licensing Update Pages 43 - 50", "Page 41", "Gambling Act Fees (Page 41)",
     "Cofnodion y cyfarfod blaenorol (Tudalennau 5 - 12)", "Tudalen 41"],
    counter_examples=["Children's Social Care Development Plan 2018 - 19", "Pay Policy Statement 2025/26",
                      "The proposed fees are as set out on page 12"],
)

# A page number alone, as agenda systems print an item's page in a column of its own right of the titles
# (InfoCouncil's business papers and order of business, "1 Apologies   5"; ModernGov and CMIS front sheets'
# "Page" column, its figure set a line lower than the title when the cell centres it): the item's first page.
# A year alone is no page.
ITEM_PAGE_ALONE = Convention(
    "page number alone in a page column",
    r"^\s*(?!(?:19|20)\d\d\s*$)(?P<page>\d{1,4})\s*$",
    ["5", "27", "143"],
    counter_examples=["2024", "3.", "5 - 16", "Page", "2024/25"],
)

# The number of the report an item brings, printed after its title: in brackets ("Revenue Budget 2024/25 (Report No.
# FIN/24/03)", "(Report 45/26)", as Scottish councils' agendas cite each paper: Angus's "Report No 45/26", Dundee's
# "Report No 112-2026"), or after a dash ("Capital Strategy – Report CS-2023-14", "– Report No. DS/26/14", English
# districts'). It is the item's report reference, no part of its title. The reference holds a figure and is no year
# or span of years ("Statement of Accounts – Report 2023/24" is the report of a year); a bare figure only after
# "No." ("(Report No. 3)"; "Options (Report 2)" is a title's own).
_REPORT_REF = (r"(?!(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\b)"
               r"(?=[A-Z0-9./-]*\d)[A-Z0-9]{1,8}(?:[/.-][A-Z0-9]{1,8}){0,3}")
ITEM_REPORT_NUMBER = Convention(
    "report number after an item's title",
    r"(?:\s*(?P<open>\()|\s+[-–—]\s*)report\b\s*(?:(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*|(?!\d+(?![\w/.-])))"
    r"(?P<ref>" + _REPORT_REF + r")(?(open)\))\s*$",
    ["Revenue Budget 2024/25 (Report No. FIN/24/03)", "Capital Strategy – Report CS-2023-14", "Budget 2026/27 (Report 45/26)",
     "Housing Revenue Account (Report No 112-2026)", "Local Plan Review - Report No. DS/26/14", "Fees (Report No. 3)"],
    counter_examples=["Statement of Accounts – Report 2023/24", "Options Appraisal (Report 2)", "Annual Report 2023-24",
                      "Report No. 45/26 was noted by the Committee", "Scrutiny Review (Report to follow)",
                      "Treasury Management Strategy (Pages 85 - 276)", "Budget (Report No. 45/26"],
)

# A letter naming a paper or a part, ending a sentence: "… as outlined in Appendix A." over "Carried" (an Ontario
# town's minutes), "… set out in Annex B." (an English county's report), "Option C." — not an initial, which the
# sentence splitter otherwise keeps with the surname after it ("Cllr J. Smith").
LETTERED_LABEL = Convention(
    "a lettered appendix or part ending a sentence",
    r"\b(?:appendix|appendices|annex|schedule|option|exhibit|attachment|enclosure|part|section|table|figure|plan|phase"
    r"|zone|category|type|class|block|area|plot|lot|site|grade|band|tier)\s+[A-Z]\.$",
    ["That Council approve the program as outlined in Appendix A.", "set out in Annex B.", "Members preferred Option C."],
    counter_examples=["Moved by Cllr J.", "The motion of Councillor A.", "Mrs K."],
)
# A title led by the year (or financial year) it is of, after an item number without a full stop: "6.1 2026 Water
# and Wastewater Rates" (a Canadian town's agenda), "7.1.1 2025/26 Fees and Charges" (an Australian shire's business
# paper), "12 2026-27 Budget Consultation" (an English district's). The year and a capitalised word open the title;
# a number then more numbers is no title ("2 2022 12 12": a date in figures).
YEAR_LED_TITLE = Convention(
    "title led by its year",
    r"^(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\s+[A-Z]",
    ["2026 Water and Wastewater Rates - Report FIN-2026-03", "2025/26 Fees and Charges", "2026-27 Budget Consultation"],
    flags=0,
    counter_examples=["2022 12 12 令和4年", "2026 to be confirmed", "1998.", "22-0015 RECOGNIZING JUNIOR LIFEGUARDS"],
)
# A planning application's reference opening an item's title, as English parish and town councils list the applications
# they are consulted on: "3/26/0123/HH – 12 The Street" (East Hertfordshire's), "24/01234/FUL Land at Mill Lane" (most
# English planning authorities': year, number, the kind of application), "2026/0456/LBC".
PLANNING_REFERENCE = Convention(
    "planning application reference opening a title",
    r"^\s*(?:\d{1,2}/)?(?:\d{2}|20\d\d)/\d{3,5}/[A-Z]{2,5}\b",
    ["3/26/0123/HH – 12 The Street – single storey rear extension", "24/01234/FUL Land at Mill Lane",
     "2026/0456/LBC – The Old Forge"],
    flags=0,
    counter_examples=["12/03/2026 Site visit", "24/00108 - Revenue and Capital Budget Monitoring Report", "1/2 of the budget"],
)

# The number a council's legislative system (Legistar, Granicus, PrimeGov) files an item under, printed before
# its title: "23-0015" (a two-digit year and a running number), or labelled ("File #: 24-1234", "ID 23-456",
# "RES-2024-12"). It is the item's file, no part of its title. A decision number joined to its title by a dash
# ("24/00108 - Revenue and Capital Budget …") is the title's own.
ITEM_FILE_NUMBER = Convention(
    "file number printed before an item's title",
    r"^\s*(?P<file>(?:File\s*(?:#|No\.?|ID)\s*:?|ID\s*:?)\s*\d{2,4}-\d{1,6}|[A-Z]{2,5}-\d{2,4}-\d{1,6}|\d{2}-\d{3,5})"
    r"(?:\s+(?![-–—]\s)|\s*$)",
    ["23-0015 RECOGNIZING JUNIOR LIFEGUARDS JACKSON LOWREY", "23-0025 CONFERENCE WITH LEGAL COUNSEL:",
     "File #: 24-1234 Approval of the Minutes", "ID 23-456 Adopt a Resolution Approving the Budget",
     "RES-2024-12 A Resolution of the City Council", "23-0010"],
    flags=0,
    counter_examples=["24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25",
                      "2021-22 Budget Monitoring Report", "FY 2022-23 Budget Adoption", "18-25 Strengthening Independence Service",
                      "RESOLUTION (2019-37) Accept the Ohio Department of Transportation",
                      "Resolution No. 2022-60 A RESOLUTION OF THE", "2022 12 12 ITEM NO 20"],
)

# A table of contents joins a title to its page number with a row of dots.
DOT_LEADER = Convention(
    "dot leader to a page number",
    r"\s*(?:\.\s*){4,}\s*\d{0,4}\s*$",
    ["189 § Val av protokolljusterare ...................................................................... 3",
     "Mötesuppgifter ........................................................................................"],
    counter_examples=["Approval of Excess Liability Insurance Policy and Wildfire Insurance Program Renewal."],
)

# A field under an item's title ("Recommendation: …", "Action Required: …"): the item's description
# begins there, whatever type it is set in.
DESCRIPTION_LABEL = Convention(
    "field label under an item's title",
    r"^\s*(?:[A-Z][\w’'/-]*)(?:\s+[A-Za-z][\w’'/-]*){0,2}\s*:(?:\s|$)",
    ["Recommendation: Adopt Resolution No. 2022-__, A RESOLUTION OF", "RECOMMENDATION: It is recommended that the City",
     "Action Required: (1) City Clerk will ask for nominations for Mayor; and",
     "District Representatives: Board President Josephine Lucey and"],
    flags=0,
    counter_examples=["Anticipated Litigation - Government Code Section 54956.9(d)(2)&(3)",
                      "and Treasury Management Strategy (Pages 85 - 276)"],
)

# A title set in capitals that runs on, on its line, into its description in sentence case: the capitals
# are the title (a word of four capitals at least: "SEND Peer Review…" is a title in its own right).
TITLE_IN_CAPITALS = Convention(
    "title in capitals, then its description in sentence case",
    r"^(?=[^a-z]*?[A-Z]{4})(?P<title>(?:[A-Z0-9][A-Z0-9&’'/().,-]*\s+)*?[A-Z][A-Z&’'/().-]*[A-Z)])"
    r"(?:\s+[-–—:]\s*|\s+)(?P<rest>(?:[A-Z][a-z]|[a-z])[\w’'-]*\s+[a-z].*)$",
    ["MEETING MINUTES – Staff recommends the Housing Authority approve the minutes of the regular",
     "ADJOURN meeting to January 25, 2023 at 5:00 p.m. in the City Hall Council Chamber",
     "PUBLIC COMMENT Opportunity to address the City Council (on non-agenda"],
    flags=0,
    counter_examples=["SEND Peer Review Action Plan and Progress Update", "OPP Strategic Plan Review",
                      "ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:",
                      "Resolution: Award NIP-PW-9-2025, Supply, Crush and Apply Quarried Granular"],
)

# A web agenda viewer's print runs an item's title on into its description in one paragraph, in one type
# ("… Request for Proposal At the September 13, 2022, City Council Meeting, the City Council awarded …"). The
# title is in title case, its small words in lower case; the description opens a sentence with one of them
# capitalised, or a bullet set mid-line ("Claims and Demands * Resolution No. 2022-60 …").
SENTENCE_OPENER = Convention(
    "a small word that opens a sentence, capitalised, or a bullet, after a title in title case",
    r"^(?:The|This|These|That|Those|An|At|In|On|As|By|With|For|From|Every|Each|During|Following|Since|After"
    r"|Before|Under|It|There|Per|[*\u2022])$",
    ["At", "The", "In", "Every", "*"],
    flags=0,
    counter_examples=["the", "at", "Approval", "Theatre", "A"],  # "Ryan White Part A Program grant"
)
# The title's own small words, which title case sets in lower case.
TITLE_SMALL_WORD = Convention(
    "small word of a title in title case",
    r"^(?:a|an|and|the|of|for|to|in|on|at|by|with|from|or|as|into|per|via)$",
    ["of", "and", "the", "for"],
    flags=0,
    counter_examples=["The", "Of", "other"],
)

# An item that opens by naming who brings it, its title set on the lines below ("1. Recommended by Office of the
# Chief Information Technology Officer" / "Approval of Optical Fiber Lease Agreement No. FO-881-07/2021 …").
ITEM_BYLINE = Convention(
    "who brings an item, on its number's line",
    r"^\s*(?:recommended|submitted|presented|requested|sponsored|proposed|introduced)\s+by\s+\S.*$",
    ["Recommended by Office of the Chief Information Technology Officer", "Recommended by Water System",
     "Submitted by the Director of Finance"],
    counter_examples=["Report of the Chief Executive", "Motion proposed by Councillor Smith to reduce the speed limit"],
)

# A recommendation introduces the list under it: its parts are what is recommended, not items.
RECOMMENDATION_LABEL = Convention(
    "recommendation introducing a list",
    r"^\s*(?:staff\s+)?recommendations?\b|\bit\s+is\s+recommended\b|\bstaff\s+recommends?\b",
    ["RECOMMENDATION: It is recommended that the City", "Recommendation: That the City Council take the following actions:",
     "Staff recommends the Housing Authority approve the minutes"],
    counter_examples=["The Board shall recess into closed session for a conference with legal regarding"],
)

# A letter's closing: what follows is its signature, not more of the list it gave.
LETTER_CLOSING = Convention(
    "letter closing",
    r"^\s*yours\s+(?:sincerely|faithfully|truly)\b",
    ["Yours sincerely", "Yours faithfully,"],
    counter_examples=["Dear Member"],
)

# The offices members of a meeting body hold, and a person's name as agendas list the members.
_MEMBER_OFFICE = (r"(?i:(?:vice[- ])?(?:chair(?:man|woman|person)?|president)|mayor\s+pro\s+tem(?:pore)?"
                  r"|(?:vice|deputy)\s+mayor|mayor|council\s?members?|councillors?|commissioners?"
                  r"|(?:board|committee)\s?members?|trustees?|supervisors?|alderm[ae]n)")
_PERSON_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|del|la|le)){0,3}"

# One member a line: "Rick Ramirez, Chair", "President Cynthia McClain-Hill", "Mayor Pro Tem Ferraro".
ROSTER_ENTRY = Convention(
    "member and office, one a line",
    rf"^\s*(?:(?P<name>{_PERSON_NAME}),\s*(?P<role>{_MEMBER_OFFICE})|(?P<office>{_MEMBER_OFFICE})\s+"
    rf"(?P<person>{_PERSON_NAME}))\s*$",
    ["Rick Ramirez, Chair", "Margarita L. Rios, Commissioner", "Steven Ly, Mayor Pro Tem",
     "President Cynthia McClain-Hill", "Vice President Susana Reyes", "Mayor Pro Tem Ferraro",
     "Commissioner Jill Banks Barad-Hopkins", "Norm Zezula, Mayor Pro Tempore", "Councilmember Alegria"],
    flags=0,
    counter_examples=["Suja Lowenthal, City Manager", "Layla Lahoud, Grant Coordinator, Grade C, $41,149 annually",
                      "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez,"],
)

# The office alone, the members holding it on the lines below ("Mayor" / "Ray Jackson").
ROSTER_OFFICE = Convention(
    "office heading a list of members",
    rf"^\s*{_MEMBER_OFFICE}\s*$",
    ["Mayor", "Mayor Pro Tem", "Councilmembers"],
    flags=0,
    counter_examples=["City Treasurer City Attorney", "Executive Team"],
)

ROSTER_NAME = Convention(
    "a member's name alone on its line",
    rf"^\s*(?!{_MEMBER_OFFICE}\b){_PERSON_NAME}\s*$",
    ["Ray Jackson", "Justin Massey", "Dean Francois"],
    flags=0,
    counter_examples=["Karen Nowicki Patrick Donegan Treasurer", "the City Council,"],
)

# The roll call an agenda sets down, and the members it will call named after it in one paragraph,
# each office before the names holding it: "CHAIR MANNING, VICE CHAIR GARCIA, COMMITTEE MEMBERS FRY,
# ANGEBRANDT, CARR, MURPHY, OHLSEN." (minutes give the roll so too: "Present: Commissioners Little, Shabazz, Tilos").
ROLL_CALL_TITLE = Convention(
    "item calling the roll",
    r"\broll\s+call\b(?!\s+vote)",
    ["ROLL CALL", "2. Roll Call.", "CALL TO ORDER AND ROLL CALL", "A. Roll Call"],
    counter_examples=["CARRIED BY THE FOLLOWING ROLL CALL VOTE:", "Call to Order"],
)
CALLED_MEMBER = Convention(
    "a member in the paragraph of a roll call, after the office they hold",
    rf"^\s*(?:(?P<office>{_MEMBER_OFFICE})\s+)?(?P<name>{_PERSON_NAME})\s*$",
    ["CHAIR MANNING", "VICE CHAIR GARCIA", "COMMITTEE MEMBERS FRY", "ANGEBRANDT", "Council Members Armenta",
     "Commissioners Little"],
    flags=0,
    counter_examples=["You may address the Committee once per meeting during Public Comments. This",
                      "City Clerk calls the roll"],
)

AGENDA_ITEM_LINE = Convention(
    "numbered agenda item, with its printed page range",
    r"^\s*(?P<number>\d{1,3}[A-Za-z]?)\.?\s+(?P<title>[A-Z“\"'(].*?)(?:\s+(?P<pages>\d{1,3}\s*-\s*\d{1,3}))?\s*$",
    ["2 Minutes 5 - 16", "1. To receive apologies for meeting",
     "6 Thurrock Local Safeguarding Children Board Annual Report 2016 - 2017 17 - 68",
     "1. City Clerk calls the roll."],
    flags=0,
)

AGENDA_ITEMS_END = Convention(
    "end of the list of agenda items",
    r"^\s*(?:queries\s+regarding|(?:for\s+(?:further|more)\s+information,?\s+)?please\s+contact|agenda\s+published|dates?\s+of\s+future"
    r"|date\s+of\s+(?:the\s+)?next\s+meeting\s*:|councillors\s*$)",
    ["Queries regarding this Agenda or notification of apologies:", "Agenda published on: 5 February 2018",
     "Dates of future Parish Council Meetings 2nd May, 4th July, 5th September and",
     "Date of next meeting: Friday, 27 March 2026", "For further information, please contact:"],
    # numbered, it is an item of its own (English parish agendas); in a sentence, an item's description
    counter_examples=["8. Date of next meeting: Tuesday 14th April 2026.",
                      "To note the date of the next meeting: 9 April 2026"],
)

# Where and when a notice convening the meeting was signed, under its items: "Donné à Saint-Alphonse, le 26 février
# 2026." (Quebec municipalities' avis de convocation), "Kannonkoskella 10.3.2026" (Finnish kokouskutsu: the place
# in its locative), "Närpes 11.3.2026" / "Nykarleby den 22.9.2022" (Swedish kallelse), "Dated this 3rd day of March
# 2026" (English and Irish summonses; "Dated: April 6, 2026", US notices of a special meeting), or its signature
# ("Signed: Helen Price, Clerk to the Council", English parishes). The clerk's or chair's signature follows; neither is the last item's.
AGENDA_SIGNED_AT = Convention(
    "place and date a notice of meeting was signed",
    r"^\s*(?:(?i:donné|fait|signé)\s+à\s+[A-ZÀ-Þ][^,]{1,60},?\s+(?:ce\s+|le\s+)?\d|(?i:dated)(?:\s+(?:this\s+)?|\s*:\s*(?:[A-Z][a-z]+\.?\s+)?)\d"
    r"|(?i:signed|signé|signature)\s*:\s*[A-Z]"
    r"|(?!(?i:kokousaika|kokouspäivä|sammanträdestid|tid|aika|datum|date|päivämäärä)\b)[A-ZÅÄÖ][\w'’åäöéü-]+(?:\s+[A-ZÅÄÖ][\w'’åäöéü-]+)?,?"
    r"\s+(?:den\s+)?\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*$)",
    ["Donné à Saint-Alphonse-Rodriguez, le 26 février 2026.", "Fait à Rimouski, ce 3 mars 2026",
     "Kannonkoskella 10.3.2026", "Närpes 11.3.2026", "Nykarleby den 22.9.2022", "Dated this 3rd day of March 2026",
     "Signed: Helen Price, Clerk to the Council",  # an English parish's summons
     "Dated: April 6, 2026", "Dated: 6 April 2026"],  # a US school board's notice of a special meeting
    flags=0,
    counter_examples=["Kokousaika 16.3.2026", "Sammanträdestid 26.09.2022", "45 Talousarvion toteutuminen 1.2.2026",
                      "Donné suite à la demande du 3 mars", "Dated information is removed",
                      "Dated: see the appendix"],
)

# The officer who signs a notice of meeting under its items, the name before a comma or on the line above the office:
# Irish county councils' "Mary Walsh, Meetings Administrator" (or "Senior Executive Officer, Corporate Services"),
# English county councils' summons "Benjamin Watts" / "General Counsel", a parish's "Clerk to the Council", a US city
# clerk's. Under the last item, set apart from it (see agenda._signs_notice): an item's presenter is no signature.
NOTICE_SIGNATORY = Convention(
    "officer signing a notice of meeting, by name and office",
    r"^\s*(?:(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|van|von|ní|nic|de\s+la)){1,3})\s*,\s*)?"
    r"(?P<office>(?i:(?:(?:acting|interim|senior|deputy|assistant)\s+)?(?:meetings\s+administrator|(?:senior\s+)?executive\s+officer"
    r"|director\s+of\s+(?:services|corporate\s+services|governance|law\s+and\s+governance)|chief\s+executive(?:\s+officer)?"
    r"|general\s+counsel|monitoring\s+officer|proper\s+officer|head\s+of\s+(?:legal\s+and\s+)?democratic\s+services"
    r"|democratic\s+services\s+manager|(?:town|city|parish|county|borough|district|village|township)\s+clerk"
    r"|clerk(?:\s+(?:to|of)\s+the\s+\w+(?:\s+\w+){0,3})?|secretary(?:\s+to\s+the\s+\w+(?:\s+\w+){0,4})?))"
    r"(?:\s*,\s*[A-Z][\w&' ]{2,40})?)\s*$",
    ["Mary Walsh, Meetings Administrator", "Seán Ó Briain, Senior Executive Officer, Corporate Services",
     "General Counsel", "Meetings Administrator", "Clerk to the Council", "Helen Price, Clerk to the Council"],
    flags=0,
    counter_examples=["Report of the Chief Executive on Housing Delivery", "Chief Executive's Report",
                      "Jo Reed, Housing Strategy Manager", "Any Other Business"],
)

MEMBERSHIP_HEADING = Convention(
    "membership heading",
    r"^\s*(?:(?:membership|members)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:committee|sub-committee|board|panel|cabinet"
    r"|council|commission|authority))?|councillors|(?:committee|board|panel|commission)\s+members)\s*:?\s*$",
    ["Membership:", "Councillors", "Members of the Committee:", "Members of the Licensing Sub-Committee", "Board Members"],
    counter_examples=["Members of the public may attend the meeting", "Members of the Committee are asked to note"],
)

SUBSTITUTES_HEADING = Convention(
    "substitutes heading",
    r"^\s*substitutes\s*:?\s*$",
    ["Substitutes:"],
)

# The members named on the heading's own line ("Membership: Councillors A Smith (Chair), B Jones …", a summons'
# "To: Councillors …"), and the substitutes so: the names after the label, councillors by their title.
_COUNCILLORS_NAMED = r"\s*:\s*(?P<names>(?i:councillors?|cllrs?\.?)\s+[A-Z].*?)\s*$"
# US boards label their members by their seat, the names after it ("Board Members: Jane Doe (President), …",
# "Councilmembers: Amy Brown, Carl Davis"); a label of those present is attendance, not membership.
MEMBERS_FIELD = Convention(
    "members named after their label",
    r"^\s*(?:(?i:membership|members|to)\s*:\s*(?=(?i:councillors?|cllrs?\.?)\s+[A-Z])"
    r"|(?i:(?:board|council|committee|commission)\s+members|councilmembers|commissioners|trustees|directors|members)"
    r"\s*:\s*(?=[A-Z][\w'’.-]*\s+[A-Z]))(?P<names>.*?)\s*$",
    ["Membership: Councillors A Smith (Chair), B Jones (Vice-Chair), C Brown, D Green and E White",
     "To: Councillors P Adams (Leader), R Baker (Deputy Leader), S Clarke, T Davies and U Evans",
     "Members: Councillor A Smith (Chair), Councillor B Jones, Councillor C Brown",
     "Board Members: Jane Doe (President), John Smith (Vice President), Amy Brown, Carl Davis",
     "Councilmembers: Amy Brown, Carl Davis, Eve Foster"],
    flags=0,
    counter_examples=["To: All Members of the Cabinet", "Members of the public may attend the meeting",
                      "Councillors Bukky Okunade (Chair), Graham Snell (Vice-Chair), Gary Collins",
                      "Board Members Present: Jane Doe, John Smith", "Members: 7", "Trustees: see page 4"],
)
SUBSTITUTES_FIELD = Convention(
    "substitutes named after their label",
    rf"^\s*(?i:substitutes?){_COUNCILLORS_NAMED}",
    ["Substitutes: Councillors F Green and G Hall"],
    flags=0,
    counter_examples=["Substitutes:", "Substitute members must notify the clerk"],
)

AGENDA_PUBLISHED = Convention(
    "agenda publication date",
    r"\bagenda\s+published\s+on\s*:?\s*(?P<date>.+)$",
    ["Agenda published on: 5 February 2018"],
)

AGENDA_CONTACT = Convention(
    "democratic services contact",
    r"\b[Pp]lease\s+contact\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s*(?P<role>[^,]+?))?\s+(?:by|on|at|via)\b",
    ["Please contact Wendy Le, Democratic Services Officer by sending an email to"],
    flags=0,
)

EMAIL_ADDRESS = Convention(
    "email address",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    ["Direct.Democracy@thurrock.gov.uk", "E-mail : clerk@milburnparishcouncil.com"],
)

PHONE_NUMBER = Convention(
    "telephone number",
    r"(?:(?:tel(?:ephone)?\.?\s*(?:no\.?)?|direct\s+(?:dial|line)(?:\s*/\s*ext\.?)?)\s*:?\s*)(?P<number>\(?\+?\d[\d ()-]{6,}\d)",
    ["Clerk : Joan Connelly Telephone : 017683 52469", "Telephone: (01634) 331106", "Direct Dial/Ext: 03000416892"],
)

# A letterhead's e-mail line, labelled, with no name beside it ("e-mail: joel.cook@kent.gov.uk").
LETTERHEAD_EMAIL = Convention(
    "letterhead e-mail line",
    r"^\s*e-?mail\s*:\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$",
    ["e-mail: joel.cook@kent.gov.uk", "E-mail : clerk@milburnparishcouncil.com"],
    counter_examples=["Please email democratic.services@thurrock.gov.uk to register"],
)

PERSON_WITH_ROLE = Convention(
    "name then role in brackets",
    r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<role>[^)]+)\))?\s*$",
    ["Bukky Okunade (Chair)", "Graham Snell (Vice-Chair)", "Gary Collins"],
)

MEMBER_WITH_PHONE = Convention(
    "member in a contact list: name, address, telephone",
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*),.*?\bTel\.?\s*\d+",
    ["Chairman Dennis Richardson, Townhead Farm Tel 61430",
     "Neil Cresswell, Kirkhouse Farm Tel 07958637564 Ray Healey, Townhead Tel 61447,"],
    flags=0,
)

ROLE_PREFIX = Convention(
    "office held, printed before a name",
    r"^(?P<role>(?:vice[- ])?chair(?:man|woman|person)?)\s+(?P<name>.+)$",
    ["Chairman Dennis Richardson"],
)

AGENDA_NUMBER_AND_PAGES = Convention(
    "agenda item number and page range, its title set beside it on other lines",
    r"^\s*(?P<number>\d{1,3}[A-Za-z]?)\.?\s+(?P<pages>\d{1,3}\s*-\s*\d{1,3})\s*$",
    ["7 69 - 84", "10 109 - 118"],
    flags=0,
    counter_examples=["2 Minutes 5 - 16"],
)

# A front sheet's contact as a field: "Contact: Ian Irons, Democratic Services Officer, … 01234 567890".
# "For further information, please contact:" closing the line, the contact's name on the line under it, as printed
# or after a label ("Clerk Name: Stuart McLeod", Scottish front sheets; "Jo Smith, Democratic Services Officer",
# English ones).
CONTACT_LEAD_IN = Convention(
    "line ending by asking the reader to contact someone named below",
    r"\bplease\s+contact\s*:?-?\s*$",
    ["For further information, please contact:", "If you have any queries about this agenda please contact:-"],
    counter_examples=["Please contact Wendy Le, Democratic Services Officer by sending an email to"],
)
CONTACT_NAME_LINE = Convention(
    "the contact's name under the line asking the reader to contact them",
    r"^\s*(?:(?i:clerk|contact|officer)\s+)?(?:(?i:name)\s*:\s*)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?:,|$)",
    ["Clerk Name: Stuart McLeod", "Jo Smith, Democratic Services Officer", "Sam Patel"],
    flags=0,
    counter_examples=["Tel: 01307 473000", "democratic.services@midwessex.gov.uk"],
)

CONTACT_FIELD = Convention(
    "contact field",
    r"^\s*(?:contact(?:\s+officer)?|enquiries(?:\s+to)?|clerk(?:\s+to\s+the\s+\w+)?|clerc)\s*:\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})",
    ["Contact: Ian Irons, Democratic Services Officer", "Enquiries to: Wendy Le", "Contact Officer: Joel Cook",
     # probes: the clerk named under the items (English parish and Welsh community councils)
     "Clerk: Mrs J Smith", "Clerc: Mrs Eirlys Davies"],
    flags=re.IGNORECASE,
    counter_examples=["Please contact Wendy Le, Democratic Services Officer by sending an email to",
                      "Clerk's report: the precept"],
)

# A labelled field of a front sheet ("Time: 7.00 pm", "Quorum: 3 Members", "Contact: …"): it ends a list
# above it, and is no venue.
FIELD_LABEL = Convention(
    "front sheet field label",
    r"^\s*(?:date|time|venue|place|location|quorum|contact(?:\s+officer)?|enquiries(?:\s+to)?|e-?mail|tel(?:ephone)?"
    r"|published|issued|despatched|dispatch\s+date|webcast(?:ing)?)\s*:",
    ["Time: 7.00 pm", "Quorum: 3 Members", "Contact: Ian Irons, Democratic Services Officer", "Date: 7 January 2025"],
    counter_examples=["Councillors Alan Smith (Chair), Beth Jones (Vice-Chair)", "Time capsule project update"],
)

CLERK_CONTACT = Convention(
    "clerk named in a letterhead",
    r"^\s*[Cc]lerk\s*:\s*(?P<name>[A-Z][\w'’.-]*(?:\s+(?!Tel)[A-Z][\w'’.-]*){0,3})",
    ["Clerk : Joan Todd Telephone : 017683 52469", "Clerk : Joan Connelly Telephone : 017683 52469"],
    flags=0,
)


# --- Exempt information: Local Government Act 1972, Schedule 12A (split and parse stages) ---
# Councils mark what is not for publication in many ways: a line of the cover block, a running
# header or footer, the heading of the exempt part of an agenda or minutes, a paragraph of the
# Schedule relied on. Lines that only talk about exempt information, or say there is none, are not
# markings. ``extract.exempt`` decides where each convention applies.

# Words that mark a paper, standing alone, as not for publication, by language (regular expressions).
EXEMPT_WORDS = {
    "English": [r"exempt(?:\s+from\s+(?:public\s+)?disclosure)?", r"(?:strictly\s+|highly\s+|commercially\s+)?confidential",
                r"restricted", r"private",
                r"not\s+(?:for|subject\s+to)\s+(?:publication|(?:public\s+)?(?:release|inspection|disclosure|distribution"
                r"|circulation))",
                r"official[-\s]sensitive",  # the government security marking local authorities also print
                # legal advice (US, Canada, England): "PRIVILEGED AND CONFIDENTIAL", "ATTORNEY WORK PRODUCT"
                r"(?:(?:attorney|lawyer|solicitor)[-\s]client\s+|legally\s+)?privileged",
                r"(?:attorney|lawyer|solicitor)[-\s]client\s+(?:privilege|communication)", r"attorney[-\s]work[-\s]product",
                r"(?:commercial[-\s])?in[-\s]confidence",  # Australian councils' "COMMERCIAL IN CONFIDENCE"
                r"public\s+excluded"],  # New Zealand (LGOIMA s.48)
    "Welsh": [r"eithriedig", r"cyfrinachol", r"preifat", r"(?:ddim|nid)\s+i['’]w\s+gyhoeddi"],
    "Finnish": [r"salassa\s+pidett[äa]v[äa]", r"salainen", r"ei\s+julkinen"],
    "Swedish": [r"sekretessbelag[dt]", r"sekretess", r"hemlig", r"ej\s+offentlig"],
    "Danish": [r"fortroligt?"],
    "Japanese": [r"非公開", r"部外秘", r"秘密会", r"秘密?"],  # 秘密会: an assembly's secret session (地方自治法 115条)
}
# Said of a paper: it is public, or not exempt, by language.
NOT_EXEMPT_WORDS = {
    "English": [r"\bno\s+(?:exempt|confidential)\b", r"\bnot\s+(?:be\s+)?(?:exempt|confidential)\b",
                r"\bnon[-\s]?exempt\b", r"\b(?:is|are)\s+(?:public|open\s+to\s+the\s+public)\b",
                r"^\W*(?:for\s+publication|open|public(?!\s+excluded))\b", r"\bdo\s+not\s+include\b",
                r"\bwhether\s+(?:any|it)\s+(?:are|is)\s+exempt\b"],
    "Welsh": [r"\b(?:nid\s+yw['’]?n|ddim\s+yn|dim\s+yn)\s+(?:eithriedig|gyfrinachol)\b", r"^\W*(?:cyhoeddus|agored)\b"],
    "Finnish": [r"\bei\s+(?:ole\s+)?(?:salassa|salainen)\b", r"^\W*julkinen\b"],
    "Swedish": [r"\b(?:inte|ej|ingen)\s+(?:omfattas\s+av\s+)?sekretess", r"^\W*offentlig\b"],
    "Danish": [r"\bikke\s+fortroligt?\b"],
    "Japanese": [r"^\W*公開"],
}
# What a law says may be withheld, named after a marking: "Confidential – Section 10A(2)(c)" (New South
# Wales), "pursuant to section 90(2)" (South Australia), "Section 48(1)(a) LGOIMA" (New Zealand),
# "Section 42 Local Government Act (Northern Ireland) 2014", "JulkL 24 §" (Finland), "enligt OSL 19 kap." (Sweden).
_STATUTE_CITED = (r"(?:pursuant\s+to\s+|under\s+|in\s+accordance\s+with\s+|enligt\s+)?"
                  r"(?:(?:paragraph|schedule|section|s\.)\s*\d|\d+\s*§|§|julkl\b|osl\b|offl\b|lgoima\b)")
# The schedules listing what may be withheld: Schedule 12A (England and Wales), Schedule 7A (Scotland),
# Schedule 6 of the Local Government Act (Northern Ireland) 2014.
_EXEMPT_SCHEDULE = r"schedule\s+(?:12|7)\s*a\b|schedule\s+6\s+(?:to|of)\s+the\s+local\s+government\s+act\s+\(northern"

_NOT_EXEMPT = "|".join(w for words in NOT_EXEMPT_WORDS.values() for w in words) + (
    r"|(?:[:?]|\s[-–—])\s*(?:no|none|nil|n\s*/\s*a|not\s+applicable|[-–—])\W*$")  # a label answered with a dash: nothing
_EXEMPT_WORD = "(?:" + "|".join(w for words in EXEMPT_WORDS.values() for w in words) + ")"
# "paragraph 3", "paragraphs 1 and 2": of Schedule 12A, unless the words after it name something else.
_PARAGRAPH_NUMBERS = r"\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*"
_OF_NO_OTHER_TEXT = rf"\b(?!\s*\.\d)(?!\s+of\s+(?!(?:part\s+(?:1|i|one)\s+of\s+)?(?:{_EXEMPT_SCHEDULE})))"
_SCHEDULE_PARAGRAPH = rf"paragraphs?\s+{_PARAGRAPH_NUMBERS}{_OF_NO_OTHER_TEXT}"

# An exemption from something other than publication, beside a marking word: a US item's "(CEQA Exempt)",
# "(Categorically Exempt)", "(Exempt from CEQA)", a cover's "Exempt from call-in: Yes" (the scrutiny of a decision).
_OTHER_REGIMES_BEFORE = ("ceqa", "nepa", "categorically", "statutorily", "tax", "vat")
_OF_PUBLICATION = "".join(rf"(?<!{word}\s)" for word in _OTHER_REGIMES_BEFORE)
_NOT_FROM_ELSE = r"(?!\s+from\s+(?!publication|disclosure|(?:the\s+)?(?:press|public)\b))"
# A marking word opening a name, not marking anything: "Confidential Waste Contract", "Confidential Reporting
# (Whistleblowing) Policy", "Confidential Information Policy" (English councils' audit and contract items), "Restricted
# Byway", "Private Sector Housing", "Private Hire Licensing", "Exempt Accommodation" (England's exempt supported housing).
# A marking is the word alone or with what it marks ("CONFIDENTIAL", "Confidential Report", "Confidential – not for
# publication", "Confidential Information"); a name goes on with a word of what it names, after the marking word
# (MARKING_WORD_IN_A_NAME) or after the marked noun too (a rule's: RULE_NAMED_BY_MARKING).
MARKING_WORD_IN_A_NAME = ("reporting", "waste", "shredding", "disposal", "sector", "hire", "rented", "byways?",
                          "accommodation", "supported", "housing", "members", "parking", "roads?")
RULE_NAMED_BY_MARKING = ("polic(?:y|ies)", "procedures?", "code", "protocol", "guidance", "charter", "strategy",
                         "framework", "handling", "sharing", "hotline", "helpline")
_NOT_A_NAME = r"(?!\s+(?:" + "|".join(MARKING_WORD_IN_A_NAME + RULE_NAMED_BY_MARKING) + r")\b)"
_NOT_A_RULE = r"(?!\s+(?:" + "|".join(RULE_NAMED_BY_MARKING) + r")\b)"

EXEMPT_MARKING = Convention(
    "line marking a paper as exempt (not for publication)",
    rf"^(?!.*(?:{_NOT_EXEMPT}))(?:"
    # the whole line is the marking
    rf"\W*(?:{_EXEMPT_WORD}(?:\s*(?:/|and|&)\s*{_EXEMPT_WORD})?|part\s+(?:ii|2|b))"
    rf"(?:\W+(?:(?:report|appendix|appendices|annex|minutes?|information|paper|document)(?:\s+[a-z0-9]{{1,3}}\b)?"
    rf"|commercial|personal|legal|in[-\s]camera|{_EXEMPT_WORD}))*\W*$"
    # the minutes or memorandum of a closed session ("IN CAMERA MINUTES", "Closed Session Memorandum"); not its
    # "Closed Session Report", which US councils give in public
    r"|\W*(?:in[-\s]camera|closed[-\s](?:session|meeting))\s+(?:minutes|memorand(?:um|a)|memo)\b"
    # a label opening a longer marking line
    rf"|\W*{_EXEMPT_WORD}\b{_NOT_A_NAME}\W*(?:(?:information|report|appendix|minutes|item|under|by\s+virtue|paragraphs?\s+\d"
    rf"|(?:personal|commercial|legal)\s+(?:information|advice|data))\b"
    rf"|{_EXEMPT_SCHEDULE}|{_STATUTE_CITED}){_NOT_A_RULE}"
    # a question answered yes ("Is this report exempt? Yes"), not one of another exemption ("Exempt from call-in: Yes",
    # the scrutiny of a decision; "Exempt from CEQA")
    rf"|.*?\b{_OF_PUBLICATION}{_EXEMPT_WORD}\b{_NOT_FROM_ELSE}{_NOT_A_NAME}"
    rf"[^.]{{0,40}}?[:?]\s*yes\b"
    # what the paper says of itself
    rf"|.*?\bthis\s+(?:report|paper|appendix|annex|item|document|minute|information)"
    rf"(?:\s+and\s+(?:its|the)\s+appendi(?:x|ces))?\s+(?:is|are|contains?|includes?)\s+(?:{_EXEMPT_WORD}|exempt\s+information)\b"
    rf"{_NOT_FROM_ELSE}{_NOT_A_NAME}"
    # an appendix or a title marked after a dash or in brackets
    rf"|\W*appendix\s+[a-z0-9]{{1,3}}\b\W+{_EXEMPT_WORD}\b"
    # (the brackets may hold a section's own: "(Confidential – Section 10A(2)(c))")
    rf"|.*?[(\[（【](?:[^()\[\]（）【】]|\([^()]*\)){{0,30}}?\b{_OF_PUBLICATION}{_EXEMPT_WORD}\b{_NOT_FROM_ELSE}{_NOT_A_NAME}"
    rf"(?:[^()\[\]（）【】]|\([^()]*\))*[)\]）】]\W*$"
    # or after a dash ending the title: "12.1 Sale of land at Penrith - CONFIDENTIAL" (New South Wales)
    rf"|.*?\S\s+[-–—]\s+{_EXEMPT_WORD}\b{_NOT_FROM_ELSE}(?:\W+(?:report|item|appendix|information|{_EXEMPT_WORD})\b)*"
    rf"(?:\W+{_STATUTE_CITED}.*)?\W*$"
    # a paragraph of Schedule 12A relied on, with or without naming the Schedule
    rf"|.*?\bby\s+virtue\s+of\s+(?:the\s+)?{_SCHEDULE_PARAGRAPH}"
    rf"|.*?\bexempt\s+(?:information\s+)?(?:under|within|as\s+defined\s+(?:in|by))\s+(?:the\s+)?{_SCHEDULE_PARAGRAPH}"
    rf"|.*?\b{_SCHEDULE_PARAGRAPH}\s+of\s+(?:part\s+(?:1|i|one)\s+of\s+)?(?:{_EXEMPT_SCHEDULE})"
    # Danish municipalities' closed items ("4. Lukket punkt: Køb af ejendom"), Norwegian ones' papers and cases
    # exempt from public access ("PS 14/26 Kjøp av eiendom – Unntatt offentlighet, offl. § 13")
    r"|\W*(?:\d{1,3}[.)]?\s+)?lukket\s+(?:punkt|møde)\b|.*?(?<!ikke\s)\bunntatt\s+offentlighet\b)",
    ["NOT FOR PUBLICATION", "EXEMPT", "CONFIDENTIAL", "RESTRICTED", "Part II", "PART 2", "Part B",
     "This report is Exempt", "EXEMPT MINUTES", "Exempt Appendix 2", "CONFIDENTIAL APPENDIX", "Appendix 2 – Exempt",
     "Private and Confidential", "Exempt information: Yes – paragraph 3",
     "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
     "NOT FOR PUBLICATION - exempt information, paragraph 3 of Schedule 12A",
     "Exempt by virtue of paragraph 3", "Exempt information – paragraph 3",
     "This report contains exempt information as defined in paragraph 3 of Schedule 12A",
     "Disposal of land at Grays (Exempt – paragraph 3)",
     "The appendix is not for publication by virtue of paragraphs 1 and 2",
     "4. Lukket punkt: Køb af ejendom", "Lukket møde",  # a Danish municipality's dagsorden (probe)
     "PS 14/26 Kjøp av eiendom – Unntatt offentlighet, offl. § 13",
     # other nations' markings (probes): Welsh bilingual covers, US and Canadian legal advice and closed sessions,
     # South Australian, New South Wales, New Zealand, Scottish and Northern Irish statutes, Finnish, Swedish,
     # Danish and Japanese papers, the government security marking
     "EXEMPT / EITHRIEDIG", "Cyfrinachol", "NOT FOR PUBLICATION / DDIM I'W GYHOEDDI", "PRIVILEGED AND CONFIDENTIAL",
     "CONFIDENTIAL – ATTORNEY-CLIENT PRIVILEGED", "CONFIDENTIAL - IN CAMERA", "IN CAMERA MINUTES",
     "Closed Session Memorandum", "CLOSED MEETING MINUTES", "Confidential pursuant to section 90(2) and (3)(b) of the Local Government Act 1999",
     "Confidential – Section 10A(2)(c) of the Local Government Act 1993", "PUBLIC EXCLUDED",
     "Public Excluded – Section 48(1)(a) LGOIMA", "Exempt – Schedule 7A, paragraph 6",
     "RESTRICTED - Section 42 Local Government Act (Northern Ireland) 2014",
     "Salassa pidettävä JulkL 24 § 1 mom. 17 k", "Ei julkinen", "Sekretess enligt OSL 19 kap. 1 §", "Fortroligt",
     "非公開", "（非公開）", "秘", "秘密会", "（秘密会）", "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE: COMMERCIAL", "Strictly confidential",
     # an agenda item's title marked after a dash, or in brackets holding the section's own (New South Wales)
     "12.1 Sale of land at Penrith - CONFIDENTIAL", "Sale of land at Penrith - Confidential under section 10A(2)(c)",
     "Sale of land at Penrith (Confidential – Section 10A(2)(c))",
     "Is this report exempt? Yes", "Does the report contain exempt information? Yes", "Exempt from publication: Yes",
     "CONFIDENTIAL — NOT FOR PUBLIC DISCLOSURE", "Confidential – Not Subject to Public Disclosure",
     "CONFIDENTIAL: ATTORNEY WORK PRODUCT", "Exempt from disclosure under the Public Records Act (Gov. Code § 6254)",
     "CONFIDENTIAL – Personal information under MFIPPA", "Privileged & Confidential: Solicitor-Client Privilege",
     "Confidential Attorney-Client Communication", "NOT FOR DISTRIBUTION", "COMMERCIAL IN CONFIDENCE",
     "Confidential Information", "CONFIDENTIAL REPORT – HOUSING", "This report is exempt from publication"],
    counter_examples=["This report is Public",
                      "CLOSED SESSION REPORT",  # US councils report closed sessions' actions in public
                      "Public excluded from the park after dusk", "Asia ei ole salassa pidettävä.",
                      "Ärendet omfattas inte av sekretess", "Cyhoeddus / Public", "秘書課長", "公開", "これより秘密会を解きます",
                      "We are privileged to welcome the Mayor", "Private Sector Housing Renewal", "Confidential waste",
                      "Stanford-le-Hope - Private sector rents", "Report of the Director – Private Sector Housing",
                      "Exempt from call-in: Yes", "Is the decision exempt from call-in? Yes", "Exempt from CEQA: Yes",
                      "Approve a Contract for Street Resurfacing (CEQA Exempt)", "Zoning Amendment (Exempt from CEQA)",
                      # a marking word opening a name (English councils' audit, licensing and housing items)
                      "Review of Confidential Reporting Policy", "Annual Review of the Confidential Reporting Code",
                      "Confidential Information Policy", "Review of Policies (Confidential Reporting)",
                      "Private hire? Yes", "Exempt Supported Accommodation", "Private Members' Bill",
                      # a decision's exemption from call-in, said in a sentence
                      "This report is exempt from call-in because the decision is urgent.",
                      "This item is exempt from call-in.",
                      "Adopt the Ordinance (Categorically Exempt, Section 15301)", "Parking permits – exempt from charges",
                      "Does the plan cover private sector housing? Yes",
                      "Sekretess: -", "Exempt information: –",  # a Swedish-language protocol's field left empty
                      "Exempt information – none", "Confidential – no", "The officer spoke in confidence to the chair",
                      "Not for distribution outside the meeting room? No", "Exempt information: No", "Is this report confidential? No",
                      "Saken er ikke unntatt offentlighet", "Vejen er lukket punkt for punkt",
                      "For publication [Do not include information which is exempt from publication under schedule 12a of",
                      "To view any “exempt” information that may be included on the agenda for this meeting, Councillors should:",
                      "identification whether any are exempt or protected by copyright):",
                      "Determine item is exempt pursuant to CEQA Guidelines Section 15060(c)(3).",
                      "(1) 2018 Year-end Strategic Plan Update Part II",
                      "and related governance requirements set out in a) Part 2 of the Local Government Act",
                      "the service which provides a confidential", "ask of Government was to exempt the care sector from the national",
                      "This report contains no exempt information.", "EXEMPT ITEMS",
                      "The Council may exclude the press and public where exempt information as described in Schedule 12A "
                      "to the Local Government Act 1972 is likely to be disclosed.",
                      "The Chair ruled, by virtue of paragraph 14 of the Standing Orders, that"],
)

# An exempt part's heading, numbered as an item of its own or not.
# What an exempt part is called (its English names) and the nouns that may follow ("CONFIDENTIAL BUSINESS"), shared by
# the part's heading and the part numbered as an item (EXEMPT_PART_ITEM).
_PART_NAME = (r"part\s+(?:ii|2|b)\b(?:\W+(?:exempt|confidential|private))?|exempt|confidential|private|public\s+excluded"
              r"|in\s+committee")
_PART_NOUNS = r"items?|business|session|agenda|reports?|matters"
_PART_HEADING = (rf"(?:\d{{1,2}}(?:\.\d{{1,2}})?\.?\s+)?(?:{_PART_NAME}"
                 r"|rhan\s+(?:ii|2)\b(?:\W+(?:eithriedig|cyfrinachol))?|eithriedig|cyfrinachol"
                 r"|eitemau\s+(?:eithriedig|cyfrinachol))"
                 rf"(?:\W+(?:{_PART_NOUNS}|eitemau|busnes)\b{_NOT_A_RULE}[^/]*)?")

# The heading (or resolution) after which an agenda's or minutes' items are exempt.
EXEMPT_PART = Convention(
    "opening of the exempt part of an agenda or minutes",
    rf"^(?!.*(?:{_NOT_EXEMPT}))(?:"
    # numbered as an item of its own too: Australian councils' "10. Confidential Matters", "5. Confidential Reports",
    # New Zealand councils' "6 Public Excluded" (their "Resolution to Exclude the Public")
    # Northern Irish councils' "In Committee" (their confidential items, "IN COMMITTEE ITEMS")
    # Welsh councils' "RHAN 2", "EITEMAU EITHRIEDIG", alone or beside the English ("Rhan 2 / Part 2")
    rf"\W*{_PART_HEADING}(?:\s*/\s*{_PART_HEADING})?\W*$"
    r"|.*?\bresolution\s+to\s+exclude\s+the\s+public\W*$"
    r"|\W*(?:items?|business|reports?)\s+(?:not\s+for\s+publication|(?:to\s+be\s+)?(?:taken|considered)\s+in\s+private)"
    r"|.*?\bexclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+(?:the\s+)?)?public\W*$"
    r"|.*?\b(?:press\s+and\s+(?:the\s+)?)?public\s+(?:be|were|are|was|is|being)\s+excluded\b"
    r"|.*?\bexclude\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\s+(?:from|for|during)\b"
    # Australian councils close the meeting itself ("That the meeting be closed to the public under section 10A(2)(c)",
    # New South Wales; "Council closed the meeting to the public at 7.42pm"; "MOVE INTO CLOSED COUNCIL")
    r"|.*?\b(?:meeting|council)\s+(?:(?:be|was|is|being)\s+)?closed\s+to\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b"
    r"|.*?\bclose[ds]?\s+the\s+meeting\s+to\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b"
    r"|.*?\binto\s+(?:closed\s+council|confidential\s+session)\b|\W*closed\s+council\W*$"
    # Welsh councils' "Gwahardd y Wasg a'r Cyhoedd", alone or after the English ("… Public / Gwahardd y Wasg a'r Cyhoedd")
    r"|.*?\bgwahardd\s+y\s+wasg\s+a['’]r\s+cyhoedd\b)",
    ["That the meeting be closed to the public under section 10A(2)(c) of the Local Government Act 1993",
     "Council closed the meeting to the public at 7.42pm", "MOVE INTO CLOSED COUNCIL", "CLOSED COUNCIL",
     "That Council move into Confidential Session",
     "PART II", "Part 2 - Exempt Items", "EXEMPT ITEMS", "Part II – Items not for publication", "CONFIDENTIAL BUSINESS",
     "Items to be taken in private", "Exclusion of the Press and Public",
     "RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from",
     "To agree that the press and public be excluded from the meeting for the following items",
     "10. Confidential Matters", "5. Confidential Reports", "6 Public Excluded", "PUBLIC EXCLUDED BUSINESS",
     "8.1 Resolution to Exclude the Public", "6. In Committee", "IN COMMITTEE ITEMS",
     "Rhan 2 / Part 2", "EITEMAU EITHRIEDIG", "EXEMPT ITEMS / EITEMAU EITHRIEDIG",  # Welsh councils' (probes)
     "EXCLUSION OF THE PRESS AND PUBLIC / GWAHARDD Y WASG A'R CYHOEDD",
     "Penderfynwyd gwahardd y wasg a'r cyhoedd o'r cyfarfod ar gyfer yr eitem ganlynol"],
    counter_examples=["(At the time of preparing the agenda there were no exempt items. During any such",
                      "10. Confidential waste contract review", "Public excluded from the park after dusk",
                      "Confidential Reports Policy", "Exempt Information Sharing Protocol",
                      "Public excluded items: nil", "In Committee Room 2 at 7.00 pm", "Rhan 2 o'r adroddiad", "Matters considered in committee",
                      "Exclusion of public rights of way from the definitive map", "Exempt information: No",
                      "The footpath will be closed to the public during the works",
                      "Gall y Cyngor wahardd y wasg a'r cyhoedd pan fo gwybodaeth eithriedig",  # "may exclude": a mention
                      "The Council recessed into closed session at 6.15 pm",  # US: reported on in public
                      "The Council may exclude the press and public where exempt information as described in Schedule 12A"],
)

# An exempt part numbered as an item of its own, its items numbered under it (Australian councils' "10.
# Confidential Matters" over "10.1 …", "10.2 …"; New Zealand councils' "6 Public Excluded" over "6.1 Resolution to
# Exclude the Public"): the part holds those items, and the next item of its rank ("11. Close of Meeting") is
# public again. A motion excluding the public ("14. Exclusion of the Press and Public", a UK front sheet's) heads no
# part of its own: what follows it stays exempt to the end.
EXEMPT_PART_ITEM = Convention(
    "exempt part numbered as an item, its items under it",
    rf"^\W*\d{{1,2}}\.?\s+(?:{_PART_NAME})(?:\W+(?:{_PART_NOUNS}))?\W*"
    r"(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?$",  # (its page in a table of contents)
    ["10. Confidential Matters", "8 Confidential Matters 21", "5. Confidential Reports", "6 Public Excluded",
     "6. In Committee", "12 CONFIDENTIAL BUSINESS"],
    counter_examples=["14. Exclusion of the Press and Public", "8.1 Resolution to Exclude the Public", "PART II",
                      "10. Confidential waste contract review", "EXEMPT ITEMS"],
)

# A closed session on an agenda: US councils' "Closed Session" (the Brown Act's and other open meetings acts'
# "CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION (Section 54956.9(d)(1) of the California Government Code)"),
# Canadian municipalities' "Closed Session" / "In Camera" / "Closed Meeting" (Ontario's Municipal Act s. 239). Its items
# are listed in public, as the law requires, but their papers are not for publication, as a Schedule 12A part's
# (extract.exempt.exempt_agenda_items). The item or heading opening it is public; so is the one ending it
# (CLOSED_SESSION_ENDS). A time in the title block ("Closed Session - 5:00 PM") or the report given after it in public
# ("CLOSED SESSION REPORT") opens none. Agendas only: US minutes report what a closed session did, in public.
_CLOSED_SESSION = r"(?:closed|in[-\s]camera)\s+(?:session|meeting)|in[-\s]camera"
_ITEM_NUMBER_FIRST = r"^\W*(?:(?:\d{1,3}|[a-z]|[ivxlc]{1,6})(?:\.\d{1,3})?[.):]?\s+)?"  # "3 ", "M. ", "XIV. ", "2.1 "
CLOSED_SESSION = Convention(
    "opening of a closed session on an agenda",
    rf"{_ITEM_NUMBER_FIRST}(?:resolution\s*[:–-]\s*)?(?:that\s+)?"
    r"(?:(?:the\s+)?(?:council|board|committee|commission)\s+(?:to\s+)?)?"
    rf"(?:(?:recess|adjourn|retire|move|go|proceed|convene)\s+(?:(?:in)?to\s+)?(?:a\s+)?(?:{_CLOSED_SESSION})\b.*"
    rf"|(?:{_CLOSED_SESSION})(?:\s+(?:items?|agenda|matters|business))?\W*$)",
    ["3 CLOSED SESSION", "M Closed Session", "4 ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:",
     "18 Resolution: Closed Session", "RECESS TO CLOSED SESSION (Meeting will reconvene in the Council Chambers",
     "IN CAMERA", "12. Closed Meeting", "That Council move into Closed Session", "Council to move In Camera"],
    counter_examples=["IV CLOSED SESSION REPORT", "4 REPORT FROM CLOSED SESSION", "PUBLIC COMMENT ON THE CLOSED SESSION AGENDA",
                      "Closed Session - 5:00 PM", "5:00 PM - CLOSED SESSION",
                      "Adjourn to 6:00 P.M. on December 20, 2022, for a Closed Session Meeting and 7:00 P.M.",
                      "a MINUTES: Approval of minutes of Closed Session held on November 29 and",
                      "By law, closed sessions are not open to the public. Anyone wishing to address the Board of",
                      "after the closed session"],
)

# The item after a closed session, reporting on it or returning to open session: public, and the items after it too.
CLOSED_SESSION_ENDS = Convention(
    "end of a closed session on an agenda",
    rf"\breconven\w*|\b(?:report|statement|announcement)s?\s+(?:from|on|out\s+of|of)\s+(?:the\s+)?(?:{_CLOSED_SESSION})"
    rf"|\b(?:{_CLOSED_SESSION})\s+report|\bend\s+of\s+(?:the\s+)?(?:{_CLOSED_SESSION})|\brise\s+and\s+report"
    rf"|\brise\s+from\s+(?:{_CLOSED_SESSION})|{_ITEM_NUMBER_FIRST}(?:return\s+to\s+)?open\s+session\b",
    ["4 REPORT FROM CLOSED SESSION", "5 RECONVENE AND STATEMENT FROM CLOSED SESSION", "IV CLOSED SESSION REPORT",
     "END OF CLOSED SESSION", "That Council rise and report", "OPEN SESSION"],
    counter_examples=["N Adjournment", "5 DISCUSSION",
                      "2.1 Public Employee Performance Evaluation – Pursuant to Government Code Section 54957"],
)

# The public let back in: what follows is public again.
PUBLIC_AGAIN = Convention(
    "press and public readmitted",
    r"\b(?:press|public)\b.{0,30}?\bre-?admitted\b|\breturned\s+to\s+(?:open|public)\s+session\b"
    r"|\bback\s+(?:in|into)\s+(?:open|public)\s+session\b|\bre-?admit\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b"
    r"|\b(?:press|public)\s+returned\s+to\s+the\s+meeting\b"
    # Australian councils' meeting opened again ("The meeting re-opened to the public at 8.15pm", "OPEN COUNCIL RESUMED")
    r"|\b(?:meeting|council)\s+(?:(?:was|is|be)\s+)?re-?opened\s+to\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b"
    r"|\bopen\s+council\s+resumed\b"
    r"|\bresum(?:ed|ption\s+of)\s+(?:in\s+)?open\s+(?:council|session|meeting)\b",
    ["The press and public were readmitted to the meeting.", "The meeting returned to public session at 8.15pm.",
     "RESOLUTION TO READMIT THE PUBLIC", "The press and public returned to the meeting.",
     "The meeting re-opened to the public at 8.15pm", "OPEN COUNCIL RESUMED", "Council resumed in open session at 8.20pm"],
    counter_examples=["The press and public were excluded from the meeting.",
                      "and patients being readmitted, to which the Deputy Fire Chief responded in the",
                      "The library re-opened to the public in May", "Members of the public left the meeting"],
)

# Said after a marking label or an exempt part's heading: there is nothing exempt after all.
NOTHING_EXEMPT = Convention(
    "nothing exempt",
    r"^\W*(?:no|none|nil|n\s*/\s*a|not\s+applicable)\W*$"
    r"|\bno\s+(?:exempt|confidential)\s+(?:items?|business|reports?|information)\b|\bthere\s+(?:are|were|is)\s+no\s+(?:exempt|confidential)\b",
    ["(At the time of preparing the agenda there were no exempt items. During any such", "No", "N/A", "None"],
    counter_examples=["EXEMPT ITEMS", "Not for publication by virtue of paragraph 3"],
)

# A cover block's label whose answer says whether the paper is for publication ("Status: Confidential",
# "Classification: OFFICIAL-SENSITIVE", "Open/Exempt: Exempt", "Part 1 or Part 2: Part 2"): the answer marks it when it
# is itself a marking (extract.exempt.marking_in). Not a label of another regime ("CEQA status: Exempt"). A bare
# "Status" (``generic``) says nothing of publication when answered "Exempt" alone: a US item's wrapped "…; CEQA" /
# "Status: Exempt", a tax or call-in status; answered "Confidential" or "Private" it does.
PUBLICATION_STATUS_LABEL = Convention(
    "label of a paper's publication status",
    r"^\W*(?:(?:report|paper|item|document|decision)\s+)?(?:(?P<generic>status)|(?:security\s+)?classification|publication"
    r"(?:\s+status)?|confidentiality|(?:public\s+)?access|(?:open|public|part\s+(?:1|i))\s*(?:/|or)\s*"
    r"(?:exempt|private|confidential|part\s+(?:2|ii))"
    r"|julkisuus(?:luokka)?|salassapito|offentlighet|sekretessklass)\s*$",  # Finnish and Swedish case systems' fields
    ["Status", "Report status", "Classification", "Security classification", "Open/Exempt", "Public or Private",
     "Part 1 or Part 2", "Julkisuus", "Offentlighet"],
    counter_examples=["CEQA status", "Environmental Determination", "Title", "Report type", "Exempt from call-in"],
)

# The paragraphs of Schedule 12A a marking relies on: "paragraph 3", "paragraphs 1 and 2".
SCHEDULE_12A_PARAGRAPHS = Convention(
    "paragraphs of Schedule 12A relied on",
    rf"\bparagraphs?\s+(?P<numbers>{_PARAGRAPH_NUMBERS}){_OF_NO_OTHER_TEXT}",
    ["Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972",
     "The appendix is not for publication by virtue of paragraphs 1 and 2",
     "Not for publication by virtue of paragraph 9 of Part 1 of Schedule 7A of the Local Government (Scotland) Act 1973"],
    counter_examples=["as set out in paragraph 3.2 of the report", "by virtue of paragraph 14 of the Standing Orders"],
)


# --- Who is who (reconcile stage: extract/archive.py) ---
# Word lists by language, lower case, as the archive compares names (accents and
# apostrophes off, "&" read as "and").

# Words that say what kind of authority a body is, not which one. A council's name
# without them ("Thurrock", "Manordeilo Salem", "Nykarleby") tells it from others;
# one with nothing left ("City Council", "Full Council", "Cyngor Cymuned") names no council.
AUTHORITY_TIERS = {  # the level of government: "Alameda County" is not the "City of Alameda"
    # Ontario's and New Zealand's regions ("Regional Municipality of Waterloo", "Waikato Regional Council") and
    # Australia's shires ("Shire of Augusta-Margaret River", "Mornington Peninsula Shire Council") are tiers too
    "English": ["city", "town", "county", "borough", "district", "parish", "community", "village", "township",
                "municipality", "regional", "region", "shire"],
    "Welsh": ["dinas", "tref", "sir", "sirol", "bwrdeistref", "cymuned"],
    "Irish": ["contae", "cathrach", "buirge"],  # "Comhairle Contae Chiarraí", "Comhairle Cathrach Chorcaí"
    "French": ["ville", "commune"],
    "Swedish": ["stad", "kommun"],
    "Danish": ["kommune"],  # and Norwegian: "Søbjerg Kommune", "Oslo kommune"
    "Finnish": ["kunta", "kaupunki"],
}
# A council's tier and noun as English and Welsh councils shorten them after its name: "Tunbridge Wells BC",
# "Mid Suffolk DC", "Kirklees MBC", "Caerphilly CBC", "Windsor and Maidenhead RBC", "Frome TC", "Milburn PC"
# (an officer's --council, a running footer), and a London borough's council as legal citations and payments print
# it ("Pankhania v Hackney LBC [2002] EWHC 2441 (Ch)", "Issa v Hackney LBC [1997] 1 WLR 956", "COUNCIL TAX HACKNEY
# LBC"). "CC" is a city's or a county's ("Bristol CC", "Kent CC"): no tier. Only in capitals, and only after a name
# that has no tier or council noun of its own: "Vancouver, BC" is a province's, "City of Victoria BC" a city's.
# Shown only where no record prints the name in full ("Kent CC" is shown as Kent County Council).
COUNCIL_ABBREVIATION = Convention(
    "council's tier and noun abbreviated after its name",
    r"(?<=[^\W\d_])\s+(?P<short>(?:M|C|R|L)?B\.?C\.?|M?D\.?C\.?|C\.?C\.?|T\.?C\.?|P\.?C\.?)$",
    ["Tunbridge Wells BC", "Mid Suffolk DC", "Kirklees MBC", "Caerphilly CBC", "Bristol CC", "Wellingborough B.C.",
     "Frome TC", "Hackney LBC", "Camden LBC"],
    flags=0,
    # a payee of a community council's accounts (probe: "iv) Easy PC, Laptop, Chq No 1337 499.00") ends with no such
    # letters; the name alone would: it is read as a council only where it is printed as one
    counter_examples=["Vancouver, BC", "Kent County Council", "Tunbridge Wells Borough Council", "iv) Easy PC, Laptop"],
)
# A London borough's style shortened before its name, as its own services and the boroughs' shared lists print it:
# "LB Camden - Housing Options & Advice Service", "LB Brent", "LB Croydon".
# Only in capitals, and only before a capitalised name: "5 lb bags" weighs.
COUNCIL_STYLE_ABBREVIATION = Convention(
    "London borough's style abbreviated before its name",
    r"^(?P<short>L\.?B\.?)\s+(?=[A-Z])",
    ["LB Camden", "LB Brent", "LB CROYDON"],
    flags=0,
    counter_examples=["5 lb bags", "LBC", "Lb Smith"],
)
# Each short form → the words it stands for, as the archive compares names (London's style names the capital,
# not the borough: LONDON_BOROUGH_STYLE).
COUNCIL_ABBREVIATIONS = {"bc": "borough council", "mbc": "metropolitan borough council", "cbc": "county borough council",
                         "rbc": "royal borough council", "lbc": "borough council", "dc": "district council",
                         "mdc": "metropolitan district council", "cc": "council", "tc": "town council",
                         "pc": "parish council", "lb": "borough of"}
# The tiers of the smallest councils, below the principal ones: a parish, community or village council is never
# its city's, district's or county's, though it carries the place's old style ("City of Durham Parish Council"
# is not the old "Durham City Council"; "Cyngor Cymuned Dinas Mawddwy" is a community's, not a city's). A name
# that holds one of these is of that tier alone; "St Albans City and District Council" keeps both its tiers.
LOCAL_TIERS = ["parish", "community", "village"]
# The tiers whose councils print them in their names: a county's council is "Kent County Council", never "Kent
# Council"; a region's "Fife Regional Council", the "Regional Municipality of Waterloo". A council printed by its
# place alone beside one of these is another body, kept apart and told: the unitary council that took over a county
# ("Cornwall Council" after Cornwall County Council, 2009; "Wiltshire Council" 2009, "Dorset Council" 2019,
# "Buckinghamshire Council" 2020, "Somerset Council" 2023), one of Scotland's councils after its region ("Fife Council"
# after Fife Regional Council, 1996), the city of a region's name (Waterloo's in the Region of Waterloo). Boroughs,
# districts, cities, shires and county boroughs go by their place alone, and such a name is theirs: "Camden Council"
# is the London Borough of Camden, "Breckland Council" Breckland District Council, "Cardiff Council" the City of
# Cardiff Council, "Yarra Ranges Council" the Shire of Yarra Ranges, "Neath Port Talbot Council" its county borough's.
# An abbreviation says no more of its tier than the full name would: "Kent CC" is Kent County Council. Each: a tier
# as the archive compares tiers (its words in English, sorted).
TIERS_ALWAYS_NAMED = ["county", "region", "regional", "municipality regional"]
# One level of government in the languages of a bilingual country: Wales's "Cyngor Cymuned Manordeilo a Salem"
# is the "Manordeilo & Salem Community Council", Ireland's "Comhairle Contae Chiarraí" a county council, as
# "Cyngor Sir Ddinbych" is "Denbighshire County Council". Each tier word → the English one.
TIER_EQUIVALENTS = {"cymuned": "community", "sir": "county", "sirol": "county", "tref": "town", "dinas": "city",
                    "bwrdeistref": "borough", "contae": "county", "cathrach": "city", "buirge": "borough",
                    "ville": "city",
                    # a Nordic municipality is one tier however it styles itself: "Stockholms stad" is Stockholm's
                    # kommun, "Nykarleby stad" Finland's "Uudenkaarlepyyn kaupunki"
                    "stad": "municipality", "kommun": "municipality", "kommune": "municipality",
                    "kunta": "municipality", "kaupunki": "municipality"}
AUTHORITY_WORDS = {  # the rest of an authority's generic name
    # "metropolitan" qualifies a borough or district, no tier of its own: the "Metropolitan Borough of Wirral"
    # is "Wirral Borough Council"
    "English": ["council", "corporation", "royal", "unitary", "combined", "mayoral", "municipal", "full", "metropolitan",
                "regular", "special", "ordinary", "extraordinary", "hall", "the", "of", "and"],
    "Welsh": ["cyngor", "llawn", "y", "yr", "a", "ac"],
    "Irish": ["comhairle", "na", "nan"],  # and Scottish Gaelic: "Comhairle nan Eilean Siar"
    "French": ["conseil", "municipal", "de", "du", "la", "le", "des", "et"],
    "Swedish": ["fullmaktige", "och"],
}
# The last word of a committee name that is a council itself ("Milburn Parish Council"), or the
# first, in languages that put it there ("Cyngor Cymuned Manordeilo a Salem", "Comhairle Contae Chiarraí",
# "Council of the City of …").
COUNCIL_NOUNS = ["council", "cyngor", "conseil", "comhairle"]
# Words of a committee name that say how it met, not which committee it is ("Special Meeting of the City Council").
MEETING_QUALIFIERS = ["the", "regular", "special", "ordinary", "extraordinary", "adjourned", "meeting", "of"]
# Generational suffixes after a surname ("John Smith Jr.", "Robert Lee III", "Tom Jones Snr"): they tell a father
# from his son, so are part of the name, but no surname ("Cllr Smith" may be either). Only the abbreviations:
# "Senior" and "Junior" are surnames too ("Cllr Ann Senior").
NAME_SUFFIXES = ["jr", "jnr", "sr", "snr", "ii", "iii", "iv"]
# A generational suffix set after a comma, as US lists print it ("Mayor Victor Aguilar, Jr., Councilmember …"; a
# Texas city council's minutes: "Ignacio Ramirez, Sr. City Attorney"): the comma closes no person, the suffix is
# the name's, and an office after it ("Sr. City Attorney") is still the same person's (extract.parse.people).
# Not the Spanish honorifics "Sr." and "Sra." before a name ("Sr. García" is no suffix: no office follows).
SUFFIX_AFTER_COMMA = Convention(
    "a generational suffix after a comma",
    r"^\s*(?P<suffix>(?:" + "|".join(form for suffix in NAME_SUFFIXES for form in (suffix.upper(), suffix.capitalize()))
    + r")\.?)(?=\s|$)(?P<rest>.*)$",
    ["Jr.", " Jr.", "Sr. City Attorney", "III", "JR.", "Snr"],
    flags=0,
    counter_examples=["Sra. López", "Junior Warden", "Iris Jones", "Srs", "jr"],
)
# A committee's head noun as minutes and agendas shorten it: "Planning Cttee" (UK councils' running
# headers and minute titles), "Finance Cmte" (US boards' agendas). "Comm." is no such word: it is a
# Commission's as often ("Planning Comm.").
COMMITTEE_ABBREVIATIONS = {"cttee": "committee", "ctte": "committee", "cmte": "committee", "cttees": "committees"}
# Words a committee's name prints solid, hyphenated or apart: "Health and Well-being Board" is the "Health &
# Wellbeing Board"; "Licensing Sub-Committee", "Licensing Sub Committee" and "Licensing Subcommittee" are one.
# Each entry: the words apart, as the archive compares them. "sub" joins whatever word follows it.
SOLID_COMPOUNDS = {("well", "being"): "wellbeing", ("co", "ordinating"): "coordinating",
                   ("co", "ordination"): "coordination", ("co", "operation"): "cooperation"}
COMPOUND_PREFIXES = ["sub"]
# The body that takes an English or Welsh council's executive decisions, by the names councils give it (Local
# Government Act 2000): "Cabinet" (Kent, Thurrock), "Executive" (Hart, Bedford Borough), "Executive Board" (Leeds),
# "Mayor and Cabinet" (Lewisham). A council has one; where its records print two of these, they may be one body
# (a report to "Executive" taken at the Cabinet's meeting): told, never merged. Each: its name as committees are
# compared. "Executive Committee" (a parish's or a US board's) and "Cabinet Advisory Board" are other bodies.
EXECUTIVE_NAMES = [("cabinet",), ("executive",), ("executive", "board"), ("mayor", "and", "cabinet")]
# A meeting of the whole council named by its occasion: "Annual Council", "Budget Council", "Annual Meeting
# of the Council" are the council's meetings as "Full Council" is. With no council noun, no council: the
# "Annual Parish Meeting" is the electors', and "Budget Scrutiny Committee" is a committee.
COUNCIL_OCCASIONS = ["annual", "budget", "statutory", "ceremonial", "reconvened"]
# The London boroughs' style names the capital, not the borough: "London Borough of Camden" is the council
# whose logo says "Camden Council" (so "LONDON BOROUGH OF HAVERING", "Havering Council"). London's own
# authorities keep it: the "City of London", the "Greater London Authority".
LONDON_BOROUGH_STYLE = Convention(
    "London borough's style",
    r"\bLondon\s+(?=Borough\s+of\b)",
    ["London Borough of Camden", "LONDON BOROUGH OF HAVERING"],
    counter_examples=["City of London", "Greater London Authority", "London Councils"],
)
# A council's legal style as its contracts, orders and agreements print it names the corporation, then the council:
# "The Mayor and Burgesses of the London Borough of Camden" is Camden's, "The Lord Mayor and Citizens of the City
# of Westminster" the City of Westminster's, "The Mayor, Aldermen and Burgesses of the Borough of Barnsley"
# Barnsley's. Not the "Mayor and Cabinet" (Lewisham's executive), nor the "Mayor of London".
CORPORATE_STYLE = Convention(
    "council's corporate style",
    r"^(?:the\s+)?(?:lord\s+)?mayor(?:,?\s+aldermen)?,?\s+and\s+(?:commonalty\s+and\s+)?(?:burgesses|citizens)"
    r"\s+of\s+(?=\w)",
    ["The Mayor and Burgesses of the London Borough of Camden", "The Lord Mayor and Citizens of the City of Westminster",
     "The Mayor, Aldermen and Burgesses of the Borough of Barnsley",
     "The Mayor and Commonalty and Citizens of the City of London"],
    counter_examples=["Mayor and Cabinet", "Mayor of London", "Mayor and Council"],
)
# A first name's familiar forms: the minutes' "Cllr Bob Smith" may be the agenda's "Robert Smith", a US
# council's "Councilmember Bill Jones" its roll's "William Jones". A name that begins another ("Pete" and
# "Peter", "Chris" and "Christopher") is one too. Such pairs are told to the officer, never merged: "Jim"
# may be a James, and "Ann" an Anne, or not. Each entry: the full name, then its familiar forms.
FAMILIAR_FIRST_NAMES = {
    "robert": ["bob", "bobby", "rob", "robbie", "bert"], "william": ["bill", "billy", "will", "willie", "liam"],
    "james": ["jim", "jimmy", "jamie"], "richard": ["dick", "rick", "ricky", "rich"], "john": ["jack", "johnny"],
    "elizabeth": ["liz", "lizzie", "beth", "betty", "libby", "eliza"], "margaret": ["maggie", "meg", "peggy", "peg"],
    "edward": ["ted", "ed", "eddie", "ned"], "anthony": ["tony"], "thomas": ["tom", "tommy"],
    "katherine": ["kate", "katie", "kath", "kathy"], "catherine": ["kate", "katie", "cath", "cathy"],
    "charles": ["charlie", "chuck"], "henry": ["harry", "hal"], "patricia": ["pat", "patsy", "trish"],
    "susan": ["sue", "suzy"], "deborah": ["debbie", "deb"], "rebecca": ["becky", "becca"], "alexander": ["alex", "sandy"],
    "frederick": ["fred", "freddie"], "lawrence": ["larry"], "michael": ["mike", "mick", "mickey"],
    "gerald": ["gerry", "jerry"], "theodore": ["ted", "theo"], "joseph": ["joe", "joey"], "daniel": ["dan", "danny"],
}
# Words a name may hold in lower case: particles ("van der Berg", "dos Santos", Welsh "ap Gwilym", "ab Owen",
# "ferch Dafydd"; "deHaan" is one word).
NAME_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "af", "al", "ap", "ab", "ferch",
                  "verch", "dos", "das", "del", "della"}
# Words that open a surname named alone: "Cllr ap Gwilym", "Cllr van der Berg" and the Irish "Cllr Ó Súilleabháin",
# "Ní Bhriain", "Uí Néill" name a member as "Cllr Smith" does, the one whose name ends so. Not "Le", "Di" or "Al",
# which stand alone as surnames or first names ("Wendy Le", "Cllr Di Smith"); nor "Mac", "Nic" ("Nic Jones").
# As the archive compares names: lower case, accents off.
SURNAME_PARTICLES = NAME_PARTICLES - {"le", "di", "al"} | {"o", "ni", "ui"}
FAMILIAR_PREFIX_MIN = 3  # "Pete" begins "Peter"; "Al" begins too many names to tell
# Small words an acronym leaves out: "CYP" is Children and Young People, "O&S" Overview and Scrutiny.
ACRONYM_SKIPS = ["and", "of", "the", "for", "in", "on", "to", "a"]
