"""The numbering scheme of a document's items, found from the candidates on its pages.

Councils number their agenda items in every way there is: "1.", "84.", "7-A",
"5.a", "A.1", "2.1", "(1)", "a)", "VII.", "188 §", lettered sections with
numbered items under them. Rather than a pattern per council, every line that
opens with something shaped like a number is a *candidate*
(:data:`extract.patterns.ITEM_NUMBER`); candidates of one shape, set off the
same way ("a)" is not "A."), at one indent form a *level*; and a level is the
document's own numbering only where its numbers run as a sequence (1, 2, 3 …;
A, B, C …; I, II, III …; 2.1, 5.1 under their items).

* The *main* level is the one with the longest run.
* Levels at the main level's indent number items too: sections numbered on
  their own ("1, 2 … / A, B … / 1, 2" under unnumbered headings) and sub-items
  printed flush with their parents ("VII. … / a) … b) …") — once they number
  something inside the main run, in the main level's weight; a list that only
  comes before it, or one set in the text's type (the numbered ways to take
  part, under items set in bold), numbers no item. Letters that start again
  at A under each of the roman numerals they are printed with ("IV. … / A. …
  B. … / V. … / A. …") are a level of their own, sub-items in any type.
* A deeper level's runs are sub-items when they start at the beginning of
  their sequence (1, a, A, I, x.1), or go on from the part of the run under the
  item before ("C. … / 1. …", "D. … / 2. … 3. …": US agendas number their items
  on through the lettered sections), and the caller accepts them (a run under a
  paragraph of prose lists its parts, not items: see ``accept``).
* A shallower level numbers no item, and one after the last item ends the list
  (the schedules appended to an agenda); so does the main numbering starting
  again elsewhere (an agenda's table of contents, then the same items in full).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from extract.patterns import ITEM_FILE_NUMBER, ITEM_NUMBER, PLANNING_REFERENCE, YEAR_LED_TITLE
from extract.text import FULL_WIDTH_DIGITS

# A number further ahead than this in its sequence is not the next one (a withdrawn item leaves a gap).
MAX_STEP = 3
# Labels of one level stand at one indent, within this many points ("9." and "10." set right-aligned).
INDENT_TOLERANCE = 6.0
ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# Readings of a label: its position in a sequence of numbers, of letters, or of roman numerals.
NUMBER, LETTER, ROMAN = "number", "letter", "roman"


def roman_value(text: str) -> int | None:
    """ "XIV" → 14; None for what is no well-formed roman numeral ("IIII", "IC", "VX")."""
    digits = [ROMAN_DIGITS.get(c) for c in text.lower()]
    if not digits or None in digits:
        return None
    total = 0
    for digit, following in zip(digits, digits[1:] + [0]):
        total += -digit if digit < following else digit
    return total if _roman(total) == text.lower() else None


def _roman(value: int) -> str:
    out = ""
    for digit, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while value >= digit:
            out, value = out + letters, value - digit
    return out


@dataclass(frozen=True)
class Label:
    """An item number as printed at the start of a line, and the text after it."""

    printed: str  # "7-A", "VII", "a", "188", "2.1", "3a"
    shape: str  # "1", "1.1", "1.1.1", "1/1", "1-A", "A.1", "A", "a": what kind of number it is
    marks: str  # how it is set off: "(x)", "x)", "x.", "x:", "x §", "x -", "x"
    title: str
    readings: tuple[tuple[str, tuple], ...]  # (reading, (parent, position)): "2.1" → number (2, 1); "4.1.1" → ((4, 1), 1)

    def value(self, reading: str) -> tuple | None:
        return dict(self.readings).get(reading)


def read_label(text: str) -> Label | None:
    """The item number a line opens with, if it is shaped like one (see patterns.ITEM_NUMBER)."""
    m = ITEM_NUMBER.match(text)
    if not m:
        return None
    printed, title = m.group("label").translate(FULL_WIDTH_DIGITS), (m.group("title") or "").strip()
    mark = (m.group("mark") or "").strip().replace(",", ".")  # a full stop that OCR read as a comma
    marks = "(x)" if m.group("open") else f"x {mark}" if mark in ("§", "-", "–", "—") else f"x{mark}"
    marks = marks.replace("–", "-").replace("—", "-")
    shape, readings = _shape(printed)
    if shape is None:
        return None
    if (title and (title[0] in ".,;" or not any(c.isalpha() for c in title))) or (not title and marks == "x"):
        return None  # "461 - 610)": the rest of a page range, no title
    if shape in ("A", "a") and (marks == "x" or (title[:1].islower())):
        return None  # "A reception will be held", "I hereby certify": words, not numbers
    if marks == "x" and not (title[:1].isupper() or title[:1] in "\"“‘'(" or _filed(title) or m.group("ordinal")
                             or YEAR_LED_TITLE.match(title)):
        return None  # "2 2022 12 12 …", "1 case": a bare number opens a title only before a capital, a file number or
        # a year and a capital ("6.1 2026 Water Rates"), or after the Japanese ordinal's 第, whose titles have no capitals
    # "§ 45" and "45 §" are item 45, as minutes number them
    return Label(printed=printed.replace("§", "").strip(), shape=shape, marks=marks, title=title, readings=readings)


def _filed(title: str) -> bool:
    """ "24-0101 Approval of the Minutes": a file number before a title (see ITEM_FILE_NUMBER), or a planning
    application's reference ("3/26/0123/HH – 12 The Street", PLANNING_REFERENCE)."""
    m = ITEM_FILE_NUMBER.match(title)
    return bool(m) and title[m.end():][:1].isupper() or bool(PLANNING_REFERENCE.match(title))


def number_alone(printed: str) -> Label | None:
    """A number printed without a title beside it (the title set on lines of its own)."""
    shape, readings = _shape(printed)
    return Label(printed=printed, shape=shape, marks="x", title="", readings=readings) if shape else None


def _shape(printed: str) -> tuple[str | None, tuple]:
    text = printed.replace("§", "").strip()
    if text.isdigit():
        return "1", ((NUMBER, (0, int(text))),)
    if text[:-1].isdigit() and text[-1:].isalpha():  # "3a", "12A": the item's number, a letter added
        return "1", ((NUMBER, (0, int(text[:-1]))),)
    case = re.fullmatch(r"[A-Z]{2}\s+(\d{1,3})/(\d{2})", text)
    if case:  # "PS 12/26": a Norwegian municipality's case, then its year
        return "PS 1/1", ((NUMBER, (int(case.group(2)), int(case.group(1)))),)
    head, sep, tail = text.partition("/")
    if sep and head.isdigit() and tail.isdigit():  # "24/101": the year, then the number running through it
        return "1/1", ((NUMBER, (int(head), int(tail))),)
    parts = text.split(".")
    if len(parts) == 3 and all(part.isdigit() for part in parts):  # "4.1.1" under "4.1": the parent is (4, 1)
        return "1.1.1", ((NUMBER, ((int(parts[0]), int(parts[1])), int(parts[2]))),)
    for separator in ".-":
        head, sep, tail = text.partition(separator)
        if not sep:
            continue
        if head.isdigit() and tail.isdigit() and separator == "." and not int(tail):
            return "1", ((NUMBER, (0, int(head))),)  # "3.0 CONSENT CALENDAR" over "3.1 …": item 3 itself
        if head.isdigit() and tail.isdigit():
            return "1.1", ((NUMBER, (int(head), int(tail))),)
        if head.isdigit() and len(tail) == 1 and tail.isalpha():
            return "1-A", ((LETTER, (int(head), _letter(tail))),)
        if len(head) == 1 and head.isalpha() and tail.isdigit():
            return "A.1", ((NUMBER, (_letter(head), int(tail))),)
    if text.isalpha():
        shape = "A" if text.isupper() else "a"
        readings = []
        if len(text) == 1:
            readings.append((LETTER, (0, _letter(text))))
        if (roman := roman_value(text)) is not None:
            readings.append((ROMAN, (0, roman)))
        return (shape, tuple(readings)) if readings else (None, ())
    return None, ()


def _letter(text: str) -> int:
    return ord(text.lower()) - ord("a") + 1


@dataclass
class Candidate:
    """A row that opens with a label: where it is and how it is set."""

    index: int  # the row's position in the caller's list
    label: Label
    indent: float  # the line's left edge; for a table row, the number's cell
    table: bool = False
    bold: bool = False

    @property
    def key(self) -> tuple:
        return self.label.shape, self.label.marks, self.table


@dataclass
class Level:
    key: tuple
    indent: float
    members: list[Candidate]
    reading: str = NUMBER
    runs: list[list[Candidate]] = field(default_factory=list)
    lettered_under: bool = False  # sub-items lettered afresh under each item of a level beside them

    @property
    def table(self) -> bool:
        return self.members[0].table

    @property
    def bold(self) -> bool:
        return sum(c.bold for c in self.members) * 2 > len(self.members)

    def longest(self) -> list[Candidate]:
        return max(self.runs, key=len, default=[])


def follows(previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """The next number of a sequence: one on (or the same again, or a few on: items withdrawn);
    under a new parent ("2.1" after "1.3"), the first."""
    (parent, value), (new_parent, new_value) = previous, current
    if parent == new_parent:
        return value <= new_value <= value + MAX_STEP
    return new_parent > parent and new_value == 1


def starts(candidate: Candidate, reading: str) -> bool:
    """The first number of its sequence: 1, a, A, I, x.1."""
    value = candidate.label.value(reading)
    return value is not None and value[1] == 1


def _runs(members: list[Candidate], reading: str) -> list[list[Candidate]]:
    runs: list[list[Candidate]] = []
    for candidate in members:
        value = candidate.label.value(reading)
        if value is None:
            continue
        if runs and follows(runs[-1][-1].label.value(reading), value):
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    return runs


def _levels(candidates: list[Candidate]) -> list[Level]:
    """Candidates of one shape and marks, grouped by indent (neighbours within the tolerance)."""
    levels: list[Level] = []
    by_key: dict[tuple, list[Candidate]] = {}
    for candidate in candidates:
        by_key.setdefault(candidate.key, []).append(candidate)
    for key, members in by_key.items():
        groups: list[list[Candidate]] = []
        for candidate in sorted(members, key=lambda c: c.indent):
            if groups and candidate.indent - groups[-1][-1].indent <= (0 if candidate.table else INDENT_TOLERANCE):
                groups[-1].append(candidate)
            else:
                groups.append([candidate])
        for group in groups:
            group.sort(key=lambda c: c.index)
            levels += _lettered_under_numerals(_read_level(key, group))
    return levels


def _lettered_under_numerals(level: Level) -> list[Level]:
    """A level of roman numerals with letters among them that start again at A under each numeral ("IV. CONSENT
    AGENDA" / "A. …" "B. …" / "V. PUBLIC HEARINGS" / "A. …", US agendas printing both flush, in one type) is two
    levels: the numerals, and the sub-items lettered under them, whatever type they are set in. By the sequence
    alone: letters that run on through the numerals ("A." … "H.", "I.", "J.") stay one level."""
    numerals = _numerals_through(level.members)
    letters = [c for c in level.members if c not in numerals and c.label.value(LETTER)]
    if len(numerals) < 2 or not letters:
        return [level]
    parts = [part for run in _runs(letters, LETTER) for part in _under_each_item(run, numerals)]
    if not all(starts(part[0], LETTER) and part[0].index > numerals[0].index for part in parts):
        return [level]
    lettered = Level(key=(*level.key, LETTER), indent=level.indent, members=letters, reading=LETTER,
                     runs=_runs(letters, LETTER), lettered_under=True)
    return [_read_level(level.key, [c for c in level.members if c not in letters]), lettered]


def _numerals_through(members: list[Candidate]) -> list[Candidate]:
    """The roman numerals running from I among other labels ("I", "II", "A", "B", "III": I, II, III)."""
    chain: list[Candidate] = []
    for candidate in members:
        value = candidate.label.value(ROMAN)
        if value is not None and (follows(chain[-1].label.value(ROMAN), value) if chain else value[1] == 1):
            chain.append(candidate)
    return chain


def _read_level(key: tuple, members: list[Candidate]) -> Level:
    """The reading under which the level's numbers run best: "I, II, III" are numerals, "H, I, J" letters."""
    readings = {name for c in members for name, _ in c.label.readings}
    best = None
    for reading in sorted(readings, key=lambda r: (r != NUMBER, r != LETTER)):
        runs = _runs(members, reading)
        score = max((len(r) for r in runs), default=0)
        if best is None or score > best[0]:
            best = (score, reading, runs)
    _, reading, runs = best
    indent = sorted(c.indent for c in members)[len(members) // 2]
    return Level(key=key, indent=indent, members=members, reading=reading, runs=runs)


def _deeper(level: Level, than: Level) -> bool:
    return level.table == than.table and level.indent > than.indent + (0 if level.table else INDENT_TOLERANCE)


def _shallower(level: Level, than: Level) -> bool:
    return level.table == than.table and level.indent < than.indent - (0 if level.table else INDENT_TOLERANCE)


def _under_each_item(run: list[Candidate], items: list[Candidate]) -> list[list[Candidate]]:
    """A run of sub-items cut where an item of a shallower level comes between two of them: each item's
    sub-items are a sequence of their own ("(a)" under item 5, "(a)" again under item 6)."""
    parts = [[run[0]]]
    for previous, candidate in zip(run, run[1:]):
        if any(previous.index < item.index < candidate.index for item in items):
            parts.append([candidate])
        else:
            parts[-1].append(candidate)
    return parts


# Numbers that carry their item's number first, by the sequence they run in under it: "3.1", "5.A" / "5-A".
CARRIES_ITEM_NUMBER = {"1.1": NUMBER, "1-A": LETTER}


def _numbered_under(run: list[Candidate], accepted: list[Candidate], main: Level) -> bool:
    """Each number of the run carries the number of the main item above it ("3.1", "3.2" under "3."; "5.A",
    "5.B" under "5. CONSENT CALENDAR"): the item's sub-items, whatever type they are set in."""
    for candidate in run:
        above = max((c for c in accepted if c.index < candidate.index and c.label.shape == main.key[0]),
                    key=lambda c: c.index, default=None)
        reading = CARRIES_ITEM_NUMBER.get(candidate.label.shape)
        value, number = reading and candidate.label.value(reading), above and above.label.value(main.reading)
        if value is None or number is None or value[0] != number[1]:
            return False
    return True


def _printed_again(main: Level, last: int) -> int | None:
    """Where the main numbering starts again over the same items, most of them under the same titles (a list
    of the items, then the agenda printing each in full with its report: "7 Reports to Council" … "7 REPORTS
    TO COUNCIL"): the list ends there. Sections numbered afresh under headings of their own carry other titles."""
    listed = {(c.label.printed, _title_key(c.label.title)) for c in main.longest()}
    for run in main.runs:
        if run[0].index > last and len(run) >= 2 and 2 * sum(
                (c.label.printed, _title_key(c.label.title)) in listed for c in run) > len(run):
            return run[0].index
    return None


def _title_key(title: str) -> tuple[str, ...]:
    """A title's words, whatever their case, less the dot leaders and page numbers a list of items sets after them."""
    return tuple(re.findall(r"[^\W\d_]+", title.lower()))


@dataclass
class Outline:
    """The items' numbers: the accepted candidates in order, each with the item it is under."""

    items: list[Candidate]
    parents: dict[int, Candidate]  # row index of a sub-item → its parent item
    end: int | None  # row index where a shallower numbering, or the main one again, ends the list
    main: Level | None

    def breaks(self) -> list[str]:
        """Where the main numbering skips or repeats a number ("7 after 5", "4 after 4")."""
        if self.main is None:
            return []
        taken = {c.index for c in self.items}
        out = []
        for run in self.main.runs:
            run = [c for c in run if c.index in taken]
            for previous, candidate in zip(run, run[1:]):
                (parent, value), (new_parent, new_value) = (c.label.value(self.main.reading) for c in (previous, candidate))
                if parent == new_parent and new_value != value + 1:
                    out.append(f"{candidate.label.printed} after {previous.label.printed}")
        return out


def outline(candidates: Iterable[Candidate],
            accept: Callable[[list[Candidate], Candidate | None], bool] = lambda run, parent: True) -> Outline:
    """The document's numbering among the candidates (see the module's docstring).

    ``accept(run, parent)`` says whether a run of a deeper level numbers sub-items of ``parent``.
    """
    candidates = sorted(candidates, key=lambda c: c.index)
    levels = _levels(candidates)
    runs = [(len(run), -run[0].index, level) for level in levels for run in level.runs]
    if not runs:
        return Outline([], {}, None, None)
    main = max(runs, key=lambda r: r[:2])[2]
    first, last = main.longest()[0].index, main.longest()[-1].index
    of_level = {id(c): level for level in levels for c in level.members}
    end = next((c.index for c in candidates if c.index > last and of_level[id(c)] is not main
                and (_shallower(of_level[id(c)], main) or of_level[id(c)].key == main.key)), None)
    again = _printed_again(main, last)
    if again is not None and (end is None or again < end):
        end = again

    def before_end(candidate: Candidate) -> bool:
        return end is None or candidate.index < end

    accepted: list[Candidate] = []
    parents: dict[int, Candidate] = {}
    # The main level first, then shallow to deep, so that a run's parent is known before the run is judged.
    for level in sorted(levels, key=lambda lv: (lv.table != main.table, lv is not main, lv.indent)):
        if level.table != main.table or _shallower(level, main):
            continue
        inside = any(first <= c.index and before_end(c) for c in level.members)
        if not inside and not _deeper(level, main):
            continue
        for whole in level.runs:
            run = [c for c in whole if before_end(c)]
            if not run:
                continue
            if not _deeper(level, main):
                # At the main numbering's indent, numbers in plainer type than its own number a list in the
                # text ("1. IN PERSON … 2. ZOOM …" under items set in bold), not items; numbers in bold over
                # plain items head their sections ("A. CONSENT CALENDAR" over "1. Approve the Minutes …").
                same_type = (level is main or level.bold == main.bold or (level.bold and not main.bold)
                             or level.lettered_under or _numbered_under(run, accepted, main))
                if same_type and (len(run) > 1 or starts(run[0], level.reading) or whole is main.longest()):
                    accepted += run
                continue
            taken = False  # the run's part under the item before was taken: the numbers go on through the items
            for part in _under_each_item(run, [c for c in accepted if of_level[id(c)] is not level]):
                parent = max((c for c in accepted if c.index < part[0].index and of_level[id(c)] is not level),
                             key=lambda c: c.index, default=None)
                taken = (starts(part[0], level.reading) or taken) and accept(part, parent)
                if taken:
                    accepted += part
                    if parent is not None:
                        parents.update({c.index: parent for c in part})
    accepted.sort(key=lambda c: c.index)
    return Outline(accepted, parents, end, main)
