"""The meeting a document belongs to: authority, committee and date, from its title block.

Every council sets the name of the meeting body and the meeting's date at the
top of a document's first page, in type that stands out: larger, bolder or
centred (the *title block*). The first paragraph is not the heading — a US
agenda opens with "Opportunities for the public to address the board", a
letter with its sender's details — so the heading is found by typography and
position first, and by wording second:

* the title block is the display lines above where the body text begins;
  consecutive lines set alike form one *phrase* ("BOARD OF WATER AND POWER" /
  "COMMISSIONERS");
* a committee is a short noun phrase around a word naming a meeting body
  (patterns.MEETING_BODY, in every language of the corpus), once the wording
  around it is taken off (patterns.HEADING_NOISE); among several, a field that
  names it ("REPORT TO: …") wins, then a committee over an authority ("KENT
  COUNTY COUNCIL" over "CABINET" loses), then the most prominent type;
* the date is the one the most prominent evidence gives; a publication or
  revision date ("Amended May 23, 2025") is never the meeting's; running headers
  and footers that repeat a date give it where the heading does not, and a doubt
  where they disagree with it.

What is doubtful is said in ``doubts`` (field → why), for the officer to review.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from extract.patterns import (MEETING_SUMMONS, ACRONYM_MIN_LETTERS, ADDRESSED_TO, ATTENDANCE_LABEL, AUTHORITY, AUTHORITY_KIND_WORDS, AUTHORITY_TIERS,
                              BALLOT_LETTERS_MAX, BALLOT_MEASURE_NOUNS, WORD_VOWELS, NORDIC_AUTHORITY_KINDS, AUTHORITY_WORDS, BODY_ONLY_LINE, COVER_TO, DECISION_MAKER,
                              AUTHORITY_FORMAL_PREFIX, COMMITTEE_MAX_WORDS, SOLE_DECISION_MAKER, GENERIC_BODY_WORDS, COUNCIL_MEETING, COUNCIL_NOUNS, DOCUMENT_TITLE, EARLIER_MEETING,
                              MEETING_OF, BODY_MEETING_OF, MEETING_KIND_WORDS, BODY_COMPLEMENT, BODY_MET, NAME_NUMBER, NUMBERED_REFERENCE_WORDS,
                              WHOLE_COUNCIL, HEADING_NOISE, LEADING_BODY_WORD, LOWER_CASE_HEAD_NOUN, BODY_QUALIFIER, MEETING_BODY, MINUTE_HEADING,
                              MEETING_HELD, SALUTATION, SEANCE_OF, DATE_FIELD, NAME_FUNCTION_WORDS, NOT_A_NAME, OPENING_BUSINESS, OWN_MINUTES_TITLE, PAGE_FURNITURE, PRINT_STAMP, STREET_ADDRESS, PUBLICATION_DATE, TIME_OF_DAY, WEEKDAY, DATE_LABEL)
from extract.archive import council_key
from extract.exempt import without_markings
from extract.model import Review
from extract.read import Line, Page
from extract.rows import cells_as_field
from extract.text import clean_spaces, language_of, day_comes_first, day_first_by_wording, find_dates, without_letter_spacing, year_from_evidence, yearless_dates, month_number

# Words besides a date and a time that a line giving a meeting's date may hold ("Date: …", "held on …").
DATE_LINE_EXTRA_WORDS = 3
# Places whose authorities one line names that make it a list of other bodies.
AUTHORITIES_LISTED = 2
# How many lines from the top of the first page the title block may run.
TITLE_SCAN_LINES = 40
# Plain body-text lines in a row that end the title block.
BODY_LINES_ENDING_TITLE = 2
# A line this much larger than the body text (points) is display type.
DISPLAY_SIZE_STEP = 0.75
# A line whose middle is this close to the text column's (share of its width), and that stays this
# far (points) inside both its margins, is centred.
CENTRE_TOLERANCE = 0.06
CENTRED_INSET = 20.0
# Words a name never ends on: a line ending on one goes on on the next.
NAME_CONNECTIVES = {"&", "and", "of", "the", "for", "to", "a", "ac", "et", "och", "de", "du", "des"}
# The lines of a name typed as paragraphs of their own sit at most this many times their type size apart.
PARAGRAPH_LINE_STEP = 2.6
# Lines of one phrase sit at most this many times their type size apart.
PHRASE_LINE_STEP = 1.8
# A title-block line longer than this is a sentence (a notice), not part of a name.
TITLE_LINE_MAX_WORDS = 16
# Dates are also looked for in this many lines below the title block ("held on …").
DATE_SCAN_LINES = 20
# A line of this many words is running text, whose size is the body size.
SENTENCE_WORDS = 6
# Pages read for the heading: a cover may hold only the date, the next page the body's name.
HEADING_PAGES = 3
# Where no line stands out, the heading is at most this many lines, down to the date.
PLAIN_HEADING_LINES = 12
# A meeting date this many years or more from every other date the document's first pages give (at least
# DATE_EVIDENCE_DATES of them) is doubtful: a year misprinted or misread ("2052" in minutes of 2025's business).
DATE_EVIDENCE_YEARS = 2
DATE_EVIDENCE_DATES = 2
PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A first page of no more words than this that names no meeting body but its authority and no date (the
# council's name under its logo, its address) is a cover: the title block is on the page after it.
NAME_COVER_WORDS = 20


@dataclass
class Meeting:
    """The meeting a document belongs to: authority, committee and date as the document prints them.

    ``doubts`` maps a field to why extraction is unsure of it, for the officer to review.
    """

    body: str | None
    committee: str | None
    date: str | None
    doubts: dict[str, str] = field(default_factory=dict)

    def review(self) -> list[Review]:
        return [Review(field=name, why=why) for name, why in self.doubts.items()]


@dataclass
class Phrase:
    """Consecutive title-block lines set in the same type."""

    lines: list[Line]
    order: int

    @property
    def text(self) -> str:
        return clean_spaces(" ".join(line.text for line in self.lines))

    @property
    def prominence(self) -> float:
        first = self.lines[0]
        return first.size + (1.5 if first.bold else 0.0)


def body_size(lines: list[Line]) -> float:
    """The type size most of the text is set in: of its sentences (lines of several words) where there are any."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if len(line.text.split()) >= SENTENCE_WORDS:
            sizes[round(line.size, 1)] += len(line.text)
    if not sizes:
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _centred(line: Line, margins: tuple[float, float]) -> bool:
    """Set in the middle of the text column, clear of both its margins (justified text fills it)."""
    left, right = margins
    middle = (line.x0 + line.x1) / 2
    return (abs(middle - (left + right) / 2) <= (right - left) * CENTRE_TOLERANCE
            and line.x0 >= left + CENTRED_INSET and line.x1 <= right - CENTRED_INSET)


def _is_display(line: Line, margins: tuple[float, float], size: float) -> bool:
    text = line.text.strip()
    return (line.size >= size + DISPLAY_SIZE_STEP or line.bold or _centred(line, margins)
            or (text.isupper() and len(text.split()) <= TITLE_LINE_MAX_WORDS))


def _opens_business(line: Line) -> bool:
    """The first numbered item or attendance list: the heading is above it (a street address or a date,
    "7 December 2022", is no item)."""
    return bool((MINUTE_HEADING.match(line.text) and not STREET_ADDRESS.match(line.text) and not _is_date_line(line.text))
                or ATTENDANCE_LABEL.match(line.text) or OPENING_BUSINESS.match(line.text))


def title_lines(page: Page, size: float) -> list[Line]:
    """The display lines at the top of a page, down to where its body text begins.

    A document set all in one type (a plain text rendering, a clerk's letter typed in one font with no
    line larger, bolder or centred) has no display lines, whatever it puts in capitals: its heading is
    then the lines down to the first that gives a date (past a letter's own, above its salutation). Exempt
    markings ("NOT FOR PUBLICATION", "PRIVATE AND CONFIDENTIAL") are no part of it.
    """
    out: list[Line] = []
    plain = 0
    margins = (min((ln.x0 for ln in page.lines), default=0.0), max((ln.x1 for ln in page.lines), default=page.width))
    lines = [line for line in without_markings(page.lines[:max(TITLE_SCAN_LINES, PLAIN_HEADING_LINES)])
             if not PAGE_FURNITURE.match(line.text)]  # a page number or a page column's header heads nothing
    one_type = not any(ln.size >= size + DISPLAY_SIZE_STEP or ln.bold or _centred(ln, margins)
                       for ln in lines[:PLAIN_HEADING_LINES])
    for line in [] if one_type else lines[:TITLE_SCAN_LINES]:
        if not re.search(r"\w", line.text.replace("_", "")):
            continue  # a rule drawn with underscores
        if _opens_business(line):
            break
        # A plain line giving a date right under the display lines ("PLANNING COMMITTEE" / "MINUTES" /
        # "7 December 2022") is the heading's, not the text's; so is one naming only the body that meets
        # ("Søbjerg Kommune" / "Dagsorden" / "Økonomiudvalget", Nordic agendas).
        if _is_display(line, margins, size) or (out and plain == 0 and (_is_date_line(line.text)
                                                                         or _names_only_a_body(line.text))):
            out.append(line)
            plain = 0
            continue
        plain += 1
        if out and plain >= BODY_LINES_ENDING_TITLE:
            break
    if out:
        return out
    # A letter's own date ("Date: 7 January 2025" above "Dear Member") is not the meeting's: the heading goes on.
    salutation = next((i for i, ln in enumerate(lines[:PLAIN_HEADING_LINES]) if SALUTATION.match(ln.text)), None)
    for index, line in enumerate(lines[:PLAIN_HEADING_LINES]):
        if _opens_business(line):
            break
        out.append(line)
        # down to the date, unless the date comes first ("March 6, 2025" over the committee's name)
        letters_date = salutation is not None and index < salutation
        if find_dates(line.text) and not letters_date and not (len(out) == 1 and _is_date_line(line.text)):
            break
    return out


def _is_date_line(text: str) -> bool:
    """A line that is little more than a date (and a time): "7 December 2022", "Tuesday, 6 December 2022, 7.00 pm"."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = TIME_OF_DAY.sub("", text[:dates[0].start] + text[dates[0].end:])
    return len(re.findall(r"[^\W\d]{3,}", rest)) <= DATE_LINE_EXTRA_WORDS


# A line naming only a meeting body is a short one.
BODY_LINE_WORDS = 5


def _names_only_a_body(text: str) -> bool:
    """A line that is a meeting body's name and nothing more ("Økonomiudvalget", "Kommunstyrelsen"), not an
    authority's ("Kent County Council") nor words of running text ("The Committee noted the report")."""
    name = committee_in(text)
    return (bool(name) and len(text.split()) <= BODY_LINE_WORDS and _words(name) == _words(text)
            and not is_authority(name) and not _is_sentence(text))


def _starts_phrase(previous: Line, line: Line) -> bool:
    # Capitals and mixed case are two types, but for a name that goes on over the line's end ("NORTH BAY OPP
    # DETACHMENT BOARD &" / "PNC Police Services Board").
    same_type = (abs(previous.size - line.size) < 0.3 and previous.bold == line.bold
                 and (previous.text.isupper() == line.text.isupper() or _ends_on_a_connective(previous.text)))
    step = PARAGRAPH_LINE_STEP if _opens_a_name(previous.text, line.text) else PHRASE_LINE_STEP
    close = 0 < line.top - previous.top <= line.size * step
    dated = find_dates(previous.text) or find_dates(line.text) or TIME_OF_DAY.search(line.text)
    # a title sentence wrapped mid-name goes on however long its next line ("… du conseil municipal de la
    # Municipalité de" / "Saint-Alban, tenue le lundi 4 mars 2024 à 19 h 30, à la salle du conseil …"; "… of the
    # Borough" / "of Wellingborough held on …")
    mid_name = _wraps_on(previous) and (line.text[:1].islower() or _ends_on_a_connective(previous.text))
    long_line = len(line.text.split()) > TITLE_LINE_MAX_WORDS and not mid_name
    return (not (same_type and close) or (bool(dated) and not _wraps_on(previous)) or long_line
            or _names_only_an_authority(previous.text))


def _opens_a_name(text: str, below: str) -> bool:
    """A line of name words that names no body, over one that does: the start of its name, though typed as a
    paragraph of its own ("THORNBURY" / "PARISH COUNCIL", "ADULT SOCIAL CARE AND HEALTH OVERVIEW" / "AND
    SCRUTINY COMMITTEE"). An authority's name, a document's title or the wording of a heading opens none."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return bool(words and _without_noise(text) and MEETING_BODY.search(below) and not MEETING_BODY.search(text)
                and not DOCUMENT_TITLE.search(text) and not find_dates(text) and all(_name_word(w) for w in words)
                and not _names_only_an_authority(text) and not _names_only_an_authority(below)
                and len(words) <= COMMITTEE_MAX_WORDS)


def _ends_on_a_connective(text: str) -> bool:
    """A line ending on "&", "and" or "of" goes on on the next."""
    words = text.split()
    return bool(words) and words[-1].lower() in NAME_CONNECTIVES


def _wraps_on(line: Line) -> bool:
    """A title sentence too long for its line goes on on the next, dated or not ("Minutes of the meeting of
    Thornbury" / "Parish Council held on 4 March 2025"): several words, no sentence's end."""
    text = line.text.rstrip()
    return len(text.split()) >= SENTENCE_WORDS and not text.endswith((".", ":", ";")) and not find_dates(text)


def _names_only_an_authority(text: str) -> bool:
    """A line that is an authority's name and nothing more ("The Corporation of the Town of Maple",
    "SPRINGFIELD UNIFIED SCHOOL DISTRICT", "Kent County Council"): the letterhead, never the start of the
    committee's name on the line below it, even set in the same type."""
    text = text.strip()
    if BODY_ONLY_LINE.fullmatch(text):
        return True
    m = AUTHORITY.fullmatch(text)
    if not m or not is_authority(m.group("name")):
        return False
    bodies = list(MEETING_BODY.finditer(text))
    # "CITY OF ALAMEDA HISTORICAL ADVISORY BOARD" names a body of the city: only the council's own word ends
    # (or, in Welsh, opens) an authority's name.
    if not bodies:
        return True
    head = bodies[0]
    return len(bodies) == 1 and ((head.group().lower() == "council" and head.end() == len(text))
                                 or (head.group().lower() == "cyngor" and head.start() == 0))


def phrases(lines: list[Line]) -> list[Phrase]:
    out: list[Phrase] = []
    index = 0
    while index < len(lines):
        if stacked := _stacked_authority(lines[index:]):
            out.append(Phrase(stacked, len(out)))
            index += len(stacked)
            continue
        line = lines[index]
        if out and not _starts_phrase(out[-1].lines[-1], line):
            out[-1].lines.append(line)
        else:
            out.append(Phrase([line], len(out)))
        index += 1
    return out


# A logo sets its authority's name a word a line, each word in a size of its own ("Kent" / "County" / "Council").
STACKED_WORDS_MAX = 4


def _stacked_authority(lines: list[Line]) -> list[Line] | None:
    """The first lines, when they are words stacked at one left edge that together name an authority."""
    run: list[Line] = []
    for line in lines[:STACKED_WORDS_MAX]:
        if len(line.text.split()) > 1 or (run and (abs(line.x0 - run[0].x0) > 3 or line.top - run[-1].bottom > line.size)):
            break
        run.append(line)
        if len(run) > 1 and _names_only_an_authority(" ".join(ln.text for ln in run)):
            return run
    return None


# --- Names ---

# French and Spanish articles that open place names in English ones ("City of La Palma", "City of Des Moines").
PLACE_ARTICLES = {"la", "le", "les", "de", "du", "des"}
SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a", "at", "by", "de", "du", "des", "la", "le", "les", "et"}
# Words that go on from a name to say something of it ("MILBURN PARISH COUNCIL TO BE HELD ON …").
CLAUSE_WORDS = {"to", "will", "be", "is", "are", "was", "were", "on", "at", "meets", "met", "held", "has", "have"}
# Words a name never opens with: what comes before them belongs to the sentence around it.
LEADING_FUNCTION_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "&"}


# Words in capitals in a row, in a name otherwise in mixed case, that are a line set in capitals, not acronyms.
SHOUTED_RUN_WORDS = 3


def title_case(name: str) -> str:
    """ "CITY OF ALAMEDA PLANNING BOARD" → "City of Alameda Planning Board"; mixed case is kept, but for a line
    of capitals run on into mixed case ("NORTH BAY OPP DETACHMENT BOARD &" / "PNC Police Services Board")."""
    shouting = all(w.isupper() for w in re.findall(r"[^\W\d_]{2,}", name))
    if not any(c.isalpha() and c.isascii() for c in name):
        return name
    if not shouting:
        return _shouted_line_recased(name)
    words = []
    for i, word in enumerate(name.split()):
        if word.startswith("(") or _kept_in_capitals(word, words[-1] if i else None):
            words.append(word)  # an acronym: "(SSHRB)", "NHS"; a ballot measure's letters: "MEASURE AV"
        elif i and word.lower() in SMALL_WORDS and not (word.lower() in PLACE_ARTICLES and words[-1].lower() == "of"):
            words.append(word.lower())  # but "CITY OF LA PALMA", "CITY OF DES MOINES": a place's article is its name's
        elif i and word.lower() in NORDIC_AUTHORITY_KINDS:
            words.append(word.lower())  # "HEDEMORA KOMMUN", "KEMPELEEN KUNTA"
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))  # "Saint-André", "Sub-Committee"
    return " ".join(words).replace("'S ", "'s ").replace("’S ", "’s ")


def _kept_in_capitals(word: str, before: str | None) -> bool:
    """Whether a word of a name in capitals is kept so: a ballot measure's letters ("MEASURE AV", after
    BALLOT_MEASURE_NOUNS) or an acronym without a vowel ("NHS"), not a word ("LYNN", "CWM") nor "ST"."""
    if not word.isalpha():
        return False
    if before and before.lower().rstrip(".") in BALLOT_MEASURE_NOUNS:
        return len(word) <= BALLOT_LETTERS_MAX and (len(word) == 1 or word.lower() not in SMALL_WORDS)
    return len(word) >= ACRONYM_MIN_LETTERS and not set(word.lower()) & set(WORD_VOWELS)


def _shouted_line_recased(name: str) -> str:
    """A name whose first line, in capitals, ended on a connective before the rest in mixed case: that line
    title-cased ("NORTH BAY OPP DETACHMENT BOARD &" + "PNC Police Services Board")."""
    words = name.split()
    caps = list(itertools.takewhile(lambda w: not re.search(r"[a-z]", w), words))
    while caps and caps[-1].lower() not in NAME_CONNECTIVES:
        caps.pop()
    if len(caps) < SHOUTED_RUN_WORDS or len(caps) == len(words):
        return name
    return f"{title_case(' '.join(caps[:-1]))} {caps[-1].lower()} {' '.join(words[len(caps):])}"


def _without_noise(text: str) -> str:
    """A phrase less its dates, times and the wording around the body's name."""
    for date in reversed(find_dates(text)):
        text = text[:date.start] + " " + text[date.end:]
    text = TIME_OF_DAY.sub(" ", text)
    text = without_letter_spacing(text)
    if not LEADING_BODY_WORD.search(text):  # (a Welsh name's slash gives its English: "Cyngor Tref X / X Town Council")
        text = re.sub(r"\s+/\s+", ", ", text)  # "CITY COUNCIL / SUCCESSOR AGENCY / HOUSING AUTHORITY": bodies sitting together
    text = re.sub(WEEKDAY + r"|\*+|[|]", " ", text, flags=re.I)
    text = BODY_MEETING_OF.sub(_two_names, text)
    text = HEADING_NOISE.sub(" ", text)
    text = re.sub(r"\(\s*\)", " ", clean_spaces(text)).strip(" -–—,.:;")
    text = re.sub(r"^(?:(?:the|a|an|of|for|and|at)\s+)+", "", text, flags=re.I).strip(" -–—,.:;")
    return text.rstrip("(").lstrip(")").strip()


def _two_names(found: re.Match) -> str:
    """"Ordinary Council Meeting of Wattle Creek Shire Council": the body that met and its authority, kept apart."""
    return f"{found.group('before')}, " if _body_before(found) else found.group(0)


def _body_before(found: re.Match) -> bool:
    """Whether the word before a BODY_MEETING_OF match ends a body's name, not the meeting's kind ("Annual")."""
    before = found.group("before")
    return before.lower() not in MEETING_KIND_WORDS and not HEADING_NOISE.fullmatch(before)


def is_authority(name: str) -> bool:
    """An authority's own name ("Kent County Council", "City of Alameda"), not "City Council" or "Cabinet", nor
    a venue in capitals ("IN THE COUNCIL CHAMBERS": its words before "Council" are no place, only function words)."""
    m = AUTHORITY.search(name)
    if not m:
        return False
    place = [w for w in re.findall(r"[^\W\d_]+", m.group("name").lower())
             if w not in AUTHORITY_KIND_WORDS and w not in NAME_FUNCTION_WORDS]
    return bool(place)


def authority_in(text: str) -> str | None:
    """The first authority named in ``text``: "Milburn Parish Council", "City of Alameda"."""
    for m in AUTHORITY.finditer(_without_noise(text)):
        # "… Meeting of the City of Darebin": the article of running text is not the name's, as a title's own
        # "The Corporation of the Township of Nipissing" is
        name = re.sub(r"^the\s+", "", clean_spaces(m.group("name")))
        if is_authority(name):
            return title_case(name)
    return None


def authority_named(texts) -> str | None:
    """The first authority named by a line that is not running text: a cover's "Thurrock Council Wi-Fi"
    names its council, a report's "joint work between KCC, Medway Council and District and" does not. Where the
    next such line names one too, the two are one authority's names in two languages ("CYNGOR SIR BRYNGLAS" /
    "BRYNGLAS COUNTY COUNCIL"): the one in the document's language. Lines naming other places' authorities, on
    one line or one a line, list other bodies (:func:`_lists_authorities`)."""
    texts = [t for t in texts if not _is_sentence(t) and not _ends_sentence(t) and not _lists_authorities(t)]
    named = [authority_in(text) for text in texts]
    for index, first in enumerate(named):
        if not first:
            continue
        following = named[index + 1] if index + 1 < len(named) else None
        if any(other and _places_differ(first, other) for other in (named[index - 1] if index else None, following)):
            continue  # "City of Brooklyn Heights" over "City of Highland Heights": an item's list of cities
        return _in_its_language([first, following], language_of(" ".join(texts))) if following else first
    return None


def _lists_authorities(text: str) -> bool:
    """A line naming several places' authorities lists other bodies, not the document's own: a county board of
    health's agenda item "MOUs - City Broadview Heights City of Brooklyn Heights City of Highland Heights City of North
    Randall". One place's names in two languages are one ("Cyngor Sir Brynglas / Brynglas County Council")."""
    places = {key[0] for m in AUTHORITY.finditer(text) if is_authority(m.group("name")) and (key := council_key(m.group("name")))}
    return len(places) >= AUTHORITIES_LISTED


def _places_differ(one: str, other: str) -> bool:
    keys = council_key(one), council_key(other)
    return all(keys) and keys[0][0] != keys[1][0]


def _ends_sentence(text: str) -> bool:
    """A line of several words ending in a full stop ends a sentence ("… Borough Council Leaders in Kent.")."""
    return text.rstrip().endswith(".") and len(text.split()) >= 4


def _name_word(word: str) -> bool:
    """A word a name may hold: capitalised, an acronym in brackets, a function word, or a word of a script without case."""
    first = word.lstrip("(")[:1]
    return (first.isupper() or word.lower() in NAME_FUNCTION_WORDS
            or (first.isalpha() and not first.isascii() and not first.islower() and not first.isupper()))


def committee_in(text: str) -> str | None:
    """The meeting body named in a title phrase, once the wording around it is taken off; or the member taking
    decisions alone that a record of decision is titled with ("Cabinet Member for Highways"). In "Planning Committee
    Meeting of Wattle Creek Shire Council", the body before "Meeting of" (BODY_MEETING_OF), when it names one."""
    for split in BODY_MEETING_OF.finditer(text):
        if _body_before(split) and (own := committee_in(text[:split.end("before")])):
            return own
    text = _without_noise(text)
    if SOLE_DECISION_MAKER.fullmatch(text) and len(text.split()) <= COMMITTEE_MAX_WORDS:
        return text
    if not MEETING_BODY.search(text) or len(text.split()) > COMMITTEE_MAX_WORDS * 2:
        return None
    leading = LEADING_BODY_WORD.search(text)
    if leading and _WELSH_GENITIVE.search(text[:leading.start()]):
        return None  # "Siambr y Cyngor, Swyddfeydd y Cyngor" (the council's chamber, its offices): a place, no body
    if leading:
        # Welsh and French names open with their head noun and run on in capitals or
        # function words: "Cyngor Cymuned Manordeilo a Salem am 7.30pm…" → up to "am".
        words = text[leading.start():].split()
        name, i = [words[0]], 1
        while i < len(words):
            taken = next((n for n in (2, 1) if BODY_QUALIFIER.match(" ".join(words[i:i + n]).strip(",.:;"))),
                         1 if _name_word(words[i]) else 0)  # "conseil de ville", "conseil municipal", "Cymuned"
            if not taken:
                break
            name += words[i:i + taken]
            i += taken
        name[0] = name[0][:1].upper() + name[0][1:]  # "du conseil municipal" names the "Conseil municipal"
        while name and name[-1].lower() in NAME_FUNCTION_WORDS:
            name.pop()
        return title_case(" ".join(name).strip(" -–—,.:;")) or None
    # English names end with their head noun and its complement ("Board of Health"), and run back
    # over capitalised words and function words ("… Overview and Scrutiny Committee").
    last = list(MEETING_BODY.finditer(text))[-1]
    # "Board of Health", "Civil Service Board of the City of Alameda", and "Commission on Disability Issues",
    # "Committee for Education" (dates and weekdays,
    # "Council on Tuesday", are gone already) — not "Planning Board on Zoom", "City Council on the Budget"
    complement = re.match(r"(?:\s+(?:(?i:of)\s+(?:(?i:the)\s+)?|(?i:on|for)\s+(?!(?i:zoom|teams|behalf|site|the)\b))"
                          r"(?:[A-Z][\w'’&-]*|(?i:and)|&)(?:\s+(?:[A-Z][\w'’&-]*|(?i:and)|&|(?i:of)(?:\s+(?i:the))?(?=\s+[A-Z])))*)?"
                          r"(?:\s*\([A-Z]{2,8}\))?",
                          text[last.end():])
    end = last.end() + (complement.end() if complement else 0)
    following = text[end:].split()[:1]
    # "PLANNING COMMISSION CITY OF GARDENA": the authority set after the name on the next line is not part of it.
    authority_follows = bool((after := AUTHORITY.match(text[end:].strip())) and is_authority(after.group("name")))
    if following and not authority_follows and _name_word(following[0]) and following[0][:1].isalpha() \
            and following[0].lower().strip(",.:;") not in NAME_FUNCTION_WORDS | CLAUSE_WORDS:
        return None  # the head noun names a thing, not a body: "Council Chambers", "Committee Room 1"
    before = list(re.finditer(r"\S+", text[:last.start()]))
    run = _name_run(before)
    while run and (run[0].group().lower() in LEADING_FUNCTION_WORDS or not run[0].group()[:1].isalnum()):
        run.pop(0)
    # "BOARD OF SELECTMEN’S MEETING": the meeting is the board's; its name has no possessive.
    name = re.sub(r"['’]s$", "", clean_spaces(text[run[0].start() if run else last.start():end]).strip(" -–—,.:;"), flags=re.I)
    return title_case(_without_leading_council(name)) or None


# A Welsh noun before the body's name in the genitive ("Siambr y Cyngor", "Ystafell y Pwyllgor"): a thing of the body's.
_WELSH_GENITIVE = re.compile(r"\b[^\W\d_]{3,}\s+(?:y|yr)\s*$", re.I)


def _without_leading_council(name: str) -> str:
    """A committee's name less the council's set before it on its line ("OAK PARK TOWN COUNCIL PLANNING
    COMMITTEE", "Kent County Council Cabinet"): the council is the letterhead. A body named after a city ("City
    of Alameda Historical Advisory Board") and a joint name ("… City Council and Improvement Authority") keep it."""
    m = AUTHORITY.match(name)
    if not m or not is_authority(m.group("name")) or m.group("name").split()[-1].lower() not in COUNCIL_NOUNS:
        return name
    rest = name[m.end():].strip(" -–—,.:;")
    if not rest or re.match(r"(?:and|&|of)\b", rest, re.I) or not MEETING_BODY.search(rest):
        return name
    return rest


def _name_run(words: list[re.Match]) -> list[re.Match]:
    """The name words that end ``words``, with a number a name's word numbers ("AREA 1 PLANNING COMMITTEE",
    "District 3 Advisory Board"), not a date's or a reference's ("12 March 2025", "Item 5", "Page 3")."""
    run: list[re.Match] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        numbered = index > 0 and (owner := words[index - 1].group()) and _name_word(owner) and \
            month_number(owner.strip(",.")) is None and owner.lower().strip(",.:") not in NUMBERED_REFERENCE_WORDS
        if not (_name_word(word) or (numbered and NAME_NUMBER.fullmatch(word))):
            break
        run.append(words[index])
    return run[::-1]


def _reads_as_name(text: str) -> bool:
    """Every word capitalised, or a function word ("Board of Water and Power Commissioners"); a sentence
    has lower-case words ("No response from the village hall committee"). Where the head noun leads
    (Welsh, French: "Conseil municipal") and in scripts without capitals, any word may follow; Swedish and Finnish
    write the head noun after its adjective in lower case ("Tekniska nämnden")."""
    # "… Successor Agency to the Redevelopment Agency": a complement's "to the" is a name's, like "of the".
    words = re.findall(r"[^\W\d_][\w'’-]*", BODY_COMPLEMENT.sub(" of the ", text))
    if not words:
        return False
    if len(words) > 1 and LOWER_CASE_HEAD_NOUN.fullmatch(words[-1]):
        words = words[:-1]
    return bool(LEADING_BODY_WORD.match(text)) or all(_name_word(w) for w in words)


def committee_doubt(name: str | None) -> str | None:
    """Why a committee name is implausible, or None."""
    if not name:
        return "no committee named in the document's heading"
    if SOLE_DECISION_MAKER.match(name) and len(name.split()) <= COMMITTEE_MAX_WORDS:
        return None  # a record of a decision one member took
    if len(name.split()) > COMMITTEE_MAX_WORDS:
        return f"'{name[:60]}…' is too long to be a committee's name"
    if NOT_A_NAME.search(name) or not _reads_as_name(name):
        return f"'{name}' reads as a sentence or an office, not a committee's name"
    # A body named after the one it stands in for ("Successor Agency to the Redevelopment Agency") names
    # its head noun again in its complement: one name, not two headings run together.
    # Two bodies meeting jointly may share a head noun ("Detachment Board & PNC Police Services Board"): each
    # name of the two holds it once.
    for each in re.split(r"\s*,\s*|\s+(?:and|&)\s+", BODY_COMPLEMENT.compiled.split(name, maxsplit=1)[0], flags=re.I):
        heads = [m.group().lower() for m in MEETING_BODY.finditer(each)]
        if len(heads) != len(set(heads)):
            return f"'{name}' names a body twice: two headings run together?"
    if not MEETING_BODY.search(name):
        return f"'{name}' names no meeting body (committee, council, board…)"
    if name.lower() in GENERIC_BODY_WORDS:
        return f"'{name}' alone names no particular body"
    return None


@dataclass
class _Candidate:
    name: str
    from_field: bool  # a cover field names it ("REPORT TO: …")
    titled: bool  # in the phrase that says what the document is ("Minutes of the …", "Agenda")
    authority: bool
    prominence: float
    order: int
    in_sentence: bool = False  # "The Council met at 9:41 a.m.": weaker than a name set on its own
    met: bool = False  # a sentence about the meeting names it as the body meeting ("… a Meeting of the …")

    def rank(self) -> tuple:
        # An authority's name above one of its committees' ("KENT COUNTY COUNCIL" over "CABINET") is
        # the letterhead, whatever its size.
        return (self.from_field, self.titled, not self.in_sentence, not self.authority, self.prominence, -self.order)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower().replace("&", "and")))


def _is_sentence(text: str) -> bool:
    return bool(NOT_A_NAME.search(text) or re.search(r"\b(?:met|convened|meets)\b", text, re.I)
                or (len(text.split()) >= SENTENCE_WORDS and not _reads_as_name(_without_noise(text))))


def _title_texts(phrase: Phrase) -> list[str]:
    """The texts a title phrase names its body in: the phrase, or where it runs on into its venue set in the
    same type ("… COMMITTEE ADJOURNED REGULAR MEETING" / "CITY COUNCIL CHAMBER"), each of its lines; where
    each line names a body of a joint meeting ("CITY COUNCIL" / "SUCCESSOR AGENCY" / "HOUSING AUTHORITY"),
    the bodies together."""
    if len(phrase.lines) == 1:
        return [phrase.text]
    whole = committee_in(phrase.text)
    names = [committee_in(line.text) for line in phrase.lines]
    if whole and committee_doubt(whole) and all(names):
        return [", ".join(names[:-1]) + " and " + names[-1]]
    return [phrase.text] if whole else [line.text for line in phrase.lines]


def _committee_candidates(block: list[Phrase], opening: list[Line]) -> list[_Candidate]:
    found = []
    in_block = {id(line) for phrase in block for line in phrase.lines}
    for index, line in enumerate(opening):
        if id(line) in in_block:
            continue
        # Below the title block only a field ("REPORT TO: …") or a sentence about the meeting
        # ("A meeting of the County Council will be held …") names the body.
        text = line.text + (" " + opening[index + 1].text if index + 1 < len(opening) else "")
        named = MEETING_OF.search(text) or SEANCE_OF.search(text) or BODY_MET.match(line.text)
        if named and (name := committee_in(named.group("name"))) and not committee_doubt(name):
            # "Minutes of Meeting of the Education Committee held in …" is the document's own title, set in
            # running type; "A meeting of the County Council will be held …" is a sentence about it.
            own_title = bool(OWN_MINUTES_TITLE.match(line.text))
            # A summons to a committee ("A meeting of the Planning Committee will be held …") names the body meeting
            # as a title would; the authority's name in such a sentence stays below its bodies' names.
            summons = bool(MEETING_SUMMONS.search(text)) and not is_authority(name)
            found.append(_Candidate(name, False, own_title, is_authority(name), line.size, 100 + index,
                                    in_sentence=not (own_title or summons), met=True))
    fields = [(line.text, line.size, -1) for line in opening if id(line) not in in_block]
    titled = [(text, phrase.prominence, phrase.order) for phrase in block for text in _title_texts(phrase)]
    for text, prominence, order in titled + fields:
        field_match = COVER_TO.match(text) or DECISION_MAKER.match(text)
        if order == -1 and not field_match:
            continue
        # A memorandum's "TO: Honorable Mayor and Members of the City Council" names the body after its words of address.
        name = committee_in(ADDRESSED_TO.sub("", field_match.group("value")) if field_match else text)
        if name and not committee_doubt(name):
            found.append(_Candidate(name, bool(field_match), bool(DOCUMENT_TITLE.search(text)), is_authority(name),
                                    prominence, order, in_sentence=_is_sentence(text)))
    # The same body named more fully elsewhere ("City Council" beside "Rancho Palos Verdes City
    # Council and Improvement Authority"): keep the fuller name.
    return [c for c in found if not any(_words(c.name) < _words(o.name) and o.from_field >= c.from_field
                                        and o.authority == c.authority for o in found)]


def _equal_rival(candidates: list[_Candidate]) -> str | None:
    """Another body the heading names with the same standing and in the same type as the one chosen (two
    headings, "PLANNING COMMITTEE" beside "LICENSING COMMITTEE"): which met is for the officer to say."""
    ranked = sorted(candidates, key=_Candidate.rank, reverse=True)
    best = ranked[0]
    return next((c.name for c in ranked[1:] if c.rank()[:-1] == best.rank()[:-1]
                 and c.name.lower() != best.name.lower()), None)


def _the_one_met(candidates: list[_Candidate], names: list[str]) -> str | None:
    """Of two bodies a heading names alike, the one its sentence about the meeting says meets: an Irish county's
    municipal district under the county council's name ("WEXFORD COUNTY COUNCIL" / "Municipal District of
    Enniscorthy" / "… the Monthly Meeting of the Municipal District of Enniscorthy to be held …")."""
    met = {c.name.lower() for c in candidates if c.met}
    named = [name for name in names if name.lower() in met]
    return named[0] if len(named) == 1 else None


def _unnamed_body(block: list[Phrase]) -> str | None:
    """The most prominent title phrase that is a name but no body's ("Amenities, Leisure and Community
    Services" over its date): the committee as printed, for the officer to check."""
    for phrase in sorted(block, key=lambda p: (-p.prominence, p.order)):
        text = _without_noise(phrase.text)
        if (text and not find_dates(phrase.text) and not TIME_OF_DAY.search(phrase.text)
                and len(text.split()) <= COMMITTEE_MAX_WORDS and not NOT_A_NAME.search(text)
                and not re.search(r"\d|:|@|\b(?:hall|room|chambers?|house|street|road|avenue|centre|center)\b", text, re.I)):
            return title_case(text)
    return None


# --- Dates ---

# A date in a sentence saying when the meeting is held weighs this much (a heading line weighs 10 and more).
HELD_ON_WEIGHT = 5.0
# Of two dates in one heading phrase, the one just after "held" (within this many characters) is the meeting's.
HELD_BONUS = 0.5
HELD_REACH = 30


@dataclass
class _Dated:
    iso: str
    weight: float
    order: int
    start: int  # where in the text it was found


def _dates_in(text: str, weight: float, order: int, day_first: bool | None) -> list[_Dated]:
    return [_Dated(d.iso, weight, order, d.start) for d in find_dates(text, day_first)
            if not PUBLICATION_DATE.search(text[:d.start])]


def _meeting_date(block: list[Phrase], opening: list[Line], day_first: bool | None) -> tuple[str | None, str | None]:
    """The date the most prominent evidence gives, and a doubt where strong evidence disagrees."""
    evidence: list[_Dated] = []
    salutation = next((line.top for line in opening if SALUTATION.match(line.text)), None)
    for index, phrase in enumerate(block):
        # A date may run on into the next phrase ("… held on 12" / "December 2017 at 7.00 pm").
        text = phrase.text + (" " + block[index + 1].text if index + 1 < len(block) else "")
        # A notice set in display type ("… as adopted by the City Council on November 16, 2021") is
        # weaker evidence than a heading line.
        weight = 10 + phrase.prominence if len(phrase.text.split()) <= TITLE_LINE_MAX_WORDS else 5
        if _dates_the_letter(phrase.text, phrase.lines[0].top, salutation, day_first):
            weight = 1.0
        dated = [d for d in _dates_in(text, weight, phrase.order, day_first) if d.start < len(phrase.text)]
        for d in dated:  # "… adjourned meeting of 25 February 2025 held on 4 March 2025": the day it was held
            d.weight += HELD_BONUS if MEETING_HELD.search(text[max(0, d.start - HELD_REACH):d.start]) else 0.0
        evidence += dated
    in_block = {id(line) for phrase in block for line in phrase.lines}
    for index, line in enumerate(opening):
        if id(line) in in_block:
            continue
        # A date may wrap onto the next line ("Thursday, 13th March," / "2025").
        text = line.text + (" " + opening[index + 1].text if index + 1 < len(opening) else "")
        before = opening[index - 1].text + " " if index else ""
        dated = [d for d in _dates_in(text, 1.0, 100 + index, day_first) if d.start < len(line.text)][:1]
        for d in dated:  # "… held in the Council Chamber, Sessions" / "House, … on Thursday, 30 January 2025"
            # and a field that says it is the meeting's date: "Date: Wednesday 12 March 2025", "Kokousaika …"
            field = DATE_FIELD.match(text) and not _dates_the_letter(line.text, line.top, salutation, day_first)
            field = field or _opens_with_date_and_time(line.text, d.start)
            d.weight = HELD_ON_WEIGHT if MEETING_HELD.search(before + text[:d.start]) or field else 1.0
        # "The minutes of the meeting held on 18 November …" date an earlier meeting, never this one.
        evidence += [d for d in dated if not _dates_an_earlier_meeting(before, text[:d.start])]
    if not evidence:
        return None, None
    best = max(evidence, key=lambda d: (d.weight, -d.order))
    rivals = {d.iso for d in evidence if d.weight >= 10 and d.iso != best.iso}
    doubt = f"the heading also gives {', '.join(sorted(rivals))}" if rivals else None
    if best.weight < HELD_ON_WEIGHT:
        doubt = f"{best.iso} is a date in the text, not the heading's"
    return best.iso, doubt


def _opens_with_date_and_time(text: str, date_at: int) -> bool:
    """A line opening with a date (and its weekday) that gives a time after it: the meeting's, as a field would
    ("Tuesday, March 17, 2026  7:00 PM  Council Chambers" under a Legistar agenda's title block, "Monday 9 March
    2026, 7.30pm"); not "Deadline for comments: March 16, 2026 at 5:00 PM", whose date something else leads."""
    return bool(re.fullmatch(r"\W*(?:" + WEEKDAY + r"\W*)?", text[:date_at], re.I)) and bool(TIME_OF_DAY.search(text[date_at:]))


def _dates_the_letter(text: str, top: float, salutation: float | None, day_first: bool | None) -> bool:
    """A summons' own date, alone on its line above "Dear Councillor" ("7 January 2025", "Date: 2 March 2026", a
    London borough's summons over the meeting's "to be held on Monday, 9 March 2026"): the letter's, not the meeting's."""
    return salutation is not None and top < salutation and _only_a_date(
        re.sub(r"^\s*" + DATE_LABEL + r"\s*:\s*", "", text, flags=re.I), day_first)


def _yearless_heading_date(heading: tuple[list[Phrase], list[Line]], texts: list[str],
                           day_first: bool | None) -> str | None:
    """A heading's date printed without its year ("held on Tuesday 4th March at 7.30pm"), in the year that puts
    it nearest the document's own full dates; None where the heading has none or the document no year."""
    block, opening = heading
    lines = [phrase.text for phrase in block] + [line.text for line in opening[:PLAIN_HEADING_LINES]]
    found = next((d for text in lines if not EARLIER_MEETING.search(text) for d in yearless_dates(text)), None)
    dates = [d.iso for text in texts for d in find_dates(text, day_first)]
    return year_from_evidence(*found, dates) if found and dates else None


def _only_a_date(text: str, day_first: bool | None) -> bool:
    """A line that is a date and nothing else ("3 March 2025", "Monday, 3 March 2025")."""
    dates = find_dates(text, day_first)
    rest = text[:dates[0].start] + text[dates[0].end:] if len(dates) == 1 else text
    return len(dates) == 1 and not re.sub(WEEKDAY + r"|\W", "", rest, flags=re.I)


def _heading_date(blocks: list[tuple[list[Phrase], list[Line]]], day_first: bool | None) -> tuple[str | None, str | None]:
    """The first page's date, else that of the page whose title block named the committee."""
    date, doubt = _meeting_date(*blocks[0], day_first)
    if date is None and len(blocks) > 1:
        date, doubt = _meeting_date(*blocks[-1], day_first)
    return date, doubt


def _far_from_the_document_s_dates(date: str, texts: list[str], day_first: bool | None) -> str | None:
    """Why the meeting's date is out of keeping with the other dates the document gives, or None."""
    year = int(date[:4])
    # The year printed again, or a year near it ("the 2024/25 budget"), keeps it: the dates are read only where none is.
    printed = Counter(int(y) for y in PRINTED_YEAR.findall(" ".join(texts)))
    if printed[year] >= 2 or any(abs(y - year) < DATE_EVIDENCE_YEARS for y in printed if y != year):
        return None
    others = {d.iso for text in texts if any(c.isdigit() for c in text) for d in find_dates(text, day_first)} - {date}
    if len(others) < DATE_EVIDENCE_DATES or any(abs(int(other[:4]) - year) < DATE_EVIDENCE_YEARS for other in others):
        return None
    return (f"{date} is {DATE_EVIDENCE_YEARS} years or more from every other date the document gives "
            f"({', '.join(sorted(others)[:3])}{' …' if len(others) > 3 else ''})")


def _dates_an_earlier_meeting(line_before: str, words_before: str) -> bool:
    """What comes before a date on its line (and the line above) says it is another meeting's ("the minutes
    of the meeting held on"), not the document's own title ("Minutes of the meeting held on")."""
    context = line_before + words_before
    return bool(EARLIER_MEETING.search(context)) and not (OWN_MINUTES_TITLE.match(words_before)
                                                          or OWN_MINUTES_TITLE.match(context))


def _speaks_of_its_council(pages: list[Page]) -> bool:
    """The text calls its meetings the council's ("Council Meeting", "Council meetings will be held")."""
    return any(COUNCIL_MEETING.search(line.text) for page in pages[:HEADING_PAGES] for line in page.lines)


def _reading_order(page: Page) -> list[Line]:
    """The page's lines with each row of its tables as a line: a cover block laid out as a table
    ("REPORT TO: | WEST OF ENGLAND …", "Meeting | Planning Committee") still has its fields read."""
    rows = [Line(text=cells_as_field(cells), x0=0.0, x1=page.width, top=table.top + index * 0.01,
                 bottom=table.bottom, size=0.0)
            for table in page.tables for index, cells in enumerate(table.rows) if any(cells)]
    lines = [replace(line, text=cells_as_field(_column_texts(line))) if len(line.columns) == 1 else line
             for line in page.lines]
    return sorted(lines + rows, key=lambda line: line.top)


def _column_texts(line: Line) -> list[str]:
    words = line.text.split()
    cut = line.columns[0][0]
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _running_dates(pages: list[Page], day_first: bool | None) -> Counter[str]:
    """Dates the running headers and footers repeat (on at least two pages), by how many pages give them.

    A date printed with a clock time beside it ("2024/11/05 1:34", "11/20/22, 8:38 PM") is when a
    browser printed the page, and one a word puts as a printing or publication date ("Printed on
    3/10/2025", Legistar's footer) when the clerk did: neither is the meeting's.
    """
    seen: Counter[str] = Counter()
    for page in pages:
        dates = {d.iso for line in page.furniture for d in find_dates(line.text, day_first)
                 if not PRINT_STAMP.match(line.text[d.end:]) and not PUBLICATION_DATE.search(line.text[:d.start])}
        seen.update(dates)
    return Counter({iso: n for iso, n in seen.items() if n >= 2})


def authority_council(committee: str | None, body: str | None) -> str | None:
    """The authority's council where the committee named is only "Council": "The Corporation of the Town of Maple"
    over "Council Meeting Minutes", or a report's "Report To: Council", is the town's council, not a "Council" the
    archive could not tell from any other authority's."""
    if committee and body and committee.lower() in COUNCIL_NOUNS and is_authority(body):
        return _council_of(body)
    return None


def _council_of(authority: str) -> str:
    """The council an authority meets as: "The Corporation of the Township of Nipissing" → "Township of Nipissing Council";
    an authority that is a council meets as itself ("Cyngor Tref Llandeilo", "Milburn Parish Council")."""
    name = AUTHORITY_FORMAL_PREFIX.sub('', authority)
    words = name.lower().split()
    return name if words and (words[0] in COUNCIL_NOUNS or words[-1] in COUNCIL_NOUNS) else f"{name} Council"


def _council_named_in_full(committee: str, block: list[Phrase]) -> str | None:
    """The authority a title block names whose name less its place is the committee ("Parish Council" of
    "Ashwell Parish Council", the English line of a bilingual heading under "CYNGOR TREF LLANDEILO"): the
    council it is, named as its own papers speak of it. "City Council" of the "City of Springdale" is no
    such remainder."""
    words = committee.lower().split()
    if is_authority(committee) or words[-1] not in COUNCIL_NOUNS:
        return None
    for authority in (authority_in(text) for phrase in block for text in _title_texts(phrase)):
        named = (authority or "").lower().split()
        if len(named) > len(words) and named[-len(words):] == words:
            return authority
    return None


def _running_committee(pages: list[Page]) -> str | None:
    """The body a running header or footer names on at least two pages, if one does."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({name for line in page.furniture if (name := committee_in(line.text)) and not committee_doubt(name)})
    named = [(n, name) for name, n in seen.most_common() if n >= 2]
    return named[0][1] if named else None


# --- The heading ---

def cover_pages(pages: list[Page]) -> int:
    """How many pages at the front carry only the council's name (a logo's page: "WICKLOW COUNTY COUNCIL", its
    address) before the page whose title block says what the document is; never every page."""
    count = 0
    while count < min(len(pages) - 1, HEADING_PAGES - 1) and _names_only_its_authority(pages[count]):
        count += 1
    return count


def _names_only_its_authority(page: Page) -> bool:
    texts = [line.text for line in page.lines]
    if sum(len(text.split()) for text in texts) > NAME_COVER_WORDS or any(find_dates(text) for text in texts):
        return False
    return all(is_authority(name) for text in texts if (name := committee_in(text)))


def _in_its_language(authorities: list[str], language: str) -> str | None:
    """Of the authorities a title block names, the first named in the document's language: a bilingual heading
    ("Cyngor Bwrdeistref Sirol Caerffili" over "Caerphilly County Borough Council") names one body twice."""
    def words_of(name: str) -> set[str]:
        return set(re.findall(r"[^\W\d_]+", name.lower()))
    generic = set(AUTHORITY_TIERS.get(language, [])) | set(AUTHORITY_WORDS.get(language, [])) - {"the", "of", "and"}
    return next((a for a in authorities if words_of(a) & generic), authorities[0] if authorities else None)


def read_heading(pages: list[Page]) -> Meeting:
    """Authority, committee and date from the title block of the first page; the committee from the
    next pages' where the first names none (a summons cover: "Summons to and Agenda for a Meeting on …")."""
    all_pages, pages = pages, [p for p in pages[:HEADING_PAGES] if p.lines]
    if not pages:
        return Meeting(None, None, None, {"committee": "no text", "date": "no text"})
    doubts: dict[str, str] = {}
    blocks = []
    committee = None
    covers, on_cover = cover_pages(pages), []  # a cover's council is the committee only where no title block names one
    for index, page in enumerate(pages):
        size = body_size(page.lines) or body_size([line for p in pages for line in p.lines])
        block, opening = phrases(title_lines(page, size)), without_markings(_reading_order(page)[:DATE_SCAN_LINES])
        blocks.append((block, opening))
        candidates = _committee_candidates(block, opening)
        if index < covers:
            on_cover = on_cover or candidates
            continue
        candidates = candidates or on_cover
        if candidates:
            committee = max(candidates, key=_Candidate.rank).name
            if (rival := _equal_rival(candidates)) and not (met := _the_one_met(candidates, [committee, rival])):
                doubts["committee"] = f"the heading names '{committee}' and '{rival}' alike"
            elif rival:
                committee = met
            break
    block, opening = blocks[0]
    body = _in_its_language([b for block, _ in blocks[:covers + 1] for b in (authority_in(text) for p in block
                                                                           for text in _title_texts(p)) if b],
                            language_of(" ".join(line.text for line in pages[0].lines)))
    if body is None:  # named outside the title block (a letterhead set in plain type): before the council is named from it
        body = next((clean_spaces(ln.text.split(",")[0]) for ln in opening if BODY_ONLY_LINE.fullmatch(ln.text.strip())),
                    None) or authority_named(ln.text for ln in opening)
    if committee is None and body and not MEETING_BODY.search(body) and _speaks_of_its_council(all_pages):
        # "The Corporation of the Township of Nipissing" over "… the Minutes of the May 13, 2025 Council
        # Meeting": a municipality whose heading names only itself meets as its council.
        committee = _council_of(body)
        doubts["committee"] = f"'{committee}' is named from the authority: the heading names no meeting body"
    if committee is None and (running := _running_committee(all_pages)):
        committee = running  # "Planning Committee – 12 March 2025" over every page, under a title of "MINUTES"
        if is_authority(committee):  # "Kent County Council" in a footer is the publisher, perhaps not the body that met
            doubts["committee"] = f"'{committee}' is named only by the running header or footer"
    if committee is None:
        committee = _unnamed_body(block)
    if council := authority_council(committee, body):
        committee = council
    elif committee and (council := _council_named_in_full(committee, block)):
        committee = council  # "ASHWELL PARISH COUNCIL" over "Minutes of the meeting of the Parish Council"
    if committee and (whole := WHOLE_COUNCIL.match(committee)):
        committee = whole.group("council")  # "Council of the City of Winnipeg": the city's council meets
    if "committee" not in doubts and (doubt := committee_doubt(committee)):
        doubts["committee"] = doubt

    if body and committee and body.lower() == committee.lower() and not is_authority(committee):
        body = None
    if body is None:  # a running header or footer that names the authority ("Westford District Council" over every page)
        body = authority_named(line.text for line in pages[0].furniture)

    texts = [line.text for page in pages for line in page.lines] + [line.text for page in all_pages for line in page.furniture]
    day_first = day_comes_first(texts)
    guessed = day_first is None and (day_first := day_first_by_wording(texts)) is not None
    date, date_doubt = _heading_date(blocks, day_first)
    if guessed and date and date != _heading_date(blocks, not day_first)[0]:
        date_doubt = (f"the date is printed in figures that read either way; read {'day' if day_first else 'month'} "
                      "first from the document's wording")
    running = _running_dates(all_pages, day_first)
    if date is None and running:
        date = running.most_common(1)[0][0]  # the heading gives none: the running header or footer does
    elif date is None and (date := _yearless_heading_date(blocks[0], texts, day_first)):
        date_doubt = "the heading gives the day and month but no year: the year is read from the document's other dates"
    elif date and running and date not in running:
        date_doubt = date_doubt or (f"the running header or footer gives {running.most_common(1)[0][0]}, "
                                    f"the heading {date}")
    if date is None:
        doubts["date"] = "no meeting date found in the document's heading"
    elif date_doubt := date_doubt or _far_from_the_document_s_dates(date, texts, day_first):
        doubts["date"] = date_doubt
    return Meeting(body=body, committee=committee, date=date, doubts=doubts)
