"""Minutes → :class:`~extract.model.Minutes`.

The text is cut into a preamble (heading, attendance) and numbered minutes.
Each minute's decisions are read in the convention the document uses: numbered
``RESOLVED`` blocks, motions with mover, seconder and vote, or — where the
minutes record neither — decisions in prose ("Resolved to pay both").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extract.exempt import MinutePart, exempt_minutes, merged_paragraphs, page_marking
from extract.model import (Block, Declaration, Departure, Heading, Minute, Minutes, Motion, Paragraph,
                           Person, Review, Table)
from extract.parse.common import line_step, paragraphs, source_of, title_then_sentence
from extract.parse.heading import read_heading
from extract.parse.numbering import Candidate, Label, follows, number_alone, outline, read_label
from extract.parse.people import (Attendance, attendance_blocks, members_listed_as_attending, parse_block, parse_listed_line, parse_people,
                                  label_key, sent_apologies, substitutes_present,
                                  split_run_together, subject_words)
from extract.patterns import (CALLED_TO_ORDER_BY, ABSENCE_REASON, ABSENT_WITH_APOLOGIES, SUBSTITUTED_BY, AMENDMENT_MOVED, DECISION_AFTERWORD, DIVISION_COUNTS, MOTION_OR_AMENDMENT_RESULT, CASE_REFERENCE, ADOPTED_RESOLUTION, MATTER_DECIDED, PRESENCE_NOTE, ACTING_BODY_ONLY, AGENDA_REORDERED, APPROVED_STATUS, ASIDE_MARK, BARE_ROMAN_MINUTE, ATTENDANCE_LABEL, ATTENDANCE_TABLE_HEADER,
                              ATTENDANCE_TABLE_ROW, ROLE_WORD, TABLE_MARK, DECISION_COLUMN, CONNECTIVE_LINE,
                              ATTENDANCE_MANNER, ATTENDANCE_TITLE, IN_THE_CHAIR, DECISION_FIELD, PROPOSAL_FIELD, RULE_LINE,
                              BULLET, CLOSING, CONTENTS_ENTRY, MEETING_CLOSED_LINE, DECLARATION, DECLARED_ITEM, DEPARTURE_IN_OTHER_LANGUAGES, AGENDA_NUMBER_OF_MINUTE, VENUE_IN_SENTENCE, VENUE_IN_FRENCH_SENTENCE, PLACE_LINE, ADDRESS_END_LINE, HONORIFIC, IMPERSONAL_DECISION, INTRODUCES_ENTRIES, DEPARTURE, ITEM_DEFERRED, OWN_MATTER_MOTION, ITEM_FILE_NUMBER, ITEM_WITHDRAWN, MINUTE_HEADING,
                              MOTION_CARRIED, MOTION_FAILED, MOTION_RESULT_FIELD, MOTION_SENTENCE, PROPOSITION, RESULT_LINE,
                              MEETING_BODY, MOVED_SECONDED, MOVER, NAMED_VOTE, NOBODY, NUMBER_WITH_FILE, NUMBERED_ENTRY, OPENING,
                              OTHER_BUSINESS_DEFERRED, PLANNING_RESPONSE, PREVIOUS_MINUTES, PROPOSAL, PROPOSAL_CARRIED, PROSE_APOLOGIES, PROSE_ATTENDANCE, PROSE_DECISION, RESOLVED_BLOCK, RESOLVED_IN_SENTENCE,
                              MEMBER_VOTE, RESOLUTION_MOVERS, ROLE_ACRONYM, ROLL_CALL_LABEL, ROLL_CALL_OPTIONS, ROLL_CALL_VOTE, SECONDER, SUBSTANTIVE_VOTE, VOTE_FIELD, SPEAKER_LABEL, SUBSTITUTION, TITLE_COLON, TITLE_DASH_TEXT, TITLE_STOP_SENTENCE, VENUE, VOTE_TALLY,
                              attendance_list_of)
from extract.read import Line, PdfText, TableRegion
from extract.rows import is_bullet
from extract.split import DocumentSpan
from extract.text import clean_spaces, find_date, find_dates, find_time, find_times, join_wrapped, sentences_of, slugify

# A line that ends a sentence or a heading; a line close under any other line continues it.
FINISHED = re.compile(r"[.:!?)\]]\s*$")
# Lines that open a decision or a motion field start a paragraph of their own.
OWN_PARAGRAPH = re.compile(r"^\s*(?:(?:It\s+was\s+)?Resolved\b|RESOLVED\b|[A-Z ]{3,12}:\s)")
# A number closed by a bracket alone ("1) Call to Order").
BRACKET_CLOSED = re.compile(r"^\s*\*?\d{1,3}\)")
# A decision's entry numbered without a stop or bracket ("1 The business paper … be received.", see next_bare_number).
BARE_NUMBER = re.compile(r"\s*(\d{1,2})\s+(?=[A-Z][a-z])")
# A short line ends its entry ("… agreed to pay £ 65.00"), unless it introduces what follows.
INTRODUCES = re.compile(r"(?:[:,&–-]|:-|\band)\s*$")
# Emphasis markers some council templates leave in the text layer ("scheme.**").
EMPHASIS = re.compile(r"\*\*+\s*$")
# A heading line reaching this share of the text's width is full: its title may wrap onto the next line.
FILLED_LINE = 0.6
# A line of prose reaching this share of the text's width runs on onto the next.
PROSE_LINE = 0.8
# Words of a heading that say nothing of its business.
TITLE_FILLER = {"items", "item", "business", "other", "matters", "report", "reports", "with", "from", "regular"}
# A line of this many words, not in capitals, is running text.
SENTENCE_WORDS = 6
# A main sequence shorter than this says nothing about the document's numbering.
MIN_SEQUENCE = 3
# A numbered line this far (points) right of the main sequence is indented under it.
INDENT = 10.0
# A line starting this far (points) right of the next is set apart (flush right), not prose wrapping onto it.
RIGHT_SET = 100.0
# Where fewer than this share of the other lines are bold, bold sets the minutes' headings apart.
BODY_BOLD_SHARE = 0.5
# A line ending short of this share of the text's right edge ends its paragraph, or its entry of a list.
SHORT_LINE_SHARE = 0.88


@dataclass
class Section:
    """A numbered minute as cut from the text: its heading, and the lines and tables under it."""

    number: str
    title: str
    heading: list[Line]
    rest: str = ""  # text after a capitals title on the heading line ("CONVENE: 7:00 p.m.")
    body: list[Line] = field(default_factory=list)
    tables: list[TableRegion] = field(default_factory=list)
    movers: tuple[str, str] | None = None  # a resolution's mover and seconder printed beside its number
    acting_body: str = ""  # a minute numbered only by the initials of the body that took it ("(*ARRA) …")


@dataclass
class Cut:
    preamble: list[Line] = field(default_factory=list)
    preamble_tables: list[TableRegion] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # Body blocks in reading order: ("line", Line) | ("section", Section) | ("table", TableRegion)
    stream: list[tuple[str, object]] = field(default_factory=list)


def _pack_authority(span: DocumentSpan, committee: str) -> str | None:
    """The authority of a pack's own previous minutes, whose heading names only the committee ("DRAFT MINUTES" /
    "PLANNING COMMITTEE"): the pack's. Another body's minutes sent with the pack keep none of it."""
    meeting = span.meeting
    return meeting.body if meeting and meeting.committee and meeting.committee.lower() == committee.lower() else None


def parse(span: DocumentSpan, pdf: PdfText) -> Minutes:
    lines = span.lines
    heading = read_heading(span.pages)
    cut = cut_minutes(span)
    committee = heading.committee or heading.body or "Unknown committee"
    record = Minutes(body=heading.body or _pack_authority(span, committee), committee=committee, date=heading.date,
                     title=f"Minutes: {committee}" + (f", {heading.date}" if heading.date else ""),
                     source=source_of(span, pdf), review=heading.review())
    anchors: set[str] = set()
    built = [build_minute(section, anchors) for section in cut.sections]
    # Decisions in prose count only where the minutes record none formally (RESOLVED blocks, motions
    # moved, or put under their mover's field: "Moved by: Deputy Mayor Cox" over "Be it resolved that …"); a
    # proposal agreed in its sentence ("proposed by …, seconded by … and agreed that …") is both.
    moved = (any((MOTION_SENTENCE.search(motion.text) and not agreed_in_sentence(motion.text)) or not motion.text
                 for m in built for motion in m.motions)
             or any(motion_field_line(ln.text) and not PROPOSAL.search(ln.text) for ln in lines))
    if not any(opens_decision(ln.text) for ln in lines) and not moved:
        for section, minute in zip(cut.sections, built):
            minute.resolutions = minute.resolutions or prose_decisions(section_paragraphs(section)
                                                                       + decision_cells(section.tables))
    record.items, owners = minute_items(cut.sections, built)
    texts = list(numbered_paragraphs(cut, owners))
    sentences = [(number, sentence) for number, text in texts for sentence in sentences_of([text])]
    fill_attendance(record, cut, [sentence for _, sentence in sentences], speakers(lines))
    name_office_holders(record)
    take_together(record.items)
    lift_group_motions(record.items)
    record.declarations = find_declarations(sentences, minute_numbers(cut, owners), record.items)
    record.departures += [d for d in find_departures(sentences) if d not in record.departures]
    record.approves = approved_minutes(texts, heading.date)
    record.item = span.item if span.meeting else None
    # where the heading's lines say nothing of them, the fields of a table above the minutes may
    fields = table_field_lines(cut.preamble_tables)
    record.start, record.end = opening_time(lines) or opening_time(fields), closing_time(lines) or closing_time(fields)
    record.venue = find_venue(lines[:20]) or find_venue(fields)
    record.status = "approved" if any(APPROVED_STATUS.match(ln.text) for ln in lines[:6]) else "draft"
    minute_of = {id(section): minute for section, minute in zip(cut.sections, built) if owners[id(section)] is minute}
    record.content = body_blocks(cut, {key: minute.anchor for key, minute in minute_of.items()})
    record.warnings = warnings_for(record)
    if record.items and not (record.present or record.apologies or record.absent):
        # minutes that record business but nobody present: the attendance was printed in a form not read
        record.review.append(Review(field="present", why="the minutes record business but no attendance was recognised"))
    mark_exempt_minutes(record, cut, span, minute_of)
    return record


def mark_exempt_minutes(record: Minutes, cut: Cut, span: DocumentSpan, minute_of: dict[int, Minute]) -> None:
    """Flag the minutes taken in private, and the pages they are printed on (see extract.exempt).

    ``minute_of`` maps each section that is a minute of its own to that minute.

    Minutes exempt as a whole are withheld whole: their minutes need no flags.
    """
    if span.exemption:
        return
    page_of = {id(line): page.number for page in span.pages for line in page.lines}
    parts: list[MinutePart] = []
    minute_at: dict[int, Minute] = {}
    for kind, item in cut.stream:
        if kind != "section":
            continue
        if id(item) in minute_of:
            minute_at[len(parts)] = minute_of[id(item)]
            parts.append(MinutePart(texts=[clean_spaces(item.title)] + [ln.text for ln in item.body],
                                    pages={page_of[id(ln)] for ln in item.heading + item.body if id(ln) in page_of},
                                    number=item.number))
        else:  # a heading inside a minute, or over a group of minutes
            parts.append(MinutePart(texts=[item.title], pages={page_of.get(id(item.heading[0]), 0)}))
    exempt = exempt_minutes(parts, {page.number for page in span.pages if page_marking(page)})
    for index, exemption in exempt.items():
        minute_at[index].exempt = True
        record.warnings.append(f"minute {minute_at[index].number} not for publication (marked by '{exemption.marking}'): "
                               f"only its number and title are published")
        record.exempt_pages = sorted(set(record.exempt_pages) | parts[index].pages)
    record.exempt_paragraphs = merged_paragraphs(*exempt.values())


# --- Cutting the text into minutes ---

def cut_minutes(span: DocumentSpan) -> Cut:
    cut = Cut()
    current: Section | None = None
    accepted, set_apart = minute_lines(span)
    interrupted: list[Section | None] = []  # inside an aside: the minute it interrupted
    for page in span.pages:
        gap = line_step(page.lines)
        right_edge = max((ln.x1 for ln in page.lines), default=page.width)
        events = page_events(page)
        ordered = [item for _, kind, item in events if kind == 0]
        position = {id(line): i for i, line in enumerate(ordered)}
        in_heading: set[int] = set()  # lines taken into a minute's heading as its wrapped title
        prev: Line | None = None
        for _, kind, item in events:
            if kind == 1:
                (current.tables if current else cut.preamble_tables).append(item)
                cut.stream.append(("table", item))
                continue
            line: Line = item
            if id(line) in in_heading:
                prev = line
                continue
            if ASIDE_MARK.match(line.text):
                # "* * *" over a minute taken out of turn, "* * *" under it: the text after it is the interrupted minute's
                if interrupted:
                    current = interrupted.pop() or current
                else:
                    interrupted.append(current)
            section = minute_start(line, prev, gap, right_edge) if id(line) in accepted else None
            if section and current and not set_apart and is_list_in_text(section, current, line):
                section = None
            if section:
                extend_title(section, ordered, position[id(line)], gap, page.width, accepted)
                if not section.rest:  # "… Recent Actions and Decisions The staff report can be found at:"
                    section.title, rest = title_then_sentence(section.title)
                    section.rest = rest or ""
                in_heading.update(id(ln) for ln in section.heading)
                current = section
                cut.sections.append(section)
                cut.stream.append(("section", section))
            elif ((current is not None or past_title_block(cut)) and is_section_heading(line, prev, gap)
                  and not runs_on_below(line, ordered[position[id(line)] + 1:], gap, right_edge)):
                # An unnumbered heading ("CONSENT CALENDAR") ends the minute above it and opens a section.
                current = Section(number="", title=line.text.strip(), heading=[line])
                cut.sections.append(current)
                cut.stream.append(("section", current))
            else:
                (current.body if current else cut.preamble).append(line)
                cut.stream.append(("line", line))
            prev = line
    titles_above(cut)
    return cut


def titles_above(cut: Cut) -> None:
    """Minutes titled by a heading over their first numbered paragraph: "MINUTE OF PREVIOUS MEETING OF 7 FEBRUARY
    2024" in bold capitals over "2. The Committee had before it the minute …" (Scottish councils number their
    articles so). Where the document does so throughout (MIN_SEQUENCE times, two minutes in three), each heading
    is its minute's title and the numbered paragraph the minute's text; a heading over the first of a list
    numbered in the text's type ("CONSENT CALENDAR" over "1. Approve the minutes …" "2. …") titles none."""
    pairs = [(above, section) for above, section in zip(cut.sections, cut.sections[1:]) if heads(above, section)]
    numbered = sum(1 for section in cut.sections if section.number)
    if len(pairs) < MIN_SEQUENCE or len(pairs) * 3 < numbered * 2:
        return
    for above, section in pairs:
        section.rest = clean_spaces(f"{section.title} {section.rest}")
        section.title, section.heading = above.title, above.heading + section.heading
        cut.sections.remove(above)
        cut.stream.remove(("section", above))


def heads(above: Section, section: Section) -> bool:
    """An unnumbered heading set apart (bold or capitals) straight over a numbered sentence in the text's type."""
    return (not above.number and not above.body and not above.tables and (above.heading[0].bold or above.title.isupper())
            and bool(section.number) and not section.heading[0].bold
            and len(section.title.split()) >= SENTENCE_WORDS and bool(FINISHED.search(section.title)))


def past_title_block(cut: Cut) -> bool:
    """Whether running text has begun (a sentence, not the capitals of a title block)."""
    return any(len(ln.text.split()) >= SENTENCE_WORDS and not ln.text.isupper() for ln in cut.preamble)


def page_events(page) -> list[tuple[float, int, object]]:
    """A page's lines (kind 0) and tables (kind 1) in reading order."""
    return sorted([(ln.top, 0, ln) for ln in page.lines] + [(t.top, 1, t) for t in page.tables],
                  key=lambda e: (e[0], e[1]))


def minute_lines(span: DocumentSpan) -> tuple[set[int], bool]:
    """The lines that open minutes (see numbered_minute_lines); a minute numbered only by the initials of the body
    that took it ("(*ARRA) Recommendation to Approve …") is one where the other minutes print the acting body's
    initials after their numbers ("(*10-76 CIC) Minutes of …"), as minutes of a joint meeting do."""
    accepted, set_apart, found = numbered_minute_lines(span)
    by_body = any(re.search(r"\s[A-Z]{2,5}\b", section.number) for line, section in found if id(line) in accepted)
    if not by_body:
        accepted -= {id(line) for line, section in found if section.acting_body}
    return accepted, set_apart


def numbered_minute_lines(span: DocumentSpan) -> tuple[set[int], bool, list[tuple[Line, Section]]]:
    """The lines that open minutes, and whether bold sets the minutes' headings apart.

    Minutes number their paragraphs as well as their minutes ("84. Apologies" … "1. Mr R Gough, Leader
    of the Council provided an update", "3. RESOLVED that Cabinet agree to:"). The document's own
    numbering (numbering.outline) gives the main sequence (84, 85 … 92; "§ 39" …); then
    * where the main sequence is set in bold and the text around it is not, a line numbered the same
      way and set the same way is a minute though its number breaks the count ("6" printed for 56),
      and one in body type is a paragraph of the minute above;
    * one numbered another way, indented under the main sequence, is a paragraph ("1. Evenemang …"
      inside "43 §");
    * sub-items numbered under a minute ("7-A" under 7, "4-A-i"), and numbers no sequence can place
      ("14-339 A CC"), are minutes.
    Where no sequence of at least MIN_SEQUENCE minutes runs, every numbered heading is a minute.
    Returns the lines, whether bold sets them apart, and every (line, section) found.
    """
    found: list[tuple[Line, Section, Label | None]] = []
    for page in span.pages:
        gap = line_step(page.lines)
        right_edge = max((ln.x1 for ln in page.lines), default=page.width)
        prev: Line | None = None
        for line in page.lines:
            section = minute_start(line, prev, gap, right_edge)
            if section:
                found.append((line, section, read_label(line.text.strip()) or number_alone(section.number)))
            prev = line
    placed = [Candidate(index=i, label=label, indent=line.x0, bold=line.bold)
              for i, (line, _, label) in enumerate(found) if label]
    main = outline(placed).main
    run = main.longest() if main else []
    resolutions = {id(line) for line, section, _ in found if section.movers}
    sections = [(line, section) for line, section, _ in found]
    if len(run) < MIN_SEQUENCE and len(resolutions) >= MIN_SEQUENCE:
        return resolutions, False, sections  # numbered resolutions are the minutes: "1. …" inside one is its paragraph
    in_run = {c.index for c in run} if len(run) >= MIN_SEQUENCE else set()
    # a roman numeral with no stop ("II HOUSING …") numbers a minute only in the run of them
    found = [(line, section, label) if index in in_run or not BARE_ROMAN_MINUTE.match(line.text.strip())
             else (line, None, None) for index, (line, section, label) in enumerate(found)]
    if len(run) < MIN_SEQUENCE:
        return {id(line) for line, section, _ in found if section}, False, sections
    numbered = {id(line) for line, _, _ in found}
    others = [ln for ln in span.lines if id(ln) not in numbered]
    set_apart = all(c.bold for c in run) and sum(ln.bold for ln in others) < BODY_BOLD_SHARE * max(1, len(others))
    numbers = {found[c.index][1].number for c in run}
    accepted = set()
    for index, (line, section, label) in enumerate(found):
        if section is None:
            continue
        if index in in_run or label is None or is_sub_number(section.number, numbers):
            keep = True
        elif (label.shape, label.marks) != main.key[:2]:
            # (in the text's type under minutes set apart in bold, "(1) That the report be noted." is a decision's part)
            keep = (line.x0 <= main.indent + INDENT and (line.bold or not set_apart)
                    and not (index < run[0].index and listed_with_office(line.text)))
        else:
            keep = line.bold or not set_apart
        if keep:
            accepted.add(id(line))
            numbers.add(section.number)
    return accepted, set_apart, sections


def listed_with_office(text: str) -> bool:
    """ "L. Harper, City Manager" under "Staff Present:": an initial, a surname and an office, as attendance lists
    print their officers one a line; it numbers no minute though it reads like "L." and a title."""
    person = parse_listed_line(text)
    return bool(person and person.role and re.match(r"[A-Z]\.\s", text.strip()))


def is_sub_number(number: str, accepted: set[str]) -> bool:
    """ "7-A" under minute 7, "4-A-i" under 4-A, "4.1" under 4, "14-339 A CC" under 14-339."""
    parts = re.split(r"(?<=\w)(?=[-.\s])", number)
    return any("".join(parts[:cut]).strip() in accepted for cut in range(1, len(parts)))


def is_list_in_text(section: Section, current: Section, line: Line) -> bool:
    """ "1. Make a long-term …" inside minute 71: a count going back, at the minute's own margin.

    Sub-items counted afresh under their minute are indented ("4. …" then "    1. …").
    """
    if not (section.number.isdigit() and current.number.isdigit()):
        return False
    return int(section.number) < int(current.number) and line.x0 <= current.heading[0].x0 + 10


def starts_paragraph(line: Line, prev: Line | None, gap: float, right_edge: float) -> bool:
    """False for a line that carries on the sentence of a full-width line just above it."""
    if prev is None:
        return True
    step = line.top - prev.top
    # (a word set flush right, "Carried" under a motion, wraps onto nothing)
    wrapped = prev.x1 >= right_edge * 0.8 and not FINISHED.search(prev.text) and prev.x0 <= line.x0 + RIGHT_SET
    # (a line in capitals under one that is not, "1. DECLARATION OF OPENING" under the heading's "Held … at 5.00pm",
    # is a heading: prose does not wrap into capitals)
    set_apart = (line.bold and not prev.bold) or (line.text.isupper() and not prev.text.isupper())
    return not (0 < step <= gap * 1.35 and wrapped and not set_apart and not numbered_next(prev, line))


def numbered_next(prev: Line, line: Line) -> bool:
    """A line numbered next after the line above it, the same way ("2.2 Approve the warrant register …" under "2.1
    Approve the minutes of …", a consent calendar's items one a line): a list, not a sentence wrapped onto a number."""
    above, below = read_label(prev.text.strip()), read_label(line.text.strip())
    if not (above and below and (above.shape, above.marks) == (below.shape, below.marks)):
        return False
    return any(reading == other and value != next_value and follows(value, next_value)
               for reading, value in above.readings for other, next_value in below.readings)


def minute_start(line: Line, prev: Line | None, gap: float, right_edge: float) -> Section | None:
    if not starts_paragraph(line, prev, gap, right_edge):
        return None
    if CONTENTS_ENTRY.search(line.text):
        return None  # "39 § Sammanträdets laglighet … ..... 1": the contents list, not the minute
    resolution = RESOLUTION_MOVERS.match(line.text.strip())
    if resolution:  # "R2025-024 S.Kirkey, J. Scott:": the resolution is the minute, its motion below
        return Section(number=resolution.group("number"), title="", heading=[line],
                       movers=(resolution.group("mover"), resolution.group("seconder")))
    filed = NUMBER_WITH_FILE.match(line.text.strip())
    if filed:
        return Section(number=filed.group("number"), title="", heading=[line])
    body_only = ACTING_BODY_ONLY.match(line.text.strip())
    if body_only:
        return Section(number="", title=f"({body_only.group('body')}) {body_only.group('title')}", heading=[line],
                       acting_body=body_only.group("body"))
    m = MINUTE_HEADING.match(line.text.strip())
    if not m or (BRACKET_CLOSED.match(line.text) and not (line.bold or line.text.isupper())
                 and line.x1 >= right_edge * PROSE_LINE):
        # "1) With great sadness the Chairman informed …" filling its line in the text's type: a paragraph
        # numbered inside a minute, where "1) Call to Order" is a heading
        return None
    printed = clean_spaces(m.group("number")).lstrip("*")
    number = printed.strip("§ ")  # "39 §" and "§ 39" are minute 39
    title, rest = m.group("title").strip().lstrip("*").strip(), ""
    colon = TITLE_COLON.match(title) or TITLE_DASH_TEXT.match(title) or TITLE_STOP_SENTENCE.match(title)
    if colon:
        title, rest = colon.group("title").strip(), colon.group("rest").strip()
    else:
        title = title_in_its_column(line, title)
    filed = ITEM_FILE_NUMBER.match(title)
    if filed and title[filed.end():][:1].isupper():
        # "3.B 23-118 Resolution Approving …": Legistar's file number between the item's number and its title is
        # neither (the labels title Hermosa Beach's "a) 23-0015 RECOGNIZING …" without it)
        title = title[filed.end():]
    return Section(number=number, title=title, heading=[line], rest=rest)


def title_in_its_column(line: Line, title: str) -> str:
    """A title ends at the gutter after it: "4-A-i. ELIGIBLE LIST ESTABLISHED   DATE ESTABLISHED   EXAM NO." is a
    title set as the first cell of the header of the table under it (the heading's line keeps every word)."""
    words = line.text.split()
    start = len(words) - len(title.split())
    end = next((index for index, _ in line.columns if index > start), None)
    return title if end is None else " ".join(words[start:end])


def extend_title(section: Section, lines: list[Line], index: int, gap: float, width: float,
                 accepted: set[int]) -> None:
    """Add wrapped title lines to the heading (``accepted``: the lines the document's numbering opens minutes at)."""
    first = lines[index]
    if section.movers:
        return  # a resolution has no title: the lines under its number are the motion
    if not section.title:
        title_below(section, lines, index, gap)
        return
    if section.rest or re.search(r"[.:]\s*$", section.title):
        return  # (the title, not its line: a title in a column of its own ends before the line does)
    right_edge = max((ln.x1 for ln in lines), default=width)
    for line in lines[index + 1:]:
        prev = section.heading[-1]
        step = line.top - prev.top
        # A bold title runs on to the next bold line only where it filled its line ("55 Matters Arising"
        # over a bold "Trim Trail" is a minute and the first of its sub-headings).
        same_style = first.bold and line.bold and prev.x1 >= right_edge * FILLED_LINE
        # a bold title does not run on into plain text; a title that left room for the next line's first word
        # ended there ("… of the Village Green" over "Guy Heelis was invited to speak …")
        wraps = (prev.x1 >= right_edge * 0.85 and not re.search(r"[.:]\s*$", prev.text)
                 and line.bold == first.bold and not first_word_fits(prev, line, right_edge))
        if (not (0 < step <= gap * 1.35 and (same_style or wraps)) or opens_a_minute(line, section, accepted)
                or OWN_PARAGRAPH.match(line.text) or MOVED_SECONDED.match(line.text.strip())
                or DECISION_FIELD.match(line.text.strip()) or PROPOSAL_FIELD.search(line.text.strip())
                or decision_label_alone(line.text.strip())):
            # "M/S Hernandez/Ballew to approve …" under a title that filled its line is the minute's text, and so is
            # a decision's or a proposal's label ("Päätös:" in bold under "§ 32 Pöytäkirjan tarkastajien valinta",
            # "RESOLUTION:" under "8.1 Draft Budget 2024/25 Community Consultation")
            break
        section.heading.append(line)
        section.title = f"{section.title} {line.text.strip()}"
        if re.search(r"[.:]\s*$", line.text):
            break


def opens_a_minute(line: Line, section: Section, accepted: set[int]) -> bool:
    """Whether a line under a wrapping title is a minute of its own: one the document's numbering opens a
    minute at, or one numbered as this minute is ("14." over "1."). A wrap opening with a quantity is the
    title's ("(14-338 CC) … for an Approximate" over "5.5 Acre Site on the Taxiways …")."""
    text = line.text.strip()
    if id(line) in accepted:
        return True
    if not MINUTE_HEADING.match(text):
        return False
    label, own = read_label(text), number_alone(section.number.strip("()*"))
    return label is None or (own is not None and own.shape == label.shape)


def title_below(section: Section, lines: list[Line], index: int, gap: float) -> None:
    """The paragraph under a heading that printed no title ("7-A 2019-7106") is its title: its first line,
    and the lines it wraps onto where it filled its line ("Draft Meeting Minutes – June 10, 2019" over
    "Board Member Teague asked staff …" is a title over the minute's text)."""
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    for line in lines[index + 1:]:
        step = line.top - section.heading[-1].top
        if len(section.heading) > 1 and not (0 < step <= gap * 1.35 and section.heading[-1].x1 >= right_edge * 0.85):
            break
        section.heading.append(line)
        section.title = f"{section.title} {line.text.strip()}".strip()


def is_section_heading(line: Line, prev: Line | None, gap: float) -> bool:
    """An unnumbered capitals heading on a line of its own ("REGULAR AGENDA ITEMS"; one word in bold: "ADJOURNMENT")."""
    text = line.text.strip()
    words = len(text.split())
    return (text.isupper() and (words >= 2 or (line.bold and len(text) > 4 and not ATTENDANCE_LABEL.match(text)))
            and len(text) < 80 and ":" not in text and "[" not in text and not RESULT_LINE.match(text)
            and not decision_label_alone(text) and not capitals_sentence(text)
            and (prev is None or line.top - prev.top > gap * 1.35 or line.top < prev.top))


def capitals_sentence(text: str) -> bool:
    """A sentence of SENTENCE_WORDS words or more closed by its full stop, as minutes written in capitals record
    what was done ("COUNCILMEMBER ORTIZ REPORTED ON THE LIBRARY BOARD."): a heading closes with none."""
    return len(text.split()) >= SENTENCE_WORDS and text.endswith(".") and not re.search(r"\b[A-Z]\.$", text)


def runs_on_below(line: Line, below: list[Line], gap: float, right_edge: float) -> bool:
    """A line in the text's type that fills the width, unfinished, with the next line close under it: a sentence
    running on, though in capitals ("COUNCILMEMBER BERMAN MOVED TO APPROVE THE CONSENT CALENDAR, SECONDED BY" over
    "COUNCILMEMBER SMITH. MOTION CARRIED 4-0.", as US minutes written in capitals record motions), no heading."""
    following = below[0] if below else None
    return (following is not None and not line.bold and line.x1 >= right_edge * PROSE_LINE
            and not FINISHED.search(line.text) and 0 < following.top - line.top <= gap * 1.35)


# --- Attendance ---

def speakers(lines: list[Line]) -> dict[str, str]:
    """Name → office of each speaker a verbatim record labels office（name）: "◎総務部長（中野晋）"."""
    return {m.group("name"): m.group("role") for m in map(SPEAKER_LABEL.match, (ln.text.strip() for ln in lines)) if m}


def fill_attendance(record: Minutes, cut: Cut, sentences: list[str], offices: dict[str, str]) -> None:
    # the preamble, and sections under unnumbered headings ("ROLL CALL" over "Present: …")
    attendance = attendance_blocks(cut.preamble)
    for section in (s for s in cut.sections if not s.number):
        merge(attendance, attendance_blocks(section.heading + section.body))
    for section in cut.sections:
        if not ATTENDANCE_TITLE.search(section.title):
            continue
        lines = section.body
        if section.rest:
            lines = [Line(text=section.rest, x0=section.heading[0].x0, x1=section.heading[0].x1,
                          top=section.heading[0].top, bottom=section.heading[0].bottom)] + lines
        found = attendance_blocks(lines)
        label = ATTENDANCE_LABEL.fullmatch(section.title.strip())
        listed = leading_list(lines)
        if rows := opening_rows(lines):
            merge(found, table_rows(rows))
        elif listed:
            # "1. PRESENT" (or "2. RECORD OF ATTENDANCE / APOLOGIES") over one member a line, then "Officers",
            # "Apologies" lists under their own labels: the first list is the one the title names first
            key = attendance_list_of(label.group("label") if label else ATTENDANCE_TITLE.search(section.title).group(0))
            parse_block("in_attendance" if key == "public" else key, [ln.text for ln in listed], found)
        elif label and (lead := unlabelled_lead(lines)):
            # "19.07.01 Apologies" with the names as the minute's text: its first sentence
            # ("Cllrs Ives, Ward and Ellis." above "Committee resolved to note the apologies."), also where other
            # lists follow under their own labels ("2. PRESENT" over the councillors, then "IN ATTENDANCE" over officers)
            first = sentences_of([join_wrapped([ln.text for ln in first_paragraph(lead)])])[0]
            if is_name_list(first):
                key = attendance_list_of(label.group("label"))
                parse_block("in_attendance" if key == "public" else key, [first], found)
        merge(attendance, found)
    for table in cut.preamble_tables + [t for s in cut.sections for t in s.tables]:
        merge(attendance, attendance_table(table))
    merge(attendance, attendance_rows(cut.preamble + [ln for s in cut.sections for ln in s.heading + s.body]))
    for sentence in attendance_sentences(cut):
        prose_attendance(sentence, attendance)
    presiding_present(attendance, sentences)
    for sentence in sentences:
        # "Apologies were received from Mrs C Bell."; "Cllr Wood would be substituting … for Cllr Ellis."
        if apologies := PROSE_APOLOGIES.search(sentence):
            attendance.add("apologies", parse_people(next(v for v in apologies.groupdict().values() if v)))
        if substitute := SUBSTITUTION.search(sentence):
            absent = parse_people(substitute.group("for"))
            role = f"substitute for {absent[0].name}" if absent else "substitute"
            attendance.add("substitutes", [Person(name=p.name, role=role, title=p.title)
                                           for p in parse_people(substitute.group("who"))])
    members_listed_as_attending(attendance)
    record.departures = notes_on_presence(attendance)
    notes_on_absence(attendance)
    sent_apologies(attendance)
    substitutes_present(attendance)
    for key in ("present", "apologies", "absent", "in_attendance", "substitutes"):
        # "中野晋総務部長": a name and office run together, told apart by the speaker labels
        setattr(record, key, unique([split_run_together(p, offices) for p in getattr(attendance, key)]))


def notes_on_presence(attendance: Attendance) -> list[Departure]:
    """What the brackets after a member present say of when they were there (PRESENCE_NOTE): "Cllr Hollick (arrived
    at 7.01pm)" came late, an arrival at 19:01 and no office; "(in part)" says only that."""
    noted = []
    for person in attendance.present:
        note = PRESENCE_NOTE.match((person.role or "").strip())
        if not note:
            continue
        person.role = None
        if note.group("when") and (time := find_time(note.group("when"))):
            noted.append(Departure(name=person.name, time=time, event="arrived" if note.group("arrived") else "left"))
    return noted


def notes_on_absence(attendance: Attendance) -> None:
    """What the brackets after a member absent say: why ("Cllr G Grey (work commitments)": a reason, not an office),
    that they sent apologies ("Absent: Cllr D Eve (apologies)": an apology), or who took their place ("Cllr D Eve
    (substituted by Cllr G Gray)": a substitute for them)."""
    for person in attendance.apologies + attendance.absent:
        note = (person.role or "").strip()
        substitute = SUBSTITUTED_BY.match(note)
        if ABSENCE_REASON.match(note) or ABSENT_WITH_APOLOGIES.match(note) or substitute:
            person.role = None
        if substitute:
            attendance.add("substitutes", [Person(name=p.name, title=p.title, role=f"substitute for {person.name}")
                                           for p in parse_people(substitute.group("by") or substitute.group("substituting"))])
        if ABSENT_WITH_APOLOGIES.match(note) and person in attendance.absent:
            attendance.absent.remove(person)
            attendance.apologies.append(person)


def attendance_sentences(cut: Cut) -> list[str]:
    """The sentences of the preamble and of the minutes about attendance ("CALL TO ORDER AND ROLL CALL")."""
    sections = [s for s in cut.sections if ATTENDANCE_TITLE.search(s.title)]
    texts = [join_wrapped([ln.text for ln in group]) for lines in [cut.preamble] + [s.body for s in sections]
             for group in body_groups(lines)]
    return sentences_of(texts)


def prose_attendance(sentence: str, attendance: Attendance) -> None:
    """ "Responding to roll call were Commissioners Perez, …", "Commissioner Ayala and Rios were absent.", "…
    COMMITTEE. Present:- Councillor Yuill, Convener; …"."""
    m = PROSE_ATTENDANCE.match(sentence.strip())
    if not m:
        return
    key = next(k for k, v in m.groupdict().items() if v)
    if key == "run_in" and attendance.present:
        return  # the label was read where it opens its line, with any label after it ("… In attendance: …")
    names = ATTENDANCE_MANNER.sub("", m.group(key)).strip()
    attendance.add("present" if key in ("remote", "chair", "run_in", "following") else key, parse_people(names))


def presiding_present(attendance: Attendance, sentences: list[str]) -> None:
    """Who called the meeting to order (CALLED_TO_ORDER_BY), by office or title and name, was present: a member
    where no list names them ("President Dana Wills called the meeting to order" over "The following Trustees were
    present: …"). An office alone ("The Chair") names nobody."""
    named = {p.name.split()[-1].lower() for key in ("present", "apologies", "absent", "in_attendance", "substitutes")
             for p in getattr(attendance, key) if p.name}
    for sentence in sentences:
        if chair := chaired(sentence):
            listed = next((p for p in attendance.present if p.name.split()[-1].lower() == chair.name.split()[-1].lower()), None)
            if listed:
                listed.role = listed.role or chair.role
            else:
                attendance.add("present", [chair])
            continue
        opened = CALLED_TO_ORDER_BY.search(sentence)
        people = parse_people(opened.group("who") or opened.group("by")) if opened else []
        if len(people) == 1 and (people[0].role or people[0].title) and people[0].name.split()[-1].lower() not in named:
            attendance.add("present", people)
            return


def chaired(sentence: str) -> Person | None:
    """Who presided, in a line of its own under the lists: "Mr K Gowans in the Chair" (Scottish councils), "Councillor
    Kevin CORDELL, Convener, in the Chair." (IN_THE_CHAIR); not "Councillor Smith was in the Chair for item 5"."""
    m = IN_THE_CHAIR.search(sentence)
    people = parse_people(sentence[:m.start()]) if m and not sentence[m.end():].strip() else []
    if len(people) != 1:
        return None
    return Person(name=people[0].name, title=people[0].title, role=people[0].role or m.group("office") or "Chair")


def unlabelled_lead(lines: list[Line]) -> list[Line]:
    """The lines of a minute's text before any attendance label, or field that opens a list ("Members: Cr Julia
    Meldrum (Shire President), …" under "2. ATTENDANCE", Western Australian councils)."""
    return list(itertools.takewhile(lambda ln: not (ATTENDANCE_LABEL.match(ln.text.strip()) or label_key(ln.text)), lines))


def leading_list(lines: list[Line]) -> list[Line]:
    """The lines of a minute's text, before any attendance label, that are one person each ("Cr Jasmine Nguyen
    (Mayor)", "Fiona Blair, Chief Executive Officer"); [] unless there are two or more and nothing else."""
    lead = unlabelled_lead(lines)
    people = [parse_listed_line(ln.text) for ln in lead]
    return lead if len(lead) >= 2 and all(people) else []


def is_name_list(text: str) -> bool:
    """Names and their offices, not a sentence: "Cllrs Ives, Ward and Ellis." but not "Cllr. O. Williams
    took the Chair and welcomed everyone to the meeting."."""
    if opens_decision(text):
        return False  # "Committee Resolution" over the decision accepting the apologies
    words = re.sub(r"\([^)]*\)", " ", text).split()
    return bool(parse_people(text)) and subject_words(words) == words


def first_paragraph(lines: list[Line]) -> list[Line]:
    return paragraphs(lines)[0] if lines else []


def any_people(attendance: Attendance) -> bool:
    return any(getattr(attendance, k) for k in ("present", "apologies", "absent", "in_attendance", "substitutes"))


def merge(into: Attendance, other: Attendance) -> None:
    for key in ("present", "apologies", "absent", "in_attendance", "substitutes"):
        getattr(into, key).extend(getattr(other, key))


def unique(people: list[Person]) -> list[Person]:
    """Drop repeats of the same person (a roll call restated under each vote, or at the close without the
    honorific it printed first); "Mr & Mrs Godfrey" are two."""
    titles: dict[str, set[str]] = {}
    out = []
    for person in people:
        seen = titles.setdefault(person.name.lower(), set())
        title = re.sub(r"[^a-z]", "", (person.title or "").lower())
        title = title[:-1] if len(title) > 4 and title.endswith("s") else title  # "Councillors’" is "Councillor"
        if seen and (title in seen or not title or "" in seen):
            continue
        seen.add(title)
        out.append(person)
    # "Cllr C Brown | Apologies" in the table, "Apologies were received from Cllr Brown." below it: a surname
    # alone is the one person of the list whose name ends in it
    surnames = [p.name.split()[-1] for p in out if len(p.name.split()) > 1]
    return [p for p in out if len(p.name.split()) > 1 or surnames.count(p.name) != 1]


def attendance_table(table: TableRegion) -> Attendance:
    """An attendance table: a name column and a status column ("Present", "Absent"), or a column a list
    ("Councillor | Present | Apologies") marked for each member ("X", "✓")."""
    attendance = marked_attendance(table)
    if any_people(attendance):
        return attendance
    rows = [[c for c in row if c.strip()] for row in table.rows]
    header = [c.lower() for c in rows[0]] if rows else []
    if not (any("name" in c for c in header) and any("status" in c for c in header)):
        listed = listed_by_status(rows)
        return listed if any_people(listed) else labelled_rows(rows)
    status_at = next(i for i, c in enumerate(header) if "status" in c)
    for row in rows[1:]:
        if len(row) <= status_at or NOBODY.match(row[0]):
            continue
        status = row[status_at].lower()
        key = "absent" if "absent" in status else "apologies" if "excused" in status else "present"
        role = row[1] if status_at > 1 and len(row) > 1 else None
        attendance.add(key, [Person(name=clean_spaces(row[0]), role=None if key == "present" and role and
                                    role.lower() in ("commissioner", "member", "councillor") else role)])
    return attendance


def labelled_rows(rows: list[list[str]]) -> Attendance:
    """A table of the meeting's fields, each label in its own cell: "Present | Cllr A Smith (Chair), Cllr B Jones"
    (English parishes), "Beslutande | Eva Nord (S), ordförande, …" (Swedish protocols' first page), "Läsnä | …"
    (Finnish): the people in the cell beside an attendance label are in its list."""
    attendance = Attendance()
    for row in rows:
        label = ATTENDANCE_LABEL.match(clean_spaces(row[0])) if len(row) == 2 else None
        if label and label.end() >= len(clean_spaces(row[0]).rstrip(":")):
            key = attendance_list_of(label.group("label"))
            parse_block("in_attendance" if key == "public" else key, [row[1]], attendance, public=key == "public")
    return attendance


def listed_by_status(rows: list[list[str]]) -> Attendance:
    """ "Member | Attendance" over "Cllr A Smith (Chair) | Present", "Cllr C Brown | Apologies": whatever the
    header says, a column whose every cell is an attendance label alone puts the person on its row in that list."""
    attendance = Attendance()
    def status(cell: str) -> str | None:
        label = ATTENDANCE_LABEL.match(clean_spaces(cell))
        return attendance_list_of(label.group("label")) if label and label.end() >= len(clean_spaces(cell)) else None
    body = [(name, status(cell)) for name, cell in (row for row in rows[1:] if len(row) == 2)]
    if len(body) < 2 or len(body) < len(rows) - 2 or not all(key for _, key in body):
        return attendance
    for name, key in body:
        people = parse_people(name)
        if len(people) == 1 and key != "public":
            attendance.add(key, people)
    return attendance


def marked_attendance(table: TableRegion) -> Attendance:
    """ "Councillor | Present | Apologies" over "Cllr A Barker (Chair) | X |": each member is in the list whose
    column is marked on their row (a mark is a tick, a cross or a word of up to three letters, not "No")."""
    attendance = Attendance()
    header = table.rows[0] if table.rows else []
    columns = {}
    for index, cell in enumerate(header[1:], start=1):
        label = ATTENDANCE_LABEL.match(clean_spaces(cell))
        if label and label.end() >= len(clean_spaces(cell).rstrip(":")):
            columns[index] = attendance_list_of(label.group("label"))
    first = clean_spaces(header[0]) if header else ""
    named = header and (not first or "name" in first.lower() or HONORIFIC.fullmatch(first)
                        or ROLL_CALL_LABEL.fullmatch(first))
    if not columns or not named or "public" in columns.values():
        return attendance  # (the first column names the members: "Councillor", "Member", "Name", "Roll Call")
    for row in table.rows[1:]:
        people = parse_people(row[0]) if row and row[0].strip() else []
        marked = [key for index, key in columns.items()
                  if index < len(row) and TABLE_MARK.fullmatch(row[index].strip())]
        if len(people) == 1 and len(marked) == 1:
            attendance.add(marked[0], people)
    return attendance


def attendance_rows(lines: list[Line]) -> Attendance:
    """An attendance table printed without rules (or scanned), read from its lines: under a header naming a
    name and a status column, one member a line, "Andrei Garcia Commissioner Late 7:08 p.m."."""
    header = next((i for i, line in enumerate(lines) if ATTENDANCE_TABLE_HEADER.match(line.text)), None)
    return Attendance() if header is None else table_rows(lines[header + 1:])


def opening_rows(lines: list[Line]) -> list[Line]:
    """The same table without its header, opening a roll-call minute: "B. ROLL CALL" over "Marylee Abrams, Mayor
    Present", "Nikki Villavicencio, Councilmember Absent" (US city councils print their roll call so); two rows at
    least, as a table has, not a sentence."""
    rows = list(itertools.takewhile(lambda ln: ATTENDANCE_TABLE_ROW.match(ln.text.strip()), lines))
    return rows if len(rows) >= 2 else []


def table_rows(lines: list[Line]) -> Attendance:
    """The rows of an attendance table up to the first line that is none."""
    attendance = Attendance()
    for line in lines:
        row = ATTENDANCE_TABLE_ROW.match(line.text.strip())
        if not row:
            break
        status = row.group("status").lower()
        key = "absent" if status == "absent" else "apologies" if status in ("excused", "apologies") else "present"
        words = row.group("who").replace(",", " ").split()
        name = list(itertools.takewhile(lambda w: not (ROLE_WORD.fullmatch(w) or HONORIFIC.fullmatch(w)), words))
        role = " ".join(words[len(name):]) or None
        title = role if role and HONORIFIC.fullmatch(role) else None  # "Commissioner" is how they are addressed
        attendance.add(key, [Person(name=" ".join(name) or row.group("who"), role=None if title else role, title=title)])
    return attendance


# --- One minute ---

def build_minute(section: Section, anchors: set[str]) -> Minute:
    minute = Minute(number=section.number, title=clean_spaces(section.title),
                    anchor=unique_anchor(section.number or section.title, anchors))
    body_paragraphs = section_paragraphs(section)
    adopted = [clean_spaces(m.group("text")) for text in [minute.title] + body_paragraphs
               for m in ADOPTED_RESOLUTION.finditer(text)]
    # the item's matter decided in the sentence that closes it: "This Resolution was adopted." (Legistar)
    adopted += [m.group("text") for sentence in sentences_of(body_paragraphs) if (m := MATTER_DECIDED.match(sentence))]
    minute.resolutions = resolved_entries(section.body) + adopted
    # a title that is the motion's sentence ("(10-561 CC/10-78 CIC) Councilmember/Commissioner Matarrese moved
    # approval of continuing the meeting past 12:00 midnight.") is the first of the minute's text
    moved_in_title = [minute.title] if MOTION_SENTENCE.search(minute.title) else []
    minute.motions = ([resolution_motion(section, body_paragraphs)] if section.movers
                      else find_motions(moved_in_title + body_paragraphs))
    text = " ".join([section.title, section.rest] + body_paragraphs)
    if ITEM_WITHDRAWN.search(text):
        minute.outcome = "withdrawn"
    elif any(ITEM_DEFERRED.search(s) and not OTHER_BUSINESS_DEFERRED.search(s)
             for s in sentences_of([unfailed(text, minute.motions)])):
        minute.outcome = "deferred"
    return minute


def unfailed(text: str, motions: list[Motion]) -> str:
    """The minute's text without the words of its motions that failed: "THAT the application be deferred …" over
    "DEFEATED" (a Canadian council) or an amendment to defer that fell (a Scottish one) put nothing off."""
    text = clean_spaces(text)
    for motion in motions:
        if motion.result == "failed" and motion.text:
            text = text.replace(motion.text, " ")
    return text


def minute_items(sections: list[Section], built: list[Minute]) -> tuple[list[Minute], dict[int, Minute | None]]:
    """The minutes, and which minute each section's text belongs to.

    A section under an unnumbered heading is a minute of its own where the document numbers none, or
    where what it decides names its heading's business ("CONSENT CALENDAR" over "moved approval of the
    Consent Calendar", "ADJOURNMENT" over "moved to adjourn"); otherwise its heading is one inside the
    minute above ("COUNCIL DELIBERATES" over the motions on the hearing), or a group of minutes
    ("OLD BUSINESS"), and what it decides belongs to the minute above. A motion under one of a group's
    minutes that names the group ("moved that the Consent Calendar be accepted" under its item *E) is the
    group's, which is then a minute of its own.
    """
    numbering = any(section.number for section in sections)
    items: list[Minute] = []
    owners: dict[int, Minute | None] = {}
    group: tuple[Section, Minute, int, Minute | None] | None = None  # heading, its minute, where, the minute above
    for section, minute in zip(sections, built):
        if section.number or section.acting_body or not numbering or names_its_business(minute):
            if section.number and group:
                lift_to_group(minute, group, items, owners)
            elif not section.number and not section.acting_body:
                group = None
            items.append(minute)
            owners[id(section)] = minute
        else:
            above = items[-1] if items else None
            if above:
                above.resolutions += minute.resolutions
                above.motions += minute.motions
                above.outcome = above.outcome or minute.outcome
            owners[id(section)] = above
            group = (section, minute, len(items), above)
    return items, owners


def lift_to_group(minute: Minute, group, items: list[Minute], owners: dict[int, Minute | None]) -> None:
    """Move the motions of ``minute`` that name its group's heading to the group, made a minute of its own."""
    section, heading_minute, position, above = group
    title = " ".join(re.findall(r"\w+", heading_minute.title.lower()))
    if len(title.split()) < 2:
        return
    named = [m for m in minute.motions if title in " ".join(re.findall(r"\w+", m.text.lower()))]
    if not named:
        return
    if heading_minute not in items:
        if above:  # what the heading's own text decided was given to the minute above: it is the group's
            above.resolutions = [r for r in above.resolutions if r not in heading_minute.resolutions]
            above.motions = [m for m in above.motions if m not in heading_minute.motions]
        items.insert(position, heading_minute)
        owners[id(section)] = heading_minute
    for motion in named:
        minute.motions.remove(motion)
        heading_minute.motions.append(motion)


def names_its_business(minute: Minute) -> bool:
    """A decision under an unnumbered heading that names the heading's business."""
    words = [w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", minute.title)
             if not MEETING_BODY.fullmatch(w) and w.lower() not in TITLE_FILLER]
    decided = " ".join([m.text for m in minute.motions] + minute.resolutions).lower()
    return bool(words) and any(re.search(rf"\b{re.escape(w)}", decided) for w in words)


def section_paragraphs(section: Section) -> list[str]:
    return [join_wrapped([ln.text for ln in group]) for group in body_groups(section.body)]


def decision_cells(tables: list[TableRegion]) -> list[str]:
    """The cells of a table's decision column ("Organisation | … | Recommendation" over "… | Approved. Committee
    resolved to fund from the social inclusion budget."): a table of applications decided one by one."""
    cells = []
    for table in tables:
        header = table.rows[0] if table.rows else []
        columns = [i for i, cell in enumerate(header) if DECISION_COLUMN.fullmatch(clean_spaces(cell))]
        cells += [clean_spaces(row[i]) for row in table.rows[1:] for i in columns if i < len(row) and row[i].strip()]
    return cells


def prose_decisions(paragraph_texts: list[str]) -> list[str]:
    """Sentences that record a decision ("Resolved to pay both", "this quote was approved").

    A decision that introduces its parts takes them: "Committee resolved to:" over "i) Approve …",
    "ii) Note …" is two decisions; "The following payments were agreed:" over a list of payments is one,
    and so is a response to a planning application given in parts ("i) No observations regarding …").
    """
    out: list[str] = []
    parts: list[str] | None = None  # the entries of a decision that split into its parts
    listed: list[str] | None = None  # the decision a list below belongs to
    for text in paragraph_texts:
        entry = NUMBERED_ENTRY.match(text)
        if entry and parts is not None:
            if not parts:
                out.pop()  # "Committee resolved to:" is said by its parts
            parts.append(text)
            out.append(text[entry.end():].strip())
            continue
        if entry and listed is not None:
            out[-1] = f"{out[-1]} {text}"
            continue
        if entry and PLANNING_RESPONSE.match(text[entry.end():]):
            out.append(text)  # a response in parts: "i) No observations regarding …" "ii) Objections to …"
            parts, listed = None, []
            continue
        parts = listed = None
        sentences = sentences_of([text])
        for index, sentence in enumerate(sentences):
            proposal = PROPOSAL.search(sentence)
            agreed = proposal and PROPOSAL_CARRIED.search(sentence[proposal.end():])
            response = PLANNING_RESPONSE.match(sentence) and len(sentences) == 1 and len(sentence.split()) <= 8
            decides = (PROSE_DECISION.search(sentence) or agreed or response) and not RESULT_LINE.match(sentence)
            # ("ADOPTÉE À L'UNANIMITÉ" says how, not what; a proposal agreed in its sentence says both)
            if decides and (not MOTION_SENTENCE.search(sentence) or agreed_in_sentence(sentence)):
                if IMPERSONAL_DECISION.match(sentence):
                    sentence = " ".join(sentences[:index + 1])  # it was proposed: what the paragraph said
                    if numbered := NUMBERED_ENTRY.match(sentence):
                        sentence = sentence[numbered.end():]  # "12i) A new laptop …": the entry, not its number
                out.append(sentence)
                parts = [] if re.search(r"\bto\s*:\s*$", sentence) else None
                listed = [] if parts is None and re.search(r":-?\s*$", sentence) else None
    return out


# A title that runs on into the next minute's: "… Located at 1590 Fortmann Way; and".
TAKEN_WITH_NEXT = re.compile(r";\s*and\s*$")
SUB_ITEM = re.compile(r"^(?P<parent>.+?)[-.](?:[A-Z]|[ivx]{1,4})$|^(?P<lettered>.+?\d)[A-Z]$")  # "4-A-iv", "10-547B"
FILED_SUB_ITEM = re.compile(r"^(?P<file>\d{1,2}-\d{2,3})\s[A-Z](?:\s|$)")  # "14-339 A CC"
DECIMAL_SUB_ITEM = re.compile(r"^(?P<parent>\d{1,2})\.(?!0$)\d{1,2}$")  # "4.2" under "4" or "4.0"
# A group of items decided in one vote: "CONSENT CALENDAR", "Approval of Consent Agenda".
CONSENT_GROUP = re.compile(r"\bconsent\s+(?:calendar|agenda|items)\b", re.I)
# A motion that decides a group of items names them in the plural: "moved adoption of the resolutions".
GROUP_OBJECT = re.compile(r"\bthe\s+(?:\w+\s+)?(?:resolutions|items|ordinances|recommendations|appointments)\b", re.I)


def lift_group_motions(items: list[Minute]) -> None:
    """A vote on a group of sub-items, recorded under the last of them, belongs to their parent.

    "Member Nolan moved to approve Consent Calendar items 4-A, 4-B …" under 4-A-iv
    is minute 4's motion: it names the parent's title or several of its sub-items; "moved adoption of
    the resolutions" under 10-547B (after 10-547 and 10-547A) adopts them all, and is 10-547's. The vote
    recorded after the last item of a consent calendar is the calendar's, whatever it says ("RESULT: APPROVED"
    over "MOTION BY: Garcia" after "4. APPROVAL OF CONSENT CALENDAR", "1. …", "2. …"), unless the calendar's
    items were voted one by one (Legistar's "A motion was made by …" under each of "3.A.", "3.B."), or the motion is
    on its own matter (OWN_MATTER_MOTION: "that this Minutes be Approved" under the calendar's only item).
    Items numbered by a decimal under their heading ("4. CONSENT AGENDA" over "4.1", "4.2", "4.3", as school
    boards and Canadian councils number them) are lifted only as a consent calendar's: elsewhere a decimal
    sub-item is business of its own ("5.1 Ordinary Council Meeting" under "5. MINUTES" confirms those minutes).
    """
    parents = group_parents(items)
    for index, item in enumerate(items):
        parent = parents.get(id(item))
        if not parent:
            continue
        last = index + 1 == len(items) or parents.get(id(items[index + 1])) is not parent
        voted_one_by_one = any(parents.get(id(other)) is parent and other.motions for other in items[:index])
        for motion in list(item.motions):
            names_parent = bool(parent.title) and parent.title.lower() in motion.text.lower()
            siblings = len(re.findall(rf"\b{re.escape(parent.number)}-[A-Z]", motion.text))
            consent = (last and CONSENT_GROUP.search(parent.title) and not parent.motions and not voted_one_by_one
                       and not OWN_MATTER_MOTION.search(motion.text))
            grouped = not DECIMAL_SUB_ITEM.match(item.number) and (
                names_parent or siblings >= 2 or GROUP_OBJECT.search(motion.text))
            if grouped or consent:
                item.motions.remove(motion)
                parent.motions.append(motion)


def group_parents(items: list[Minute]) -> dict[int, Minute]:
    """id(item) → the minute it is a sub-item of: numbered under it ("7-A", "3.B", "14-339 A CC", "4.2") or counted
    afresh under it ("4." then "1.", "2." then "5.")."""
    by_number = {item.number: item for item in items}
    parents: dict[int, Minute] = {}
    main: Minute | None = None
    for item in items:
        if main and item.number.isdigit() and main.number.isdigit() and int(item.number) < int(main.number):
            parents[id(item)] = main
            continue
        decimal = DECIMAL_SUB_ITEM.match(item.number)
        parent = parent_of(item.number, by_number) or (decimal and (by_number.get(decimal.group("parent"))
                                                                    or by_number.get(decimal.group("parent") + ".0")))
        if parent:
            parents[id(item)] = parent
        elif item.number.isdigit():
            main = item
    return parents


def take_together(items: list[Minute]) -> None:
    """Minutes printed as one sentence, each but the last ending "; and", are taken together: "(10-560 CC)
    Recommendation to Authorize … 1590 Fortmann Way; and" over "(10-77 CIC) Recommendation to Approve …". The
    motions recorded under the last are the first's; what became of them (deferred) is every one's."""
    for first, following in reversed(list(zip(items, items[1:]))):
        if not (first.number and following.number and TAKEN_WITH_NEXT.search(first.title)):
            continue
        first.motions += following.motions
        following.motions = []
        first.outcome = following.outcome = first.outcome or following.outcome


def parent_of(number: str, by_number: dict[str, Minute]) -> Minute | None:
    lettered = FILED_SUB_ITEM.match(number)
    if lettered:  # "14-339 A CC" under "14-339 CC/14-01 CAFA": the item filed under the same number
        return next((item for item in by_number.values() if item.number.split()[:1] == [lettered.group("file")]
                     and not FILED_SUB_ITEM.match(item.number)), None)
    m = SUB_ITEM.match(number)
    while m:
        above = m.group("parent") or m.group("lettered")
        parent = by_number.get(above)
        if parent and not SUB_ITEM.match(parent.number):
            return parent
        m = SUB_ITEM.match(above)
    return None


def unique_anchor(number: str, anchors: set[str]) -> str:
    base = "min-" + slugify(number.replace(".", "-"), 40)
    anchor, n = base, 2
    while anchor in anchors:
        anchor, n = f"{base}-{n}", n + 1
    anchors.add(anchor)
    return anchor


def body_groups(lines: list[Line]) -> list[list[Line]]:
    """Paragraphs of a minute; a decision, a "FIELD:" line, or a line after a short one starts its own.

    A line is short when it ends well before the text's right edge; an entry of a list of people
    ("Name, Role") also when the next, another entry, would have begun on it: "Roger Edwardson, …,
    Learning and Skills" / "Sue Green, …" are two attendees, however long the first line.
    """
    groups: list[list[Line]] = []
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    for group in paragraphs(lines):
        for line in group:
            prev = groups[-1][-1] if groups else None
            after_short = (prev is not None and (prev.x1 < right_edge * SHORT_LINE_SHARE or _next_entry(prev, line, right_edge))
                           and not INTRODUCES.search(prev.text))
            # (the proposition under its mover's or seconder's field opens its own: "Seconded by: Deputy Mayor N. Beatty"
            # over "That the meeting be adjourned at 8:12 p.m.", however long the field's line)
            if (prev is None or line is group[0] or after_short or OWN_PARAGRAPH.match(line.text)
                    or NUMBERED_ENTRY.match(line.text) or (motion_field_line(prev.text) and PROPOSITION.match(line.text))):
                groups.append([line])
            else:
                groups[-1].append(line)
    return groups


def _next_entry(prev: Line, line: Line, right_edge: float) -> bool:
    """``line`` is the next entry of a list of people, not ``prev`` wrapped: both are "Name, Role", and the
    first word of ``line`` (a space, and a letter to spare) would have fitted after ``prev``."""
    return (first_word_fits(prev, line, right_edge)
            and parse_listed_line(prev.text) is not None and parse_listed_line(line.text) is not None)


def first_word_fits(prev: Line, line: Line, right_edge: float) -> bool:
    """The first word of ``line`` (a space, and a letter to spare) would have fitted after ``prev``: ``prev``
    ended where its writer ended it, it did not wrap."""
    words = line.text.split()
    char_width = (prev.x1 - prev.x0) / max(1, len(prev.text))
    return bool(words) and prev.x1 + char_width * (len(words[0]) + 2) < right_edge


def resolved_entries(lines: list[Line]) -> list[str]:
    """Each entry of the minute's RESOLVED blocks, verbatim without its number or bullet.

    "RESOLVED that Council:" (or "RESOLVED:") introduces its entries, numbered, lettered or bulleted, or set
    flush under it a line or more each ("RESOLVED to make the following observations:" / "24/0123/FUL 12 High
    Street – No objection", up to a paragraph's gap); "RESOLVED that the report be noted" is one. A decision field ("Välfärdsnämndens beslut:") over the
    decision set under it is one too, up to the rule that closes it; where a minute quotes the decisions
    of bodies that dealt with the matter before ("Stadsstyrelsens beslut:"), its own is the last.
    """
    entries: list[list[str]] = []
    inside, entry_x0, block_x0, bulleted, flush, awaiting = False, 0.0, 0.0, False, False, False
    block_start = 0  # the index in entries of the block's first entry
    gap = line_step(lines)
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    own_field = last_decision_field(lines)
    for index, (prev, line) in enumerate(zip([None] + lines, lines)):
        in_sentence = None if RESOLVED_BLOCK.match(line.text) else RESOLVED_IN_SENTENCE.search(line.text)
        block = in_sentence or RESOLVED_BLOCK.match(line.text)
        rest = without_movers(line.text[block.end():].strip()) if block else None
        if index == own_field:
            rest = (DECISION_FIELD.match(line.text).group("rest") or "").strip() if DECISION_FIELD.match(line.text) else ""
        said = sentences_of([rest]) if in_sentence and rest else []
        if len(said) > 1:
            rest = said[0]  # "… Resolved: to award £500 to Holmfirth Arts. Cllr Dixon returned.": the decision ended
        if rest is not None:
            inside, block_x0, bulleted, flush, block_start = len(said) <= 1, line.x0, False, False, len(entries)
            awaiting = decision_label_alone(line.text)  # "COUNCIL RESOLUTION", "Decision" over the decision below
            if rest and not INTRODUCES_ENTRIES.search(rest):
                entries.append([rest])
                entry_x0 = line.x0
            elif not rest and in_sentence:
                entries.append([])  # "… a phenderfynwyd" / "talu'r anfonebau.": the sentence's decision wraps on
                entry_x0 = line.x0
            else:
                entry_x0 = None  # the entries follow
            continue
        if not inside:
            continue
        if RULE_LINE.match(line.text) or DECISION_AFTERWORD.match(line.text):
            inside = False  # a rule under the decision, or "Reasons for decision:" after it
            continue
        if MEETING_CLOSED_LINE.match(line.text):
            inside = False  # "The meeting finished at 8.35 pm" under the last decision is none of it
            continue
        if awaiting and motion_field_line(line.text):
            continue  # "COUNCIL RESOLUTION" over "Moved: Cr Ellery", "Seconded: Cr McNeil", then the decision
        if motion_field_line(line.text) or RESULT_LINE.match(line.text) or ROLL_CALL_VOTE.match(line.text.strip()):
            # "Moved: Cr Eddy", "Seconded: …", "CARRIED 5/1" under "RESOLUTION:" and its decision; a division under
            # "RESOLVED (Greenhill/Brown)" ("For: Councillors …", "Against: …")
            inside = False
            continue
        was_awaiting, awaiting = awaiting, False
        numbered = NUMBERED_ENTRY.match(line.text) or next_bare_number(line, lines[index + 1:], len(entries) - block_start)
        # bullets are entries of their own, or the parts of a numbered entry they stand under
        bullet = BULLET.match(line.text) if is_bullet(line.text) and (entry_x0 is None or bulleted) else None
        if numbered or bullet:
            entries.append([line.text[(numbered or bullet).end():]])
            entry_x0, bulleted = line.x0, not numbered
        elif entry_x0 is None and (line.x0 > block_x0 + 5 or was_awaiting):
            entries.append([line.text])  # "RESOLVED that:" over one indented decision, "Decision" over the decision
            entry_x0 = line.x0
        elif entry_x0 is None and wraps_flush(line, prev, block_x0, gap):
            entries.append([line.text])  # the entries set flush under the lead-in, with no gap between
            entry_x0, flush = line.x0, True
        elif flush and wraps_flush(line, prev, entry_x0, gap) and prev.x1 < right_edge * SHORT_LINE_SHARE:
            entries.append([line.text])  # the entry above ended short of the margin: this line is the next
        elif entries and entry_x0 is not None and (line.x0 > entry_x0 + 5 or wraps_flush(line, prev, entry_x0, gap)):
            entries[-1].append(line.text)
        elif CONNECTIVE_LINE.match(line.text):
            entry_x0 = None  # "And;" between two parts of the decision, each with its lead-in
        else:
            inside = False
    texts = [unquoted(EMPHASIS.sub("", clean_spaces(join_wrapped(e)))) for e in entries if e]
    # a lead-in over the entries ("This Council believes that:", "… Cabinet Member … to:") is said by them
    return [t for i, t in enumerate(texts) if not (i + 1 < len(texts) and INTRODUCES_ENTRIES.search(t))]


def next_bare_number(line: Line, below: list[Line], count: int) -> re.Match | None:
    """The next entry of a decision numbered without a stop or bracket: "1 The business paper … be received." then
    "2 Council adopt …" under "Resolution" (New Zealand district councils). The first only where a second follows at
    its indent: "1 Church Lane – No objection" under "RESOLVED:" is an address; a number out of the count opens none."""
    m = BARE_NUMBER.match(line.text)
    if not m or int(m.group(1)) != count + 1:
        return None
    if count == 0 and not any(abs(ln.x0 - line.x0) <= 2 and (n := BARE_NUMBER.match(ln.text)) and n.group(1) == "2"
                              for ln in below):
        return None
    return m


# A decision set wholly in double quotes, its full stop inside or after them: 'Resolved: "that the payments … be
# approved."' (English parishes), 'resolved: “That the minutes … be adopted.”' (Irish councils).
QUOTED = re.compile(r'^[“"](?P<text>[^“”"]+)[”"](?P<stop>[.;]?)$')


def unquoted(text: str) -> str:
    """A decision without the quotation marks around it, as a labeller records it (the words stay verbatim)."""
    quoted = QUOTED.match(text.strip())
    return f"{quoted.group('text').strip()}{quoted.group('stop')}" if quoted else text


def motion_field_line(text: str) -> bool:
    """A line that opens with a mover's or seconder's field: "Moved: Cr Eddy", "Seconded by: Councillor Mutton"."""
    fields = MOVER.match(text.strip()), SECONDER.match(text.strip())
    return any(m and (m.group("lead") or m.group("after")) for m in fields) or bool(MOVED_SECONDED.match(text.strip()))


def decision_label_alone(text: str) -> bool:
    """ "Decision" or "RESOLVED" on a line of its own, over the decision set flush below it."""
    field_match, block = DECISION_FIELD.match(text), RESOLVED_BLOCK.match(text)
    return bool(field_match and field_match.group("alone")) or bool(block and not text[block.end():].strip())


def opens_decision(text: str) -> bool:
    """A line that records a decision formally: a RESOLVED block, "The Committee RESOLVED …", a decision field."""
    return bool(RESOLVED_BLOCK.match(text) or RESOLVED_IN_SENTENCE.search(text) or DECISION_FIELD.match(text))


def last_decision_field(lines: list[Line]) -> int | None:
    """The index of the minute's own decision field: the last one, its label read ("Välfärdsnämndens
    beslut:") or, where the text layer garbled it ("Välfärdsnämndens beslui:"), the label set in the
    proposal field's type and margin next after it."""
    found = None
    proposal: Line | None = None
    for index, line in enumerate(lines):
        if PROPOSAL_FIELD.search(line.text):
            proposal = line
        elif DECISION_FIELD.match(line.text):
            found, proposal = index, None
        elif (proposal and line.bold == proposal.bold and abs(line.x0 - proposal.x0) <= 2
              and re.search(r":\s*\w{0,2}$", line.text) and len(line.text.split()) <= 3):
            found, proposal = index, None
    return found


def wraps_flush(line: Line, prev: Line | None, entry_x0: float, gap: float) -> bool:
    """An entry's text wrapping back to where its bullet or number stood (no hanging indent)."""
    return prev is not None and abs(line.x0 - entry_x0) <= 5 and 0 < line.top - prev.top <= gap * 1.35


# --- Motions ---

def find_motions(paragraph_texts: list[str]) -> list[Motion]:
    """Motions: a sentence that moves opens one; the sentences after it say who seconded and how it went."""
    units: list[list[str]] = []
    loose: list[str] = []  # sentences before the first motion
    for sentence in sentences_of(paragraph_texts):
        result_field = MOTION_RESULT_FIELD.match(sentence)
        moved_seconded = MOVED_SECONDED.search(sentence)
        if moved_seconded and moved_seconded.group("mover_pair"):
            # "That the minutes … be confirmed." over "Cr Young/Mayor Tane CARRIED": the pair closes the proposition above
            units.append([sentence] + (proposition_above(units[-1], keep=1) if units else proposition_above(loose)))
        # "M/S Commissioner Robbins / Commissioner Navarro." names who moved the motion above, unless it had its seconder
        elif moved_seconded and units and not any(MOVED_SECONDED.search(s) or SECONDER.search(s) or PROPOSAL.search(s)
                                                for s in units[-1]):
            units[-1].append(sentence)
        elif (units and units[-1][0] == "" and motion_field_line(sentence) and not re.search(r"\b(?:that|to)\b", sentence, re.I)
              and not any(motion_field_line(s) for s in units[-1][1:])):
            # "RESULT: ADOPTED [UNANIMOUS]" over "MOVER: Sam Liccardo, Councilmember" (Granicus): the motion recorded
            # as fields names its mover under its result
            units[-1].append(sentence)
        elif ((MOTION_SENTENCE.search(sentence) and not AGENDA_REORDERED.search(sentence)) or moved_seconded
              or PROPOSAL.search(sentence) or SUBSTANTIVE_VOTE.search(sentence)):
            units.append([sentence])
        elif result_field and (not units or any(MOTION_RESULT_FIELD.match(s) for s in units[-1])):
            units.append(["", sentence])  # a motion recorded only as fields
        elif units:
            units[-1].append(sentence)
        else:
            loose.append(sentence)
    for index, unit in enumerate(units):
        if bare_fields(unit[0]) and not proposition(unit[1:]):
            # "RESOLUTION: That Council …" over "Moved: Cr Eddy", "Seconded: Cr Taylor", "CARRIED 5/1" (Australia):
            # the fields close the proposition above them
            unit[1:1] = proposition_above(units[index - 1], keep=1) if index else proposition_above(loose)
    motions = [motion_from(unit) for unit in units]
    settle_amendments(units, motions)
    for unit, motion in zip(units, motions):
        if (put := SUBSTANTIVE_VOTE.search(unit[0])) and motions[0] is not motion:
            # the motion as it stands, in the words of its part put ("“debates and decides …”"), or of the motion moved
            quoted = re.search(r"[“\"](?P<part>[^”\"]{12,})[”\"]", put.group("what"))
            motion.text = quoted.group("part") if quoted else moved_text(units[0], motions[0])
    # "The Chair had agreed for agenda item 10 to be moved up the agenda" moves no motion.
    return [m for m in motions if m.mover or m.result]


def settle_amendments(units: list[list[str]], motions: list[Motion]) -> None:
    """The vote between a motion and the amendment moved to it, told in one sentence, says how they went:
    "On a vote being taken, the motion received 3 votes and the amendment 2 votes, … and the motion was therefore
    carried" under "As an amendment, Ms K Willis, seconded by Mr S Fuller, moved …" (Scottish councils; English
    ones: "On being put to the vote the amendment was lost"). The sentence follows the amendment, so it read as the
    amendment's own result. An amendment that carried replaces the motion, which is then put to no vote; one that
    fell leaves the motion to its own vote."""
    for index, unit in enumerate(units):
        outcome = next((m for m in map(MOTION_OR_AMENDMENT_RESULT.search, unit) if m), None)
        if not outcome or not AMENDMENT_MOVED.match(unit[0]):
            continue
        motion = next((motions[i] for i in range(index - 1, -1, -1) if not AMENDMENT_MOVED.match(units[i][0])), None)
        named = {"motion": motion, "amendment": motions[index]}
        carried = outcome.group("result") == "carried" or bool(outcome.group("adopted"))
        which = outcome.group("which") or outcome.group("adopted")
        winner = which if carried else None
        loser = which if not carried else ("amendment" if winner == "motion" else "motion")
        counts = next((c for c in map(DIVISION_COUNTS.search, unit) if c), None)
        found = {k: v for k, v in counts.groupdict().items() if v} if counts else {}
        votes = {v: found[f"{k}_votes"] for k, v in found.items() if not k.endswith("_votes")}
        for which, result in ((winner, "carried"), (loser, "failed" if loser == "amendment" or not carried else None)):
            if which and named[which]:
                other = "amendment" if which == "motion" else "motion"
                named[which].result = result
                named[which].vote = f"{votes[which]}-{votes[other]}" if result and len(votes) == 2 else None


def resolution_motion(section: Section, paragraph_texts: list[str]) -> Motion:
    """A resolution printed as its number, mover and seconder over the motion and its result ("Carried.")."""
    mover, seconder = section.movers
    text = " ".join(paragraph_texts)
    result = re.search(r"\s*\b(?:(?:motion\s+)?(?:carried|defeated|lost|failed)(?:\s+unanimously)?)\.?\s*", text, re.I)
    outcome = None
    if result:
        outcome = "failed" if MOTION_FAILED.search(result.group()) else "carried"
        text = text[:result.start()].strip()  # what follows the result is no part of the motion
    return Motion(text=clean_spaces(text), mover=mover, seconder=seconder, result=outcome)


def motion_from(unit: list[str]) -> Motion:
    opening = unit[0]
    text = " ".join(unit)
    motion = Motion(text=(bare_fields(opening) and proposition(unit[1:])) or opening)
    fields = MOVED_SECONDED.search(text)
    proposal = PROPOSAL.search(opening)
    if proposal:
        # "Mr Sweetland proposed, and Mr Ridgers seconded, that …": one sentence names both
        motion.mover, motion.seconder = first_name(named(proposal, "mover")), first_name(named(proposal, "seconder"))
        if agreed_in_sentence(opening):
            motion.result = "carried"
            # "…, the Board approved the agenda by a vote of 5 to 0."
            tally = VOTE_TALLY.search(opening[proposal.end():])
            motion.vote = tally_of(tally) if tally else None
    else:
        slashed = fields.group("mover_slash") if fields else None  # "Smith/Jones moved …": not Jones
        motion.mover = first_name(slashed) or person_in(MOVER, opening) or person_in(MOVER, text) or (
            first_name(named(fields, "mover")) if fields else None) or next(
            (person_in(MOVER, s) for s in unit[1:] if motion_field_line(s)), None)  # "MOVER: …" under "RESULT: …"
        # sentence by sentence: "Seconded by Warden Clark" over "Whereas the federal government …"
        motion.seconder = next((person_in(SECONDER, s) for s in unit if SECONDER.search(s)), None) or (
            first_name(named(fields, "seconder")) if fields else None)
    # a result on a line of its own ("DEFEATED" under "THAT By-law 2025-12 … be read and passed.") is read first:
    # the proposition's own words may sound like one
    for index in sorted(range(len(unit)), key=lambda i: not RESULT_LINE.match(unit[i])):
        sentence = unit[index]
        if motion.result:
            break
        result_at = MOTION_FAILED.search(sentence) or MOTION_CARRIED.search(sentence)
        # the sentence that moves says how it went only in so many words ("…, the Board voted 4-0 to approve"; an
        # English parish's "Proposed Cllr Ellis, seconded Cllr Ward, all in favour, that …")
        if not result_at or (index == 0 and not re.search(r"\b(?:passed|carried|failed|voted|all\s+in\s+favou?r)\b",
                                                          sentence, re.I)):
            continue
        motion.result = "failed" if MOTION_FAILED.search(sentence) else "carried"
        # The tally follows the result, in its sentence or a field below ("RESULT: FAILED [4-2-1-1]").
        vote = next((v for v in (VOTE_TALLY.search(t) for t in [sentence[result_at.start():]] + unit[index + 1:])
                     if v), None) or tally_alone(unit[1:index])
        motion.vote = tally_of(vote) if vote else None
        break
    if not motion.result and ((fields and fields.group(0).lstrip().startswith("RESOLVED"))
                              or (proposal and RESOLVED_BLOCK.match(opening))
                              or (motion.mover and any(RESOLVED_BLOCK.match(s) for s in unit[1:]))):
        # "RESOLVED (Brown/Hoare)", "RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by …": the motion its
        # movers put is the decision; so is one resolved under them ("Proposed by Councillor Donnelly" / "Seconded by
        # Councillor Baker and" / "RESOLVED That planning permission be refused.", Northern Irish councils)
        motion.result = "carried"
    motion.votes = roll_call(unit)
    motion.vote = motion.vote or vote_field(unit) or named_vote(unit) or roll_call_count(unit, motion.votes)
    counts = re.fullmatch(r"(\d+)-(\d+)(?:-\d+)*", motion.vote or "")
    if counts and not motion.result:  # "Vote: 4-0-1 (Fox abstained)." says no result but the count does
        motion.result = "carried" if int(counts.group(1)) > int(counts.group(2)) else "failed"
    return motion


def agreed_in_sentence(sentence: str) -> bool:
    """A proposal agreed in its own sentence, after the proposal ("… seconded by Cllr. K. Davies and unanimously
    approved"; "On the proposal of Cllr. Fitzpatrick, seconded by Cllr. Aylward, the minutes … were adopted", Irish
    councils) or before it ("The minutes … were approved as a true record, proposed by Cllr Jones and seconded by
    Cllr Evans.", Welsh community and English parish councils)."""
    proposal = PROPOSAL.search(sentence)
    return bool(proposal and (PROPOSAL_CARRIED.search(sentence[proposal.end():])
                              or PROPOSAL_CARRIED.search(sentence[:proposal.start()])))


def moved_text(unit: list[str], motion: Motion) -> str:
    """What a motion moved: the sentences after its opening where that introduces them ("Mr Gough proposed, and
    Mr Jeffrey seconded the motion that" over "Council is asked to: 1. Note …"), else its text."""
    if len(unit) > 1 and re.search(r"\b(?:that|following\s+motion)\s*:?\s*$", unit[0], re.I):
        return clean_spaces(" ".join(unit[1:]))
    return motion.text


def proposition_above(sentences: list[str], keep: int = 0) -> list[str]:
    """Take from the end of ``sentences`` the proposition they end with (from its "That …"), if any, leaving
    their first ``keep`` (the motion they belong to)."""
    start = next((i for i in range(len(sentences) - 1, keep - 1, -1) if PROPOSITION.match(sentences[i])), None)
    if start is not None:
        taken = sentences[start:]
        del sentences[start:]
        return taken
    # else the decision under its label: "Resolution" over "Apologies were received from Cr Lyn Neeson." over
    # "Kirton/Doyle Carried" (New Zealand district councils word their resolutions without "That")
    start = next((i for i in range(len(sentences) - 1, keep - 1, -1) if RESOLVED_BLOCK.match(sentences[i])), None)
    if start is None:
        return []
    taken = sentences[start:]
    del sentences[start:]
    return taken


def named(match: re.Match, role: str) -> str | None:
    """Who a match of a motion's conventions names as ``role`` ("mover", "seconder"), in whichever of its
    wordings matched (groups "mover_by", "mover_field", …)."""
    return next((v for k, v in match.groupdict().items() if k.startswith(role) and v), None)


def bare_fields(sentence: str) -> bool:
    """A sentence that only names who moved or seconded: "Moved by: Councillor Reed", "Moved Cr Tachos", "Proposed by
    Alderman Ashe Seconded by Councillor Johnston and" (over "AGREED – that …", Northern Irish councils)."""
    rest = sentence
    for convention in (PROPOSAL, MOVED_SECONDED, SECONDER, MOVER):
        rest = convention.sub(" ", rest)
    # (the result after New Zealand's pair is no proposition, in any case: "Goddard/Todd Carried")
    rest = re.sub(r"^\s*(?i:carried|lost|defeated)\b\W*$", " ", rest)
    return not re.search(r"[a-z]{3,}", re.sub(r"\s(?:by|and)\b", " ", rest))


def proposition(sentences: list[str]) -> str:
    """What a motion recorded as fields put to the meeting: the sentences from "That …" (under "Moved Cr X",
    "Seconded Cr Y") up to its result ("CARRIED") or tally; a decision's label before the "that" ("AGREED – that …",
    "Resolved: That …") says it carried, and is no part of it."""
    taken: list[str] = []
    labelled = False  # a decision's label alone on its line: the decision follows ("Resolution" over "Apologies …")
    for sentence in sentences:
        if taken and (MOTION_RESULT_FIELD.match(sentence) or VOTE_FIELD.match(sentence) or is_result_line(sentence)
                      or ROLL_CALL_VOTE.match(sentence) or motion_field_line(sentence)
                      or MEETING_CLOSED_LINE.match(sentence) or roll_call_lead_alone(sentence)):
            break  # (the meeting's close under the last motion, "Rangiaho/James CARRIED" over it, is none of it)
        label = None if taken else RESOLVED_BLOCK.match(sentence) or RESOLVED_IN_SENTENCE.search(sentence)
        if label and label.start() == 0 and sentence[label.end():].strip():
            taken.append(sentence[label.end():])  # "Seconded by Alderman Kelly and AGREED – that …": what was agreed
        elif label and label.start() == 0:
            labelled = True
        elif taken or labelled or PROPOSITION.match(sentence):
            taken.append(sentence)
    text = clean_spaces(" ".join(taken))
    for option in ROLL_CALL_VOTE.finditer(text):
        # "… as presented. Ayes: Hanson, …", "… as set out in Schedule A. Recorded Vote: Yea: …" (Ontario)
        before = text[:option.start()]
        lead = ROLL_CALL_LEAD.search(before) if option.start() else None
        head = before[:lead.start()] if lead and lead.group().strip() else before
        if option.start() and head.rstrip().endswith("."):
            return head.strip()
    return text


def roll_call_lead_alone(sentence: str) -> bool:
    """ "Recorded Vote:", "A division was called:" as a sentence of its own, over the roll call."""
    return bool(sentence.strip() and ROLL_CALL_LEAD.fullmatch(sentence.strip()))


def is_result_line(sentence: str) -> bool:
    """A result standing alone: "CARRIED", "Motion carried 5-0.", "DEFEATED", "Carried unanimously"."""
    words = re.findall(r"[^\W\d_]+", sentence)
    return len(words) <= 4 and bool(MOTION_CARRIED.search(sentence) or MOTION_FAILED.search(sentence))


def vote_field(unit: list[str]) -> str | None:
    """The tally printed as a field of its own, before or after the result: "Vote: 4-0. Motion carried."."""
    for sentence in unit:
        field_at = VOTE_FIELD.match(sentence)
        tally = VOTE_TALLY.search(sentence[field_at.end():]) if field_at else None
        if tally:
            return tally_of(tally)
    return None


def tally_alone(sentences: list[str]) -> re.Match | None:
    """A tally that is a sentence of its own before the result: "Ayes 5, Nays 0." over "Motion carried." (US boards)."""
    return next((v for v in map(VOTE_TALLY.search, sentences) if v and v.group().strip() == v.string.strip(" .;")), None)


def tally_of(found: re.Match) -> str:
    """A printed tally as a vote: "[4-2-1-1]" → "4-2-1-1", "4/0" → "4-0", "(4 to 1)" → "4-1", "8 votes to 3" → "8-3"."""
    return re.sub(r"\s*/\s*|(?:\s+votes)?\s+to\s+", "-", clean_spaces(found.group("vote")).strip("[] "))


# What may stand before a roll call in its sentence: "The motion carried by the following vote: Ayes: …".
# ("Recorded Vote:" in Ontario, "A division was called:" in New South Wales and Queensland)
ROLL_CALL_LEAD = re.compile(
    r"(?:^|\b(?:(?:an?|on\s+a)\s+)?(?:(?:recorded\s+|roll\s+call\s+)?votes?(?:\s+was\s+(?:called|requested|taken))?"
    r"|follows|roll\s+call|division(?:\s+(?:was|being)\s+(?:called|requested|taken)(?:\s+for)?)?)\s*:?)\W*$", re.I)
OPTION_END = re.compile(r"(?:(?<=\d)|(?<=[a-z]{3}))\.(?:\s|$)|\s\[")
# A count printed with an option's members: before them ("Yes: 4 - Lee, …") or after ("… Gilmore – 3.").
# (or before the names in brackets: "Ayes: 3 (Gregory, Hanauer, Conley)", a US city council's roll call)
OPTION_COUNT = re.compile(r"^\s*(?P<before>\d{1,3})\s*(?:[–-]\s*|(?=\())|[–-]\s*(?P<after>\d{1,3})\W*$")


def roll_call_options(unit: list[str]):
    """(option, what follows it up to the next option) for each roll-call option recorded in the unit."""
    for sentence in unit:
        found = list(ROLL_CALL_VOTE.finditer(sentence))
        if not found or not ROLL_CALL_LEAD.search(sentence[:found[0].start()]):
            continue
        for m, following in zip(found, found[1:] + [None]):
            label = m.group("option").lower()
            option = next(key for key, prefixes in ROLL_CALL_OPTIONS.items() if label.startswith(prefixes))
            text = sentence[m.end():following.start() if following else len(sentence)]
            # the option ends with its sentence: "… Ezzy Ashcraft – 2. [Items so enacted …]"; "*Davis, **Hernandez":
            # marks for a note on how they attended
            yield option, OPTION_END.split(text, maxsplit=1)[0].replace("*", "")


def roll_call(unit: list[str]) -> dict[str, list[str]]:
    """The members recorded under each option of a roll-call vote: "AYES: Sherrard, Allen Fisk, Bello, Mendez"
    over "NAYS: Brown, Mashack" and "ABSTAIN: Garcia" → {"yes": [...], "no": [...], "abstain": ["Garcia"]}; or
    member by member: "Roll call vote: Reed - yes, Ellis - yes, Doyle - no"."""
    votes: dict[str, list[str]] = {}
    for sentence in unit:
        cast = list(MEMBER_VOTE.finditer(sentence))
        if len(cast) >= 2:
            for m in cast:
                label = m.group("option").lower()
                option = next(key for key, prefixes in ROLL_CALL_OPTIONS.items() if label.startswith(prefixes))
                votes.setdefault(option, []).append(m.group("name"))
    if votes:
        return votes
    for option, text in roll_call_options(unit):
        listed = OPTION_COUNT.sub("", text).strip()
        bracketed = re.fullmatch(r"\((?P<inside>[^()]*)\)\W*", listed)  # "3 (Gregory, Hanauer, Conley)"
        names = [person.name.strip("*") for person in parse_people(bracketed.group("inside") if bracketed else listed)]
        votes.setdefault(option, []).extend(name for name in names if name)
    return votes


def roll_call_count(unit: list[str], votes: dict[str, list[str]]) -> str | None:
    """The tally of a roll call that prints none: "4-2-1" (for, against, abstaining), its counts where printed."""
    counts: dict[str, int] = {}
    for option, text in roll_call_options(unit):
        printed = OPTION_COUNT.search(text.strip())
        if not printed and not votes.get(option) and text.strip(" .;:") and not NOBODY.match(text):
            return None  # "Ayes: all present", "Ayes: unanimous": a count the minutes do not give, not none
        count = int(printed.group("before") or printed.group("after")) if printed else len(votes.get(option, []))
        counts[option] = counts.get(option, 0) + count if printed else count
    if "yes" not in counts:
        return None
    return "-".join(str(counts.get(o, 0)) for o in ("yes", "no", "abstain") if o in ("yes", "no") or counts.get(o))


def named_vote(unit: list[str]) -> str | None:
    """ "For (52) … Against (0) … Abstain (11)" → "52-0-11"; "For 5, Against 1" → "5-1". Both sides are counted
    where a vote is: "funding for 2 years" counts nothing."""
    counts: dict[str, str] = {}
    for m in NAMED_VOTE.finditer(" ".join(unit)):
        side = (m.group("side") or m.group("field_side") or m.group("counted_side")).lower()
        count = m.group("count") or m.group("field_count") or m.group("counted")
        side = "for" if side == "for" or side.startswith("in") else "against" if side == "against" else "abstain"
        counts.setdefault(side, count)
    if not ("for" in counts and "against" in counts):
        return None
    return "-".join(counts[side] for side in ("for", "against", "abstain") if side in counts)


def name_office_holders(record: Minutes) -> None:
    """A motion moved by an office ("The Chairman proposed and the Vice-Chairman seconded") is moved by
    whoever the attendance list gives that office ("Mr B J Sweetland (Chairman)")."""
    def key(text: str) -> str:
        return re.sub(r"[^a-z]", "", re.sub(r"^the\s+", "", text.lower()))

    holders: dict[str, str] = {}
    for person in record.present + record.in_attendance:
        if person.role:
            holders.setdefault(key(person.role), person.name)
    for minute in record.items:
        for motion in minute.motions:
            motion.mover = holders.get(key(motion.mover or ""), motion.mover)
            motion.seconder = holders.get(key(motion.seconder or ""), motion.seconder)


def person_in(convention, text: str) -> str | None:
    m = convention.search(text)
    if not m:
        return None
    return first_name(next((v for v in m.groupdict().values() if v), None))


def first_name(text: str | None) -> str | None:
    """The first person named in ``text``, without honorifics or office."""
    if not text:
        return None
    people = parse_people(text)
    return people[0].name if people else clean_spaces(text)


# --- Whole-document facts ---

def numbered_paragraphs(cut: Cut, owners: dict[int, Minute | None]):
    """(minute number or None, paragraph text) for the preamble and each minute."""
    for group in body_groups(cut.preamble):
        yield None, join_wrapped([ln.text for ln in group])
    for section in cut.sections:
        owner = owners.get(id(section))
        number = owner.number if owner else None
        if section.rest:
            yield number, section.rest
        for group in body_groups(section.body):
            yield number, join_wrapped([ln.text for ln in group])


def find_declarations(sentences, numbers: dict[str, str], items: list[Minute] | tuple = ()) -> list[Declaration]:
    """Declarations of interest, one a member: a member declaring again under the item ("again declared
    an interest in Planning Application E/39533") is the same declaration. Each is filed under the minute it
    names ("declared an interest in Item 8.2"), or whose title alone prints the application it names
    ("… an interest in application 23/01234/FUL" and "PL/47 23/01234/FUL - Land at Mill Lane"), where that
    is one of these minutes, else where it is recorded."""
    found: list[Declaration] = []
    for number, sentence in sentences:
        m = DECLARATION.search(sentence)
        if not m:
            continue
        named = DECLARED_ITEM.search(sentence[m.start():])
        listed = numbered(m.group("listed_item"), numbers) if m.group("listed_item") else None
        number = (numbered(named.group("number"), numbers) if named else listed) or titled(sentence, items) or number
        who = (m.group("who") or m.group("recusing") or m.group("stated") or m.group("welsh") or m.group("welsh_subject")
               or m.group("french") or m.group("nordic") or m.group("finnish") or m.group("connected")
               or m.group("listed") or "")
        people = parse_people(trailing_name(who.split(",")[-2] if who.count(",") >= 2 else who.split(",")[-1]))
        if not people or any(d.member == people[0].name for d in found):
            continue
        interest = (m.group("interest") or m.group("stated_interest") or m.group("welsh_interest") or m.group("french_interest")
                    or m.group("nordic_interest") or m.group("finnish_interest") or m.group("listed_interest")
                    or ("other" if m.group("recusing") else None)
                    or ("connection" if m.group("connected") else None))
        found.append(Declaration(member=people[0].name, item=number,
                                 interest=re.sub(r"[,\s]+", "-", interest.lower()) if interest else None, text=sentence))
    return found


def without_movers(decision: str) -> str:
    """A decision less the mover and seconder it opens with: "RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded
    by COUNCILLOR MARTIN, THAT …" (New South Wales councils) decided "THAT …"; the motion names them."""
    lead = PROPOSAL.search(decision)
    if lead and re.fullmatch(r"\W*(?i:on\s+the\s+)?", decision[:lead.start()]):
        return decision[lead.end():].lstrip(" ,;:")
    return decision


def numbered(named: str, numbers: dict[str, str]) -> str | None:
    """The minute an item number names: itself, or the minute whose part it letters where that part is no minute of
    its own ("an interest in item 6b" under "6. Planning" over "a) …" "b) …", as parish and community councils
    letter their planning applications)."""
    named = named.rstrip(".")
    return numbers.get(named) or numbers.get(re.sub(r"(?<=\d)\.?\(?[a-z]\)?$", "", named))


def titled(sentence: str, items: list[Minute]) -> str | None:
    """The one minute whose title prints a case reference the sentence names."""
    for reference in (found.group() for found in CASE_REFERENCE.finditer(sentence)):
        printed = re.compile(rf"(?<![\w/-]){re.escape(reference)}(?![\w/-])")
        holders = [minute.number for minute in items if minute.title and printed.search(minute.title)]
        if len(holders) == 1:
            return holders[0]
    return None


def minute_numbers(cut: Cut, owners: dict[int, Minute | None]) -> dict[str, str]:
    """Each minute's number, by the number a member would name it: its own, and the agenda's number printed under
    its title ("307. Pay Policy Statement 2025/26" over "(Item 16)": "Item 16" is minute 307)."""
    owned = [(section, owner) for section in cut.sections if (owner := owners.get(id(section)))]
    agenda = {alias.group("number"): owner.number for section, owner in owned for line in section.body[:2]
              if (alias := AGENDA_NUMBER_OF_MINUTE.match(line.text.strip()))}
    return agenda | {owner.number: owner.number for _, owner in owned}


def trailing_name(text: str) -> str:
    """The name that ends ``text``: "Later in the meeting Mr Sole" → "Mr Sole"."""
    words = text.split()
    start = len(words)
    while start and (words[start - 1][:1].isupper() or HONORIFIC.fullmatch(words[start - 1])):
        start -= 1
    return " ".join(words[start:]) or text


def find_departures(sentences) -> list[Departure]:
    found = []
    for number, sentence in sentences:
        if m := DEPARTURE.search(sentence):
            who, event = m.group("who"), "left" if m.group("event").startswith(("left", "departed")) else "arrived"
        elif m := DEPARTURE_IN_OTHER_LANGUAGES.search(sentence):
            who = next(value for value in m.groups() if value)
            event = "left" if any(v for k, v in m.groupdict().items() if k.startswith("left")) else "arrived"
        else:
            continue
        time = find_time(sentence[m.end():])
        for name in departing_names(who):
            found.append(Departure(name=name, time=time, item=number, event=event))
    return found


def departing_names(who: str) -> list[str]:
    """Names, and role acronyms as printed ("the BMLSCB"): the site resolves those to people."""
    names = []
    for piece in re.split(r",\s*|\s+and\s+", who):
        piece = re.sub(r"^the\s+", "", piece.strip(), flags=re.IGNORECASE)
        if ROLE_ACRONYM.fullmatch(piece):
            names.append(piece)
        else:
            names += [person.name for person in parse_people(piece)]
    return names


def approved_minutes(paragraph_texts, meeting_date: str | None) -> list[str]:
    """Dates of the earlier meetings whose minutes these minutes approve."""
    dates: list[str] = []
    for _, text in paragraph_texts:
        if PREVIOUS_MINUTES.search(text):
            dates += [d.iso for d in find_dates(text) if not meeting_date or d.iso < meeting_date]
    return sorted(set(dates))


def table_field_lines(tables: list[TableRegion]) -> list[Line]:
    """The rows of two cells of these tables as the fields they are, "label: value" ("Plats och tid | Kommunhuset,
    Sessionssalen, kl. 08.30–11.45", as Swedish protocols' first page sets them; "Venue | Village Hall")."""
    return [Line(text=f"{row[0].strip().rstrip(':')}: {row[1].strip()}", x0=0.0, x1=0.0, top=table.top, bottom=table.top)
            for table in tables for row in ([c for c in r if c.strip()] for r in table.rows) if len(row) == 2]


def opening_time(lines: list[Line]) -> str | None:
    """The time the meeting opened: after "convened"/"called to order", else the first time in the heading."""
    text = " ".join(ln.text for ln in lines[:60])
    for m in OPENING.finditer(text):
        time = find_time(text[m.start():m.end() + 80])
        if time:
            return time
    return next((t for t in (find_time(ln.text) for ln in lines[:HEADING_TIME_LINES] if not CLOSING.search(ln.text)) if t),
                None)


def closing_time(lines: list[Line]) -> str | None:
    for index in range(len(lines) - 1, -1, -1):
        m = CLOSING.search(lines[index].text)
        if m:
            after = lines[index].text[m.start():] + " " + (lines[index + 1].text if index + 1 < len(lines) else "")
            time = find_time(after)
            if time:
                return time
    return sitting_end(lines[:HEADING_TIME_LINES])


# The sitting's times printed in the heading ("Sammanträdestid 15.9.2022 kl. 18.00 – 19.37") are looked for this far.
HEADING_TIME_LINES = 8


def sitting_end(lines: list[Line]) -> str | None:
    """The end of a sitting printed as a range in the heading: "kl. 18.00 – 19.37" ends at 19:37."""
    for line in lines:
        times = find_times(line.text)
        for (start, _), (end, until) in zip(times, times[1:]):
            if re.fullmatch(r"[^–-]{0,12}[–-]\s*", line.text[start:end]):
                return until
    return None


def find_venue(lines: list[Line]) -> str | None:
    """Where the meeting was held: a field ("PLACE: City Hall Council Chambers"), else the place the opening
    sentence names, else the lines naming a place under the meeting's date."""
    for line in lines:
        m = VENUE.search(line.text)
        if m:
            return clean_spaces(m.group("venue") or m.group("online").title())
    opening = unlabelled_lead(lines[:HEADING_VENUE_LINES])
    # paragraph by paragraph: "… 1200 Elm Street, Maple Valley." ends before the heading "1. CALL TO ORDER" under it
    for sentence in sentences_of([join_wrapped([ln.text for ln in para]) for para in paragraphs(opening)]):
        if m := VENUE_IN_SENTENCE.search(sentence) or VENUE_IN_FRENCH_SENTENCE.search(sentence):
            return clean_spaces(m.group("venue")).rstrip(".")
    dated = next((i for i, ln in enumerate(opening) if find_date(ln.text)), None)
    if dated is None:
        return None
    place: list[str] = []
    for line in opening[dated + 1:]:
        text = line.text.strip()
        if not (PLACE_LINE.match(text) or (place and ADDRESS_END_LINE.match(text))):
            break
        place.append(text)
    return ", ".join(place) or None


# The opening sentence and the lines under the date are looked for in the first lines only.
HEADING_VENUE_LINES = 10


# --- Body and warnings ---

def body_blocks(cut: Cut, anchors: dict[int, str]) -> list[Block]:
    """The text as blocks: each minute a heading with its anchor (a heading inside a minute has none)."""
    blocks: list[Block] = []
    pending: list[Line] = []

    def flush() -> None:
        for group in body_groups(pending):
            blocks.append(Paragraph(text=join_wrapped([ln.text for ln in group])))
        pending.clear()

    for kind, item in cut.stream:
        if kind == "line":
            pending.append(item)
            continue
        flush()
        if kind == "section":
            heading_text = clean_spaces(" ".join(ln.text for ln in item.heading))
            rest = clean_spaces(item.rest)
            if rest and heading_text.endswith(rest):
                # "2. ROLL CALL:" over "Present: …"; "5. Approval of Past Minutes" over "Resolution 2024-02"
                heading_text = heading_text[:-len(rest)].rstrip().rstrip("–—-\ufffd").rstrip()
            blocks.append(Heading(text=heading_text, level=2, anchor=anchors.get(id(item))))
            if rest:
                blocks.append(Paragraph(text=rest))
        else:
            blocks.append(Table(rows=item.rows))
    flush()
    return blocks


def warnings_for(record: Minutes) -> list[str]:
    warnings = []
    if not record.date:
        warnings.append("no meeting date found")
    if not record.items:
        warnings.append("no numbered minutes found: the text is kept as paragraphs")
    if not (record.present or record.apologies or record.absent):
        warnings.append("no attendance list recognised")
    warnings += [f"minute {m.number}: no title found" for m in record.items if not m.title]
    return warnings
