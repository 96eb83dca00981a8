"""Names in minutes: attendance blocks and the people listed in them.

Attendance comes as prose ("Councillors D Richardson (Chair) N Cresswell, M
Armstrong and P Moran Clerk J H Todd"), as roll calls ("Present: Chair Owens,
Board Members Hoffman, and Jasper"), or as lists with one "Name, Role" per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.model import Person
from extract.parse.common import line_step
from extract.patterns import ATTENDANCE_LABEL, HONORIFIC, LEADING_ROLE, NOBODY, ROLE_WORD
from extract.read import Line
from extract.text import clean_spaces

# Attendance labels as printed → the record's list they fill.
LABEL_KEYS = {
    "present": "present", "roll call": "present", "absent": "absent", "apologies": "apologies",
    "apologies for absence": "apologies", "in attendance": "in_attendance",
    "also in attendance": "in_attendance", "also present": "in_attendance", "staff": "in_attendance",
    "staff present": "in_attendance", "officers": "in_attendance", "officers present": "in_attendance",
    "members of the public": "in_attendance", "substitute": "substitutes", "substitutes": "substitutes",
}
# People listed under "Members of the Public" have no office; this says why they attended.
PUBLIC_ROLE = "Member of the Public"
# Officers, and members of other bodies named by an acronym ("EDC"), attend; they are not members.
ATTENDING_ROLE = re.compile(
    r"\b(?:clerk|secretary|director|officer|analyst|attorney|manager|engineer|planner|coordinator|technician"
    r"|intern|district\s+councillor|county\s+councillor)\b|(?-i:^[A-Z]{2,6}$)", re.I)
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de[A-Z]\w+|[a-z]{1,3}[A-Z]\w+)$")
SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&|\bplus\b)\s*")


@dataclass
class Attendance:
    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    in_attendance: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)

    def add(self, key: str, people: list[Person]) -> None:
        for person in people:
            target = key
            if key == "present" and person.role and ATTENDING_ROLE.search(person.role):
                target = "in_attendance"
            getattr(self, target).append(person)


def label_key(text: str) -> tuple[str, str] | None:
    """The attendance list a line opens, and the rest of the line after the label."""
    m = ATTENDANCE_LABEL.match(text.strip())
    if not m:
        return None
    label = clean_spaces(m.group("label").lower())
    return LABEL_KEYS.get(label, "present"), text.strip()[m.end():]


def split_inline_labels(text: str) -> list[tuple[str | None, str]]:
    """ "Present: A, B Absent: C" → [("present", "A, B"), ("absent", "C")]."""
    pieces = re.split(r"\b(Present|Absent|Apologies|Staff(?:\s+present)?|In attendance)\s*:\s*", text,
                      flags=re.I)
    out: list[tuple[str | None, str]] = [(None, pieces[0])]
    for label, rest in zip(pieces[1::2], pieces[2::2]):
        out.append((LABEL_KEYS.get(clean_spaces(label.lower()), "present"), rest))
    return out


def strip_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Leading honorifics ("Councillors", "Board Member") → (title, remaining words)."""
    taken: list[str] = []
    while words:
        two = " ".join(words[:2])
        if len(words) > 1 and HONORIFIC.fullmatch(two):
            taken.append(two)
            words = words[2:]
        elif HONORIFIC.fullmatch(words[0]):
            taken.append(words[0])
            words = words[1:]
        else:
            break
    return (" ".join(taken) or None), words


def looks_like_name(words: list[str]) -> bool:
    return 0 < len(words) <= 5 and all(NAME_TOKEN.match(w) for w in words) and not ROLE_WORD.search(" ".join(words))


def parse_piece(piece: str) -> list[Person]:
    """One comma-separated piece → the people in it ("D Richardson (Chair) N Cresswell" is two)."""
    people: list[Person] = []
    # A parenthesised role closes a name: "D Richardson (Chair) N Cresswell".
    for chunk, role in re.findall(r"([^()]*)(?:\(([^)]*)\))?", piece):
        people += parse_names(chunk, role or None)
    return people


def parse_names(text: str, trailing_role: str | None) -> list[Person]:
    text = re.sub(r"^the\s+", "", clean_spaces(text.strip(" .–-:[]")), flags=re.I)  # "The BMLSCB"
    if not text:
        return []
    found: list[Person] = []
    role, title = None, None
    words = text.split()
    name: list[str] = []

    def close() -> None:
        nonlocal name, role, title
        if name:
            found.append(Person(name=" ".join(name), role=role, title=title))
        name, role, title = [], None, None

    i = 0
    while i < len(words):
        rest = " ".join(words[i:])
        lead = LEADING_ROLE.match(rest)
        if lead and (len(lead.group(0).split()) < len(words) - i):
            close()
            role = clean_spaces(lead.group("role"))
            i += len(lead.group(0).split())
            continue
        title_words, after = strip_title(words[i:])
        if title_words and not name:
            title = title_words
            i = len(words) - len(after)
            continue
        name.append(words[i])
        i += 1
    if trailing_role and name:
        role = clean_spaces(trailing_role)
    if name and not looks_like_name(name):
        office, person = split_office(name)
        if person:  # "Department (ARPD) Director Amy Wooldridge"
            role, name = " ".join(office), person
        else:
            # Not a name: an office standing alone, returned as a role-only entry for the caller to attach.
            found.append(Person(name="", role=" ".join(name)))
            name = []
    close()
    return found


def split_office(words: list[str]) -> tuple[list[str], list[str]]:
    """Office words then a name at the end → (office, name); ([], []) when no name ends the words."""
    for cut in range(len(words) - 2, 0, -1):
        office_word = words[cut - 1].lower() not in ("and", "of", "for") and ROLE_WORD.search(words[cut - 1])
        if office_word and looks_like_name(words[cut:]) and not HONORIFIC.fullmatch(words[cut]):
            return words[:cut], words[cut:]
    return [], []


def parse_people(text: str) -> list[Person]:
    """Prose or roll-call attendance text → people, with roles and honorifics separated."""
    text = re.sub(r"\s+[–-]\s*\d+\.?\s*$", "", clean_spaces(text))  # roll-call count: "… Gilmore – 5."
    if NOBODY.match(text):
        return []
    people: list[Person] = []
    shared_titles: list[str] = []  # "Mr & Mrs Godfrey" is two people sharing a surname
    for piece in SEPARATORS.split(text):
        if HONORIFIC.fullmatch(piece.strip()):
            shared_titles.append(piece.strip())
            continue
        for person in parse_piece(piece):
            if person.name:
                people += [Person(name=person.name, role=person.role, title=t) for t in shared_titles]
                shared_titles = []
                people.append(person)
            elif people and not people[-1].role and ROLE_WORD.search(person.role or ""):
                people[-1].role = person.role  # "Alan Armstrong, EDC"
    return [p for p in people if p.name and p.name.lower() not in ("none", "guests")]


def parse_listed_line(text: str) -> Person | None:
    """One line of a list: "Name, Role" or "Name (Role)"; None when the line is not one person."""
    name_part, _, role = clean_spaces(text).partition(",")
    named = [p for p in parse_piece(name_part) if p.name]
    if len(named) != 1 or not looks_like_name(named[0].name.split()):
        return None
    person = named[0]
    if role.strip():
        if not is_role(role):
            return None  # "Hosmer, John Nolan": a wrapped prose list, not a role
        person.role = role.strip()
    return person


def is_role(text: str) -> bool:
    """An office ("Church of England Representative"), not more names ("Shabazz, Tilos and Acting Chair")."""
    if text.count(",") >= 2:
        return False
    first = SEPARATORS.split(text.strip())[0]
    lead = LEADING_ROLE.match(first)
    _, words = strip_title(first[lead.end():].split() if lead else first.split())
    return bool(ROLE_WORD.search(text)) and not looks_like_name(words)


def runs_on(text: str) -> bool:
    """A line that ends mid-list ("…, R Healey and")."""
    return bool(re.search(r"(?:,|&|\band|\bplus)\s*$", text.strip()))


def line_groups(texts: list[str], indents: list[bool]) -> list[str]:
    """Join wrapped prose lines; a list entry after a finished line starts a new group.

    ``indents[i]`` says line i hangs indented under the block's first line, as
    the wrapped end of a prose roll call does ("… and Acting Chair / Schwartz – 4.").
    """
    groups: list[str] = []
    for text, indented in zip((t.strip() for t in texts), indents):
        if not text:
            continue
        wrapped = indented and not parse_listed_line(groups[-1]) if groups else False
        if groups and (runs_on(groups[-1]) or wrapped or not parse_listed_line(text)):
            groups[-1] = f"{groups[-1]} {text}"
        else:
            groups.append(text)
    return groups


def parse_block(key: str, texts: list[str], attendance: Attendance, public: bool = False,
                indents: list[bool] | None = None) -> None:
    """One attendance block (its label already removed) → people added to ``attendance``."""
    for group in line_groups(texts, indents or [False] * len(texts)):
        if NOBODY.match(group):
            continue
        listed = parse_listed_line(group)
        parts = [(None, group)] if listed else split_inline_labels(group)
        for inline_key, part in parts:
            people = [listed] if listed else parse_people(part)
            if public:
                for person in people:
                    person.role = person.role or PUBLIC_ROLE
            attendance.add(inline_key or key, people)


def attendance_blocks(lines: list[Line]) -> Attendance:
    """The attendance blocks found in ``lines`` (a minutes preamble or a roll-call minute)."""
    attendance = Attendance()
    gap = line_step(lines)
    i = 0
    while i < len(lines):
        found = label_key(lines[i].text)
        if not found:
            i += 1
            continue
        key, rest = found
        public = "public" in lines[i].text.lower()
        block, j = [rest], i + 1
        while j < len(lines) and not label_key(lines[j].text) and continues_block(lines, i, j, block, gap):
            block.append(lines[j].text)
            j += 1
        indents = [False] + [ln.x0 > lines[i].x0 + 20 for ln in lines[i + 1:j]]
        parse_block(key, [t.strip("[] ") for t in block], attendance, public, indents)
        i = j
    return attendance


def continues_block(lines: list[Line], start: int, j: int, block: list[str], gap: float) -> bool:
    """Whether line j still belongs to the attendance block opened at line ``start``."""
    step = lines[j].top - lines[j - 1].top
    if step <= 0 and j - 1 != start:
        # A new page or column: a list of "Name, Role" lines may run on over it.
        return bool(parse_listed_line(block[-1]) and parse_listed_line(lines[j].text))
    if NOBODY.match(" ".join(block).strip()):
        return False  # "Absent: None."
    if not " ".join(block).strip() or runs_on(block[-1]):
        return True
    if lines[j].x0 > lines[start].x0 + 20:
        return True  # indented under the label
    if step <= gap * 1.35 and not parse_listed_line(block[-1]) and not re.search(r"[.\]]\s*$", block[-1]):
        return True  # prose wrapped at the label's margin
    text = lines[j].text.strip()
    return bool(parse_listed_line(text)) and len(text) < 110
