"""Names in minutes: attendance blocks and the people listed in them.

Attendance comes as prose ("Councillors D Richardson (Chair) N Cresswell, M
Armstrong and P Moran Clerk J H Todd"), as roll calls ("Present: Chair Owens,
Board Members Hoffman, and Jasper"), or as lists with one "Name, Role" per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.model import Person
from extract.parse.common import line_step
from extract.patterns import (AUTHORITY, NAME_PARTICLES, PRESENT_MARK_KEY, SUBSTITUTE_NOTE, AND_OTHERS, ATTENDANCE_LABEL, IN_THE_CHAIR, COVER_TO, BILINGUAL_TITLE, attendance_list_of, CHECKBOX, CHECKBOX_COLUMNS, HONORIFIC, ROLL_COUNT,
                              LEADING_ROLE, GROUP_AFTER_LIST, NAME_DASH_ROLE, PRESIDING_OFFICE, NOBODY, SUBSTITUTE_FOR, OFFICE_SPACE_NAME, JAPANESE_OFFICE, LIST_TITLE, MEMBERS_FIELD, MEMBERS_LABEL, MEMBERS_LINE, OFFICE_COMPOUND, JOINED_OFFICE, OFFICE_OF, PORTFOLIO_THEN_HOLDER, PARTY_AFTER_NAME, SURNAME_FIRST, PROTOCOL_FIELD, OFFICE_PORTFOLIO, POSTNOMINAL, RECORD_SECTION, ROLE_WORD,
                              OFFICE_FIELD, PERSONAL_TITLE, SPEAKER_TURN, SUFFIX_AFTER_COMMA, MEMBER_INITIALS, PRESENT_WERE)
from extract.read import Line
from extract.text import clean_spaces, sentences_of

# A line of a list in a script without capitals is one person up to this long; a Japanese name is
# two to five characters.
UNCASED_LINE_CHARS = 40
UNCASED_NAME_CHARS = (2, 5)
# The honorific a Japanese list sets after a member's name ("山田太郎君", "平山たかお議員").
HONORIFIC_AFTER_NAME = re.compile(r"(?:議員|君|氏|様|さん)$")
# People listed under "Members of the Public" have no office; this says why they attended.
PUBLIC_ROLE = "Member of the Public"
# The list of members present under a label that says they are members ("Board Members Present:"), offices and all.
MEMBERS = "members"
# Officers, and members of other bodies named by an acronym ("EDC"), attend; they are not members.
ATTENDING_ROLE = re.compile(
    r"\b(?:clerk|secretary|director|officer|analyst|attorney|manager|engineer|planner|co-?ordinator|technician"
    r"|intern|recorder|counsel|district\s+councillor|county\s+councillor|cynghorydd\s+sir)\b|(?-i:^[A-Z]{2,6}$)", re.I)
# Lower-case words an office or a list may hold; any other lower-case word ends the names ("… were present").
LIST_WORDS = {"of", "for", "and", "the", "in", "on", "to", "at", "&", "och", "för", "i", "a", "ac", "y", "yr",
              "et", "des", "und", "with"} | NAME_PARTICLES
# The last entry of a list: "…, and Luke Spillman" (Welsh "ac", or "a" before a consonant, Swedish "och", French "et").
LAST_ENTRY = re.compile(r"(?:,|\s)(?:and|ac|och|et|a(?=\s+[A-Z]))\s+[^,]+$")
# A name run on into its office ("Joseph Tynan Service Manager …") is at most this many words, and the office
# has an office word among its first words ("Democratic Services Officer", "Principal Area Planning Officer").
MAX_NAME_WORDS = 4
TRAILING_OFFICE_HEAD = 4
# (Welsh "a" joins the last name after a name or its office in brackets, before a capital: "Huw Wyn Jones a Gareth Jones")
SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&|\bplus\b|\ba[’']r\b|\bac\b|(?<=[a-z)]\s)a(?=\s+[A-Z])|\boch\b|\bet\b)\s*")
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
            if key == "remote":  # "Via Teleconference: Commissioner Dana Fox" (a member), "Zoom: Alana Valle, Pinchin"
                target = "present" if person.title or (person.role and LEADING_ROLE.fullmatch(person.role)) else "in_attendance"
            if key == MEMBERS:
                target = "present"  # "Board Members Present: …; Alice Moreno, Clerk": the board's clerk is a member
            elif target == "present" and person.role and attending_role(person.role):
                target = "in_attendance"
            getattr(self, target).append(person)


def attending_role(role: str) -> bool:
    """An officer's role, or another body's named by an acronym ("EDC"): whoever holds it attends. A word in capitals
    that is an office is read as the office, no acronym ("MAYOR" is a member's, "CLERK" an officer's)."""
    return bool(ATTENDING_ROLE.search(role.lower() if ROLE_WORD.search(role.lower()) else role))


def members_listed_as_attending(attendance: Attendance) -> None:
    """Minutes with no list of members present that head theirs "In Attendance:" (New Zealand councils: "In
    Attendance: Cr Gavin Benney (Chairperson), Her Worship the Mayor …", the officers under "Scribe:"): those
    who carry a member's title are the members present; anyone else listed there ("Mrs K Smith (Clerk)") stays.
    So too where the only member listed present is who presided ("Cathaoirleach: Cllr. Michael Doyle" over "Also
    Present: Cllrs. Fidelis Doherty, …", Irish councils): those also present with a member's title are the others."""
    presiding_only = len(attendance.present) == 1 and bool(attendance.present[0].role) and bool(
        PRESIDING_OFFICE.fullmatch(attendance.present[0].role.strip()))
    if attendance.present and not presiding_only:
        return
    def is_member(person: Person) -> bool:
        if person.role and LEADING_ROLE.fullmatch(person.role):
            return not attending_role(person.role)  # "Mayor Vince Cocurullo", not "Clerk J H Todd"
        return bool(person.title and not PERSONAL_TITLE.match(person.title))
    members, plural = [], False
    for person in attendance.in_attendance:
        if person.title or person.role:
            # a member's title in the plural is every next name's until one with a title or office of its own
            # ("Cllrs. Fidelis Doherty, Pat Fitzpatrick and Eamon Aylward")
            plural = is_member(person) and bool(re.search(r"s\.?$", person.title or ""))
        if is_member(person) or plural:
            members.append(person)
    attendance.present += members
    attendance.in_attendance = [p for p in attendance.in_attendance if p not in members]


def label_key(text: str) -> tuple[str, str] | None:
    """The attendance list a line opens, and the rest of the line after the label. In minutes a members field
    ("Members: Cr K Brown (Shire President), Cr L Tan", under "ATTENDANCE") names the members who attended, and an
    office over its holder ("Cathaoirleach: Cllr. M. Doyle", "Chair: Cllr A Patel") who presided."""
    m = ATTENDANCE_LABEL.match(text.strip())
    if not m and (members := MEMBERS_FIELD.match(text)) and not COVER_TO.match(text):
        return "present", members.group("names")
    if not m and (office := OFFICE_FIELD.match(text.strip())):
        # "Cathaoirleach: Cllr. M. Doyle" over "Members Present: …": who presided; "Parish Clerk: Helen Spurgeon": an officer
        return ("in_attendance" if attending_role(office.group("office")) else "present"), text.strip()
    field = bool(m) and text.strip()[:1].isupper() and m.group(0).rstrip(" -–").endswith(":")  # "Trustees present: …"
    # a label alone on its line heads the list under it, in lower case too ("Committee Members present")
    heading = bool(m) and text.strip()[:1].isupper() and not text.strip()[m.end():].strip()
    if not m or (m.group("label")[:1].islower() and not field and not heading):
        return None  # "absent and Deputy Mayor Swandel, …": a sentence wrapped onto the line
    first = text.strip()[m.end():].split()[:1]
    if (first and first[0][:1].islower() and first[0] not in LIST_WORDS and not name_word(first[0])
            and not ROLE_WORD.fullmatch(first[0])):  # "Non-Members Present: inspector McMullen, …" (OCR's capital)
        return None  # "Apologies for absence were received from …": a sentence, read as one
    key = attendance_list_of(m.group("label"))
    return ("in_attendance" if key == "public" else key), text.strip()[m.end():]


def split_inline_labels(text: str) -> list[tuple[str | None, str]]:
    """ "Present: A, B Absent: C" → [("present", "A, B"), ("absent", "C")]."""
    pieces = re.split(r"\b((?:Also\s+)?Present|Absent|Apologies|Staff(?:\s+present)?|(?:Also\s+)?In attendance)\s*:\s*",
                      text, flags=re.I)
    out: list[tuple[str | None, str]] = [(None, pieces[0])]
    for label, rest in zip(pieces[1::2], pieces[2::2]):
        out.append((attendance_list_of(label), rest))
    return out


def strip_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Leading honorifics ("Councillors", "Board Member") → (title, remaining words)."""
    taken: list[str] = []
    while words:
        two = " ".join(words[:2])
        if len(words) > 1 and HONORIFIC.fullmatch(two):
            taken.append(two)
            words = words[2:]
        elif HONORIFIC.fullmatch(words[0]) or french_monsieur(words) or joint_title(words[0]):
            taken.append(words[0])
            words = words[1:]
        elif taken and (words[0] == "/" or words[0] == "the") and len(words) > 1:
            # "Councilmembers / Board Members / Commissioners"; "Her Worship the Mayor Vince Cocurullo"
            taken.append(words[0])
            words = words[1:]
        else:
            break
    return (" ".join(taken) or None), words


def joint_title(word: str) -> bool:
    """ "Councilmembers/Commissioners": a joint meeting's members, titled for each body that met."""
    parts = word.split("/")
    return len(parts) > 1 and all(HONORIFIC.fullmatch(part) for part in parts)


def french_monsieur(words: list[str]) -> bool:
    """ "M. André Gagnon": French minutes abbreviate Monsieur "M." before a full name; before a surname alone
    ("Councillor M. Barry") or more initials ("M. J. Barry") it is an initial."""
    return (len(words) >= 3 and words[0] == "M." and len(words[1]) > 2 and words[1][:1].isupper()
            and not words[1].endswith("."))


def uncased(text: str) -> bool:
    """Written in a script without capitals (Japanese, Chinese): names there cannot be told by case."""
    return any(c.isalpha() and not c.isupper() and not c.islower() for c in text)


def name_word(word: str) -> bool:
    """A word of a name: capitalised in any alphabet ("Östman", "O’Sullivan", "J."), a prefixed surname
    ("deHaan"), or a word of a script without capitals."""
    if re.fullmatch(r"[a-z]{1,3}[A-Z][\w'’-]+", word) or uncased(word):
        return True
    return word[:1].isupper() and all(c.isalnum() or c in "'’.-" for c in word)


def looks_like_name(words: list[str]) -> bool:
    return (0 < len(words) <= 5 and all(name_word(w) or w.lower() in NAME_PARTICLES for w in words)
            and name_word(words[-1]) and not ROLE_WORD.search(" ".join(words)))


def subject_words(words: list[str]) -> list[str]:
    """The words up to where a sentence's predicate begins: "Bill Tuttle were present" → "Bill Tuttle"; a
    title in lower case before the name is none ("Madame la conseillère Marie Tremblay"), nor an office in lower
    case after its first word ("vice ordförande", as Swedish and Finnish lists write offices)."""
    lead = len(words) - len(strip_title(words)[1])
    for index, word in enumerate(words[lead:]):
        office_word = ROLE_WORD.fullmatch(word) and word not in ("of", "for", "and")
        if index and word[:1].islower() and word.lower() not in LIST_WORDS and not name_word(word) and not office_word:
            return words[:lead + index]
    return words


def parse_piece(piece: str, alone: bool = True) -> list[Person]:
    """One comma-separated piece → the people in it ("D Richardson (Chair) N Cresswell" is two).

    ``alone``: the piece is the whole entry, not one of a list (see parse_names)."""
    people: list[Person] = []
    if held := portfolio_holder(piece):  # "Deputy Mayor for Policing and Crime Sophie Linden"
        return [Person(name=held.group("name"), role=held.group("office"))]
    dashed = NAME_DASH_ROLE.match(clean_spaces(piece))
    if dashed and looks_like_name(strip_title(dashed.group("name").split())[1]) and is_role(dashed.group("role")):
        return parse_names(dashed.group("name"), dashed.group("role"))  # "Olive O’Sullivan – Town Clerk"
    if dashed and looks_like_name(strip_title(dashed.group("role").split())[1]) and is_role(dashed.group("name")):
        return parse_names(dashed.group("role"), dashed.group("name"))  # "Chief Executive – Ann Lee"
    # A parenthesised role closes a name: "D Richardson (Chair) N Cresswell"; an office closes with its holder's
    # name in brackets: "Chief Executive (Lisa Ford)".
    for chunk, role in re.findall(r"([^()]*)(?:\(([^)]*)\))?", piece):
        if role and office_before_holder(chunk, role):
            people += parse_names(role, re.sub(r"^(?i:the)\s+", "", clean_spaces(chunk.strip(" ,;"))), alone)
        else:
            people += parse_names(chunk, role or None, alone)
    return people


def portfolio_holder(piece: str) -> re.Match | None:
    """An office of a portfolio then its holder's name (PORTFOLIO_THEN_HOLDER), where the portfolio holds no title
    nor office and the name no title: not "Head of Planning and Mr K Turner", "Director of Finance and Chief Executive
    Lee"."""
    m = PORTFOLIO_THEN_HOLDER.fullmatch(clean_spaces(piece.strip(" ,;")))
    if m and " " not in m.group("name") and not m.group(0).isupper():
        return None  # a surname alone after the office only in capitals: "Director of Finance OPERATIONS" is none
    fields = m.group("portfolio").split()[::2] + m.group("name").split() if m else []
    # (the words in lower case, as ROLE_WORD reads no acronym there: "MARY KLINE")
    if m and is_role(m.group("office")) and not any(HONORIFIC.fullmatch(w) or ROLE_WORD.fullmatch(w.lower()) for w in fields):
        return m
    return None


def office_before_holder(office: str, bracketed: str) -> bool:
    """ "Executive Director of Education (Dr S Baird)", "Governance Advisor (Jo Smith)": an office, then the name of
    who holds it in brackets, as Scottish and New Zealand minutes list officers; not "D Richardson (Chair)" nor
    "Mrs C Head (Head of Finance Operations)"."""
    _, holder = strip_title(clean_spaces(bracketed).split())
    return bool(holder) and looks_like_name(holder) and is_role(clean_spaces(office.strip(" ,;")))


def parse_names(text: str, trailing_role: str | None, alone: bool = True) -> list[Person]:
    """The people in ``text``. A name run on into its office ("Jane Smith Chief Executive") is read so only
    where it stands alone or among others run on the same way: inside a list the capitalised words before an
    office are a department ("…, Human Resources Director and Executive Secretary …")."""
    # "The BMLSCB", Welsh "y Cyng.", "Y Cynghorwyr E Jones" (the article, not an initial, before a title)
    text = re.sub(r"^(?:(?i:the)|y|yr|Yr?(?=\s+(?i:cyng)))\s+", "", clean_spaces(text.strip(" .–-:[]")))
    if not text:
        return []
    found: list[Person] = []
    role, title = None, None
    words = [w for w in subject_words(text.split()) if not POSTNOMINAL.fullmatch(w.strip(","))]
    if not LEADING_ROLE.match(" ".join(words)) and not strip_title(words)[0] and not trailing_role:
        office, person = split_office(words)
        # an officer's office before the name: "Deputy Clerk Administrative Assistant Kristin Linklater" (but
        # "P Moran Clerk J H Todd" is a name, then an office before the next)
        if person and not any(re.fullmatch(r"[A-Z]\.?", w) for w in office):
            return [Person(name=" ".join(person), role=" ".join(office))]
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
    if name and not looks_like_name(name) and not (trailing_role and all(map(name_word, name))) and not (
            (title or role) and len(name) == 1 and name_word(name[0])):
        # (a name followed by its office in brackets is a name, even "Mrs C Head (Head of Finance Operations)"; so is
        # a surname in capitals after a member's title or office, no acronym: "COUNCILLOR BERMAN", "Councillor
        # MACKAY", "MAYOR JONES")
        office, person = split_office(name)
        run_on = [] if person or trailing_role else split_run_on(name)
        if len(run_on) > (0 if alone else 1):  # "Jane Smith Chief Executive John Brown Director of Finance"
            for index, (named, held) in enumerate(run_on):
                extra_title, named = strip_title(named)
                found.append(Person(name=" ".join(named), role=" ".join(held),
                                    title=extra_title or (title if index == 0 else None)))
            return found
        if person:  # "Department (ARPD) Director Amy Wooldridge"
            role, name = " ".join(office), person
        else:
            # Not a name: an office standing alone, returned as a role-only entry for the caller to attach.
            found.append(Person(name="", role=" ".join(name)))
            name = []
    close()
    return found


def split_office(words: list[str]) -> tuple[list[str], list[str]]:
    """Office words then a name at the end → (office, name); ([], []) when no name ends the words. A surname
    alone ends them after an office of two words or more ("City Manager Green", not "Head Teacher")."""
    capitals = " ".join(words).isupper()  # (where case marks no acronym, an office is told by its words)
    for cut in range(len(words) - (1 if len(words) >= 3 else 2), 0, -1):
        word = words[cut - 1].lower() if capitals else words[cut - 1]
        office_word = word.lower() not in ("and", "of", "for") and ROLE_WORD.search(word)
        # (a surname alone ends an office, not a list nor a count: "Vice-Chair Rauk and Board Member Lynch",
        # "1 - Council Member Harris")
        listed = cut == len(words) - 1 and (bool(SEPARATORS.search(" ".join(words[:cut])))
                                            or not all(name_word(w) or w in ("of", "for") for w in words[:cut]))
        if office_word and not listed and holder_name(words[cut:], words[:cut]) and not HONORIFIC.fullmatch(words[cut]):
            return words[:cut], words[cut:]
    return [], []


def holder_name(name: list[str], office: list[str]) -> bool:
    """Whether ``name`` names the holder of the ``office`` before it. Where both are in capitals (US minutes written
    so: "TOWN ADMINISTRATOR MORGAN") case marks no acronym, and the word after the office is its holder's surname."""
    if " ".join(office + name).isupper():
        return looks_like_name([word.lower().capitalize() for word in name])
    return looks_like_name(name)


def split_trailing_office(words: list[str]) -> tuple[list[str], list[str]]:
    """A name then its office run on without a comma or dash → (name, office); ([], []) when no office
    follows a name: "Joseph Tynan Service Manager Multi Agency Safeguarding Hub" → Joseph Tynan, Service
    Manager …; "Malcolm W Taylor Strategic Lead" → Malcolm W Taylor (an initial does not end a name).

    The office is two or more words with an office word (``ROLE_WORD``) among its first
    ``TRAILING_OFFICE_HEAD`` capitalised ones ("Democratic Services Officer", "Church of England
    Representative"); the name is the shortest that leaves one.
    """
    if looks_like_name(words):
        return [], []
    for cut in range(2, min(len(words) - 2, MAX_NAME_WORDS) + 1):
        name, office = words[:cut], words[cut:]
        if re.fullmatch(r"[A-Z]\.?", name[-1]) or name[-1].lower() in NAME_PARTICLES or not looks_like_name(name):
            continue
        head = [w for w in office if name_word(w)][:TRAILING_OFFICE_HEAD]  # "Church of England Representative"
        if name_word(office[0]) and any(ROLE_WORD.fullmatch(w) for w in head):
            return name, office
    return [], []


def split_run_on(words: list[str]) -> list[tuple[list[str], list[str]]]:
    """Names each run on into an office, without commas: "Jane Smith Chief Executive John Brown Director of
    Finance" → (Jane Smith, Chief Executive), (John Brown, Director of Finance); [] unless every name has one.

    Each name is the shortest that leaves an office (as in split_trailing_office: an office word among its first
    capitalised words), each office the shortest after which the rest divides the same way."""
    divided: dict[int, list[tuple[list[str], list[str]]]] = {len(words): []}

    def from_word(start: int) -> list[tuple[list[str], list[str]]] | None:
        if start not in divided:
            divided[start] = None
            for cut in range(start + 2, min(len(words) - 1, start + MAX_NAME_WORDS) + 1):
                name = words[start:cut]
                if re.fullmatch(r"[A-Z]\.?", name[-1]) or name[-1].lower() in NAME_PARTICLES or not looks_like_name(name):
                    continue
                for end in range(cut + 1, len(words) + 1):
                    office = words[cut:end]
                    head = [w for w in office if name_word(w)][:TRAILING_OFFICE_HEAD]
                    if not (name_word(office[0]) and any(ROLE_WORD.fullmatch(w) for w in head)) \
                            or office[-1].lower() in LIST_WORDS:  # "Director of" runs on
                        continue
                    rest = from_word(end)
                    if rest is not None:
                        divided[start] = [(name, office)] + rest
                        return divided[start]
        return divided[start]

    return (from_word(0) or []) if words else []


def parse_people(text: str) -> list[Person]:
    """Prose or roll-call attendance text → people, with roles and honorifics separated."""
    text = re.sub(r"\s+[–-]\s*\d+\.?\s*$", "", clean_spaces(text))  # roll-call count: "… Gilmore – 5."
    text = ROLL_COUNT.sub("", text)  # Legistar's count first: "Present: 4 - Councilmember Amy Smith, …"
    text = BILINGUAL_TITLE.sub("", text)
    text = OFFICE_PORTFOLIO.sub(office_holder, text)
    text = without_initials(without_parties(titles_without_colons(text)))
    text = re.sub(r"(?:\s*[,;]\s*){2,}", ", ", text).strip(" ,;")  # where an office alone was taken out
    if NOBODY.match(text) or not text:
        return []
    if (turned := list(map(forename_first, entries := top_level_entries(text)))) != entries:
        text = "; ".join(turned)
    if len(entries := top_level_entries(text)) > 1 and all(listed := [parse_listed_line(e) for e in entries]):
        return listed  # "Dr. Alan Cho, Superintendent; Rita Gomez, Assistant Superintendent, Business Services"
    group = GROUP_AFTER_LIST.match(text)
    listed = parse_people(group.group("list")) if group and not is_role(group.group("group")) else []
    if len(listed) >= 2 and all(looks_like_name(p.name.split()) and not p.role for p in listed):
        # "Alana Valle and Tim McBride, Pinchin.": the firm or body the listed people came from
        return [Person(name=p.name, title=p.title, role=group.group("group")) for p in listed]
    people: list[Person] = []
    shared_titles: list[str] = []  # "Mr & Mrs Godfrey" is two people sharing a surname
    pieces = with_name_suffixes(top_level_pieces(text))
    each_run_on = len(pieces) > 1 and all(map(name_run_on_into_office, pieces))
    for piece in pieces:
        if HONORIFIC.fullmatch(piece.strip()):
            shared_titles.append(piece.strip())
            continue
        for person in parse_piece(piece, alone=len(pieces) == 1 or each_run_on):
            if person.name and len(person.name.split()) > 1:
                shared_titles = []  # "Mmes et Mrs Fabrice BERJONNEAU, …": titles over a list, not two people
            if person.name:
                people += [Person(name=person.name, role=person.role, title=t) for t in shared_titles]
                shared_titles = []
                people.append(person)
            elif people and ROLE_WORD.search(person.role or ""):
                # "Alan Armstrong, EDC"; a second office is the same person's: "Timo Järvinen, kunnanjohtaja,
                # esittelijä" (Finnish and Swedish protocols' officers, as "kanslist, protokollförare")
                people[-1].role = f"{people[-1].role}, {person.role}" if people[-1].role else person.role
    return [p for p in people if p.name and p.name.lower() not in ("none", "guests")]


def forename_first(entry: str) -> str:
    """ "SMITH, John (Chair)" → "John SMITH (Chair)": a name printed surname first (SURNAME_FIRST) in the order the
    rest of the minutes name people; "SMITH, Chair" is a surname and its office, and stays."""
    m = SURNAME_FIRST.fullmatch(entry.strip())
    if not m or is_role(m.group("forenames")):
        # the list's last two joined by "and": "JONES, Mary and PATEL, Ravi"
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", entry.strip())
        if pair and all(SURNAME_FIRST.fullmatch(part) for part in pair.groups()):
            return "; ".join(forename_first(part) for part in pair.groups())
        return entry
    return f"{m.group('forenames')} {m.group('surname')}{m.group('rest') or ''}"


def name_run_on_into_office(piece: str) -> bool:
    """A list's entry that is a name run on into its office, nothing between: "T Coop Democratic Services Officer"
    (an English district council's officers, "…, L Jeffries Principal Area Planning Officer"). Where every entry is,
    each is read so; "Human Resources Director" alone, or "D Richardson (Chair)", is none."""
    if re.search(r"[()–-]", piece):
        return False
    people = parse_piece(piece)
    words = clean_spaces(piece.strip(" ,;")).split()
    return (len(people) == 1 and bool(people[0].name and people[0].role)
            and " ".join(words).endswith(people[0].role) and people[0].name.split()[0] in words[:2])


def without_parties(text: str) -> str:
    """``text`` less the members' parties in brackets (PARTY_AFTER_NAME): "Anna Andersson (S), ordförande" is Anna
    Andersson, ordförande. A party of one letter only in a list naming two or more parties."""
    parties = list(PARTY_AFTER_NAME.finditer(text))
    for m in reversed(parties):
        if len(m.group("party")) > 1 or len(parties) >= 2:
            text = text[:m.start()] + text[m.end():]
    return text


def titles_without_colons(text: str) -> str:
    """A members' title in the plural that heads the rest of a list with a colon, inside it ("…, Messieurs les
    conseillers: Lucien Boily, Jocelyn Fradette …", a Quebec town's procès-verbal; "Councillors: E. Simpson …" at
    a line's start, LIST_TITLE) is the title of the names after it, as it is without the colon."""
    def title(m: re.Match) -> str:
        words = m.group("title").split()
        return m.group(0) if strip_title(words)[1] else f"{m.group('before')}{m.group('title')} "
    return re.sub(r"(?P<before>^|[,;]\s*)(?P<title>[^\W\d][^,;:()]{1,40}?)\s*:\s+", title, text)


def without_initials(text: str) -> str:
    """``text`` less the members' initials in brackets after their names (MEMBER_INITIALS): "E. Simpson
    (ES)(Chairman)" is E. Simpson, Chairman; "A.Wragg (AWr)" is A.Wragg. Only initials that spell the name before
    them, its first word's initial first and its surname's last: "Jane Smith (CEO)" holds an office."""
    for m in reversed(list(MEMBER_INITIALS.finditer(text))):
        before = re.split(r"[,;()]", text[:m.start()])[-1]
        _, words = strip_title(re.sub(r"\.(?=\w)", ". ", before).split())
        capitals = [c for c in m.group("initials") if c.isupper()]
        if (len(capitals) >= 2 and len(words) >= 2 and looks_like_name(words)
                and capitals[0] == words[0][0] and capitals[-1] == words[-1][0]):
            text = text[:m.start()] + text[m.end():]
    return text


def top_level_entries(text: str) -> list[str]:
    """``text`` cut at the semicolons that stand outside brackets: the entries of a list that keeps its commas for
    each entry's name and office."""
    entries, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth = max(0, depth + (char == "(") - (char == ")"))
        if char == ";" and depth == 0:
            entries.append(text[start:index].strip())
            start = index + 1
    return [e for e in entries + [without_closing_stop(text[start:].strip())] if e]


def without_closing_stop(text: str) -> str:
    """A list's closing full stop is no part of its last office: "…; Ellen Hagen, Deputy Auditor.", "Madame Sylvie
    Morin, directrice générale et greffière-trésorière." (an initial's or a short abbreviation's stop stays)."""
    return re.sub(r"(?<=[^\W\d_]{3})\.$", "", text)


def office_holder(m: re.Match) -> str:
    """An office and its portfolio (OFFICE_PORTFOLIO) as its holder: "Director – Place and Climate Change (J Smith)"
    is J Smith in that office, "Director – Place and Climate Change" alone nobody; "Chief Executive – Ann Lee" names
    the holder after the dash (a portfolio joins its fields: "and", "of", "&")."""
    if m.group("name"):
        return f" {m.group('name')} ({m.group('office')} – {m.group('portfolio')})"
    return "" if re.search(r"\s(?:and|of|for|&)\s", m.group("portfolio")) else m.group(0)


def top_level_pieces(text: str) -> list[str]:
    """``text`` cut at the separators that stand outside brackets: "Mrs S Hammond (Corporate Director
    Children, Young People and Education), Mrs A Beer" is two pieces. An office may hold "&" or "and": "Land
    Planning & Technology Administrator John-Paul Negrinotti", "Chief Executive and Monitoring Officer Jonathan
    Amos" are one piece each, the office then the name (one_office_across); so is an office named in
    JOINED_OFFICE ("Police, Fire and Crime Commissioner Roger Hirst")."""
    pieces, depth, start = [], 0, 0
    joins: dict[int, str] = {}  # index of a piece that ends at an "&" or "and": that word
    inside_office = [range(m.start(), m.end()) for m in JOINED_OFFICE.finditer(text)]
    for m in re.finditer(r"[()]|" + SEPARATORS.pattern, text):
        if m.group() in "()":
            depth = max(0, depth + (1 if m.group() == "(" else -1))
        elif depth == 0 and not any(m.start() in span for span in inside_office):
            if m.group().strip() in ("&", "and"):
                joins[len(pieces)] = m.group().strip()
            pieces.append(text[start:m.start()])
            start = m.end()
    pieces.append(text[start:])
    for index in sorted(joins, reverse=True):
        if one_office_across(pieces[index], pieces[index + 1], joins[index]):
            pieces[index:index + 2] = [f"{pieces[index]} {joins[index]} {pieces[index + 1].strip()}"]
    return split_at_capital_and(pieces)


def with_name_suffixes(pieces: list[str]) -> list[str]:
    """A generational suffix cut off its name at a comma (SUFFIX_AFTER_COMMA) put back: "Victor Aguilar", "Jr." is
    "Victor Aguilar Jr.", one person; an office after the suffix stays a piece of its own, the same person's
    ("Ignacio Ramirez", "Sr. City Attorney"). Not before a name ("Sr. García"), nor after a word alone (a name cut
    at the stop of a Spanish "Sra. López")."""
    joined: list[str] = []
    for piece in pieces:
        suffix = SUFFIX_AFTER_COMMA.match(piece)
        rest = suffix.group("rest").strip() if suffix else ""
        words = joined[-1].split() if joined else []
        if suffix and len(words) >= 2 and name_word(words[-1]) and (not rest or is_role(rest)):
            joined[-1] = f"{joined[-1].rstrip()} {suffix.group('suffix')}"
            if rest:
                joined.append(rest)
        else:
            joined.append(piece)
    return joined


def split_at_capital_and(pieces: list[str]) -> list[str]:
    """Minutes written in capitals (US cities, counties) join names by "AND": "COUNCILMEMBERS BERMAN AND SMITH" is
    two people, "COUNCILLORS BERMAN, LEE AND SMITH" three. It separates names only in a list a plural honorific
    opens, where every name after it is a member's as the title says (a surname in capitals alone reads as an
    acronym, "EDC"), up to a piece with a title or an office of its own; from an office on it is a word of the
    office ("DIRECTOR OF FINANCE AND RESOURCES MARY KLINE"), and the members named before the office are the
    title's ("COUNCILLORS BERMAN AND SMITH AND CITY CLERK JANE ROE")."""
    split: list[str] = []
    plural = None
    for piece in pieces:
        if piece.isupper():
            piece = re.sub(r"^\s*AND\s+", "", piece)  # ", AND ORTIZ": the list's last name after a comma
        title, words = strip_title(piece.split())
        names = re.split(r"\s+AND\s+", " ".join(words))
        # (in lower case ROLE_WORD reads no acronym)
        members = next((index for index, name in enumerate(names) if ROLE_WORD.search(name.lower())), len(names))
        if title or members < len(names) or not piece.isupper():
            plural = title if title and members and piece.isupper() and re.search(r"(?:S|MEN)\.?$", title) else None
        if not plural:
            split.append(piece)
            continue
        split += [f"{plural} {name}" for name in names[:members]]
        if members < len(names):
            split.append(" AND ".join(names[members:]))  # the office and its holder, another's
            plural = None
    return split


def one_office_across(before: str, after: str, joiner: str) -> bool:
    """Whether the "&" or "and" between ``before`` and ``after`` joins two fields of one office: an office of a
    portfolio running on ("Director of Finance and Resources", office_goes_on), or words naming nobody of their
    own (no initial, no honorific) before an office and its holder ("Land Planning & Technology Administrator
    John-Paul Negrinotti"; with "and" the words before are an office themselves: "Chief Executive and
    Monitoring Officer Jonathan Amos", not "Smith and Deputy Mayor Jones" nor an office with its holder's name,
    "Village Administrator Tom Harris and Village Clerk Amy Chen")."""
    if (joiner == "and" and office_goes_on(before, after)) or portfolio_holder(f"{before} {joiner} {after}"):
        return True
    words = before.split()
    office, name = split_office(after.split())
    return bool(office and name and words and not strip_title(words)[0]
                and not any(re.fullmatch(r"[A-Z]\.?", w) for w in words)
                and (joiner == "&" or (is_role(before) and not split_office(words)[1] and not strip_title(after.split())[0])))


def office_goes_on(before: str, after: str) -> bool:
    """An office "X of Y" that runs on past its "and": "Director of Finance and Resources", "Head of Planning and
    Regulation" (British councils' officers). The words after name nobody: no title, no initial, a few capitalised
    words that are no office and name of their own ("Director of Finance and Chief Executive Lee" is two)."""
    # (its holder may follow in brackets or after a dash: "… and Resources (Jane Doe)", "… and Regulation – K Turner")
    words, following = before.split(), re.sub(r"\([^)]*\)|\s[–—-]\s.*$", " ", after).split()
    return (bool(OFFICE_OF.fullmatch(before.strip())) and is_role(before) and 0 < len(following) <= 3
            and all(w[:1].isupper() and not re.fullmatch(r"[A-Z]\.?", w) for w in following)
            and not strip_title(following)[0] and not split_office(following)[0] and len(words) >= 3)


def parse_listed_line(text: str) -> Person | None:
    """One line of a list: "Name, Role" or "Name (Role)"; None when the line is not one person."""
    text = forename_first(without_parties(AND_OTHERS.sub("", clean_spaces(text))))
    if uncased(text):
        return uncased_listed_line(text)
    name_part, _, role = text.partition(",")
    outside = re.sub(r"\([^()]*\)", " ", name_part).split()  # (brackets hold a note in any case: "(as a substitute …)")
    if (re.search(r"\)\s*(?:and|&|;|ac|a(?=\s+[A-Z]))\s+\S|;", name_part)
            or subject_words(outside) != outside):
        return None  # "Mr J Cook (…) and Mr B Watts" (Welsh "… a Mr B Watts"), "Town Administrator Lisa Grant; Town Clerk Paul Fox": two
        # people; "Elektroniska underskrifer": not a name
    named = [p for p in parse_piece(name_part) if p.name]
    # (a line in capitals that is a surname after its office or title is a name, no acronym: "DIRECTOR OF FINANCE
    # KLINE", "COUNCILMEMBER PATEL"; after a comma come more names: "SELECTMEN DAVIS, HALE AND PRICE")
    office = named[0].role or named[0].title if len(named) == 1 and not role.strip() else None
    if len(named) != 1 or not (looks_like_name(named[0].name.split())
                               or office and holder_name(named[0].name.split(), office.split())):
        return None
    person = named[0]
    if role.strip():
        if person.role or not is_role(role) or ";" in role or lower_case_office_then_name(role):
            # "Olive O’Sullivan – Town Clerk, Becki Leonard - …", "Sam Reed, Planning Director; Amy Cho, Associate
            # Planner", "Eva Nord, ordförande, Olle Strand": a list
            return None  # "Hosmer, John Nolan": a wrapped prose list, not a role
        person.role = without_closing_stop(role.strip())
    return person


def lower_case_office_then_name(role: str) -> bool:
    """An office in lower case, as Swedish, Finnish and French write them, then a name: "ordförande, Olle Strand" is
    the office of one and the next person, not one office ("Assistant Superintendent, Business Services" is)."""
    first, *rest = role.split(",")
    return first.strip()[:1].islower() and any(looks_like_name(strip_title(piece.split())[1]) for piece in rest)


def uncased_listed_line(text: str) -> Person | None:
    """A line of a list in a script without capitals: "委員長 平山たかお議員" (office, name and honorific);
    "中野晋総務部長" (name and office run together) is kept whole for the speaker labels to divide."""
    if " " not in text:
        return Person(name=text) if len(text) <= UNCASED_LINE_CHARS else None
    m = OFFICE_SPACE_NAME.fullmatch(text)
    return Person(name=m.group("name"), role=m.group("role")) if m else None


def uncased_entries(text: str) -> list[Person]:
    """A line of a Japanese list with several entries, each an office then a name: "委員長　山田　太郎
    副委員長　鈴木　一郎" → 山田 太郎 (委員長), 鈴木 一郎 (副委員長). An office spread out to align the
    columns ("委　員") is one word; a line with no office word names nobody this way."""
    words = clean_spaces(AND_OTHERS.sub("", text)).split()
    for i in range(len(words) - 2, -1, -1):
        if len(words[i]) == len(words[i + 1]) == 1 and JAPANESE_OFFICE.match(words[i] + words[i + 1]):
            words[i:i + 2] = [words[i] + words[i + 1]]  # "委　員", spread to align a column
    people: list[Person] = []
    for word in words:
        if JAPANESE_OFFICE.match(word):
            people.append(Person(name="", role=word))
        elif people:
            people[-1].name = f"{people[-1].name} {re.sub(HONORIFIC_AFTER_NAME, '', word)}".strip()
        else:
            return []  # a name before any office: not this kind of list
    return [p for p in people if p.name]


def split_run_together(person: Person, offices: dict[str, str]) -> Person:
    """ "中野晋総務部長" → 中野晋, 総務部長: where the record names each speaker as office（name）
    (``offices``: name → office), a known name opens the line, or a known office (or the start or end
    of one) follows the name."""
    group = person.role or ""
    if not uncased(person.name) or not re.fullmatch(r"(?:[（(][^）)]*[）)])?", group):
        return person  # its office is known already ("委員長 平山たかお議員"); a group heading ("（交通局）") is not one
    text = person.name
    for name in sorted(offices, key=len, reverse=True):
        if text.startswith(name) and len(text) > len(name):
            return Person(name=name, role=text[len(name):] + group)
    known = set(offices.values())
    for cut in range(UNCASED_NAME_CHARS[0], min(UNCASED_NAME_CHARS[1], len(text) - 1) + 1):
        rest = re.sub(r"[（(].*$", "", text[cut:])
        if any(office == rest or office.endswith(rest) or office[:2] == rest[:2] for office in known):
            return Person(name=text[:cut], role=text[cut:] + group)
    return person


def is_role(text: str) -> bool:
    """An office ("Church of England Representative"), not more names ("Shabazz, Tilos and Acting Chair")."""
    if (text.count(",") >= 2 and not office_of_services(text)) or re.match(r"\s*(?:and|&)\s", text):
        return False  # "Linklater, and Municipal Administrator …": a prose list wrapped onto the line
    if OFFICE_COMPOUND.fullmatch(text.strip()) and ROLE_WORD.fullmatch(text.split()[-1]):
        return True  # "Committee & Member Services Officer": two fields of one office, not a name and an office
    first = SEPARATORS.split(text.strip())[0]
    lead = LEADING_ROLE.match(first)
    _, words = strip_title(first[lead.end():].split() if lead else first.split())
    return bool(ROLE_WORD.search(text)) and not looks_like_name(words)


def office_of_services(text: str) -> bool:
    """An office, then the services it heads, each a word, listed with commas: "Executive Chief Officer,
    Infrastructure, Environment and Economy" (a Scottish council's officer), "Director of Housing, Property, Roads and
    Transport" (an English county's). Not a list of names after a name ("Shabazz, Tilos and Acting Chair"), nor an
    office, a name and another office ("Clerk, John Smith, Treasurer")."""
    first, *rest = [piece.strip() for piece in text.split(",")]
    services = [word for piece in rest for word in re.split(r"\s*\b(?:and|&)\s+", piece) if word]
    return (bool(services) and "," not in first and is_role(first)
            and all(re.fullmatch(r"[A-Z][a-z]+", word) and not ROLE_WORD.search(word) for word in services))


def runs_on(text: str) -> bool:
    """A line that ends mid-list ("…, R Healey and"), mid-name ("…, Dr M"), inside brackets ("(Acting Chief") or
    mid-word ("Administrator-Clerk-")."""
    text = text.strip()
    last = text.split()[-1] if text.split() else ""
    # "…, Viloria and Mayor" over "Gonzalez": an office that leads a name ends the line
    words = text.split()
    office_at_end = any(words[-n - 1:-n] == ["and"] and LEADING_ROLE.fullmatch(" ".join(words[-n:])) for n in (1, 2, 3))
    # a title waiting for its name ("…, Councillor" over "Smith"), not the last word of an office after its holder's
    # name ("Cr James Martin, Shire President, Presiding Member")
    piece = text.rpartition(",")[2].strip()
    title_at_end = HONORIFIC.fullmatch(last) and not (len(piece.split()) > 1 and is_role(piece))
    return bool(re.search(r"(?:,|&|\band|\bplus)\s*$|\w-$", text) or text.count("(") > text.count(")")
                or title_at_end or re.fullmatch(r"[A-Z]\.?", last) or office_at_end)


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
        labelled = LIST_TITLE.match(text) or OFFICE_FIELD.match(text)  # "Councillors: …" under "Cathaoirleach: …"
        continued = unfinished_list(groups[-1]) or not parse_listed_line(text) if groups else False
        if groups and not labelled and (runs_on(groups[-1]) or wrapped or ends_in_half_a_name(groups[-1], text)
                                        or (continued and not opens_with_a_title(text))):
            # a word broken at its hyphen ("Administrator-Clerk-" / "Treasurer") is joined whole
            groups[-1] = f"{groups[-1]}{text}" if re.search(r"\w-$", groups[-1]) else f"{groups[-1]} {text}"
        else:
            groups.append(text)
    return groups


def opens_with_a_title(text: str) -> bool:
    """A line led by an honorific ("Cllr. J. Cronin") opens an entry of its own: under "Cllr. M. Foley,
    Cathaoirleach" (a name, a comma, the office) it is the next person, not the rest of a wrapped prose list,
    which would have broken after its comma ("…, Councillor A Smith," over "Councillor B Jones")."""
    return strip_title(text.split())[0] is not None


def ends_in_half_a_name(group: str, text: str) -> bool:
    """A prose list of full names whose last name wrapped after its first word ("…, Sarah Lewis, and
    Boardmember Johanna" over "Paillet-Growl"): every other entry has two words or more, the last one only
    one, and the next line is one word. A list of surnames ("Little, Shabazz, Tilos") has no half names."""
    if " " in text.strip():
        return False
    names = [p.name.split() for p in parse_people(group) if p.name]
    return len(names) >= 3 and len(names[-1]) == 1 and all(len(name) >= 2 for name in names[:-1])


def unfinished_list(text: str) -> bool:
    """A prose list of names not yet at its end ("Staff: …, Deputy Clerk Administrative Assistant Kristin"
    over "Linklater, …"; "Solicitor (Mr D Ward); Democratic" over "Services Officer (Ms E Lane)"): no full
    stop, and no last entry after "and" ("…, and Luke Spillman")."""
    return (("," in text or ";" in text) and not re.search(r"[.;:]\s*$", text) and not LAST_ENTRY.search(text)
            and not parse_listed_line(text))


def parse_block(key: str, texts: list[str], attendance: Attendance, public: bool = False,
                indents: list[bool] | None = None) -> None:
    """One attendance block (its label already removed) → people added to ``attendance``.

    A line wholly in brackets heads a group ("（産業観光局）"): its people's offices are of that group.
    """
    heading = None
    texts = parties_of_the_list(texts)
    if key == "substitutes" and len(texts) > 1 and all(SUBSTITUTE_FOR.search(text) for text in texts if text.strip()):
        # one substitution a line ("Lisa Ek ersätter Karl Ek" over "Olof Berg ersätter Per Dahl"): no line runs on
        for text in texts:
            attendance.add("substitutes", substitutes_for(text))
        return
    for group in line_groups(texts, indents or [False] * len(texts)):
        office = OFFICE_FIELD.match(group)
        holder = parse_people(group[office.end():]) if office else []
        if len(holder) == 1:
            holder[0].role = holder[0].role or office.group("office")
            attendance.add(key, holder)
            continue
        group = SPEAKER_TURN.sub("", group)  # "Clerk: Madam Speaker Councillor Sharma, …" read out at a roll call
        group = PRESENT_WERE.sub("", group)  # "ROLL CALL" over "Present were Mayor Amorose Groomes, …"
        group = IN_THE_CHAIR.sub(lambda m: f" ({m.group('office') or 'Chair'})", group)
        group = LIST_TITLE.sub(lambda m: f"{m.group('title')} ", BILINGUAL_TITLE.sub("", without_initials(group)))
        if NOBODY.match(group):
            continue
        if re.fullmatch(r"[（(][^）)]+[）)]", group):
            heading = group
            continue
        if key == "substitutes" and SUBSTITUTE_FOR.search(group):
            attendance.add("substitutes", substitutes_for(group))
            continue
        listed = parse_listed_line(group)
        entries = [] if listed or not uncased(group) else uncased_entries(group)
        parts = [(None, group)] if listed or entries else split_inline_labels(group)
        for inline_key, part in parts:
            # prose is read sentence by sentence: "… Bill Tuttle were present. City Recorder Leanne Moll declared a quorum."
            people = ([listed] if listed else entries
                      or [p for sentence in sentences_of([part]) for p in parse_people(sentence)])
            for person in people:
                if public:
                    person.role = person.role or PUBLIC_ROLE
                elif heading:
                    person.role = (person.role or "") + heading
            officer = next((i for i, p in enumerate(people) if p.role and attending_role(p.role)), len(people))
            if not listed and (inline_key or key) == "present":
                # a prose list names the members, then the officers and those who attend with them: "… and
                # P Moran Clerk Mrs J Todd Eden District Councillor A Armstrong and Councillor A Connell"
                attendance.add("in_attendance", people[officer:])
                people = people[:officer]
            attendance.add(inline_key or key, people)


def parties_of_the_list(texts: list[str]) -> list[str]:
    """The lines of a list less their members' parties where two or more lines carry one: "Olle Strand (M),
    ordförande" over "Per Berg (C)" (a Swedish protocol's members, one a line) are parties as two in one line are
    (PARTY_AFTER_NAME); a parish's one "Cllr Smith (C)" may be its chair."""
    if sum(bool(PARTY_AFTER_NAME.search(text)) for text in texts) < 2:
        return texts
    return [PARTY_AFTER_NAME.sub("", text) for text in texts]


def substitutes_for(text: str) -> list[Person]:
    """ "Councillor X Young for Councillor Z Adams, Councillor A Bell for Councillor C Dunn" → X Young and A Bell,
    each "substitute for" the member whose place they took."""
    found: list[Person] = []
    for piece in re.split(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+(?=[^,;]*\bfor\b)", text.strip(" .")):
        m = SUBSTITUTE_FOR.search(piece)
        who = parse_people(piece[:m.start()] if m else piece)
        absent = parse_people(piece[m.end():].rstrip(") ")) if m else []
        found += [Person(name=p.name, title=p.title, role=f"substitute for {absent[0].name}" if absent else p.role)
                  for p in who]
    return found


def attendance_blocks(lines: list[Line]) -> Attendance:
    """The attendance blocks found in ``lines`` (a minutes preamble or a roll-call minute)."""
    attendance = Attendance()
    gap = line_step(lines)
    lines = [without_body_column(line) for line in lines]
    columns = ["members", "substitutes"]
    marked = marked_members(lines, attendance)
    i = 0
    while i < len(lines):
        if i in marked:
            i += 1
            continue
        if header := CHECKBOX_COLUMNS.match(lines[i].text):
            columns = sorted(("members", "substitutes"), key=header.start)
            i += 1
            continue
        if CHECKBOX.match(lines[i].text.strip()):
            checkbox_row(lines[i].text, columns, attendance)
            i += 1
            continue
        found = label_key(lines[i].text)
        if not found:
            i += 1
            continue
        key, rest = found
        label = ATTENDANCE_LABEL.match(lines[i].text.strip())
        public = bool(label) and attendance_list_of(label.group("label")) == "public"
        if key == "present" and (not label or MEMBERS_LABEL.match(label.group(0))):
            key = MEMBERS  # a label that calls them members: their offices are the body's, not an officer's
        block, j = [rest], i + 1
        while j < len(lines) and not label_key(lines[j].text) and continues_block(lines, i, j, block, gap):
            block.append(names_in_columns(lines[j]))
            j += 1
        indents = [False] + [ln.x0 > lines[i].x0 + 20 for ln in lines[i + 1:j]]
        parse_block(key, [t.strip("[] ") for t in block], attendance, public, indents)
        i = j
    return attendance


def marked_members(lines: list[Line], attendance: Attendance) -> set[int]:
    """A list of the body's members over the key to its mark (PRESENT_MARK_KEY): each member led by the mark was
    present, any other absent; an office as a label over a member ("Chairman:" over "* Councillor Peter Latham") is
    that member's. The list runs up from the key while its lines are members or such labels, one a line or in
    columns. Returns the indexes of the lines read."""
    key = next((i for i, line in enumerate(lines) if PRESENT_MARK_KEY.match(line.text.strip())), None)
    if key is None:
        return set()
    start = key
    while start and (office_label(lines[start - 1].text) or marked_cells(lines[start - 1])):
        start -= 1
    office = None
    for line in lines[start:key]:
        if label := office_label(line.text):
            office = label
            continue
        for mark, person in marked_cells(line):
            person.role = person.role or office
            office = None
            attendance.add("present" if mark else "absent", [person])
    return set(range(start, key + 1))


def substitutes_present(attendance: Attendance) -> None:
    """A member present noted as a substitute (SUBSTITUTE_NOTE) is a substitute too, for whom the note names."""
    for person in attendance.present:
        note = SUBSTITUTE_NOTE.match(person.role or "")
        if note:
            replaced = parse_people(note.group("for") or note.group("vice") or note.group("for_member") or "")
            role = f"substitute for {replaced[0].name}" if replaced else "substitute"
            attendance.add("substitutes", [Person(name=person.name, role=role, title=person.title)])


def sent_apologies(attendance: Attendance) -> None:
    """A member listed absent who sent apologies is among the apologies only: the list of members marks who was
    present ("Councillor Mark Cooper" unmarked over "*Present"), the minute of apologies says why the others were not
    ("Apologies were received from Councillors Mark Cooper and Adam Carew.")."""
    def key(person: Person) -> tuple[str, str]:
        words = person.name.lower().split()
        return words[-1], words[0][:1] if len(words) > 1 else ""
    sent = {key(p) for p in attendance.apologies if p.name}
    attendance.absent = [p for p in attendance.absent if not p.name or key(p) not in sent]


def office_label(text: str) -> str | None:
    """An office alone as a label over its holder: "Chairman:", "Vice-Chairman:"."""
    label = re.fullmatch(r"\s*(?P<office>[A-Z][\w' -]{2,40}?)\s*:\s*", text)
    return label.group("office") if label and is_role(label.group("office")) else None


def marked_cells(line: Line) -> list[tuple[bool, Person]]:
    """The members on one line of a marked list, each with whether the mark leads it ("* Councillor Lulu Bowerman"
    in one column, "Councillor Mark Cooper" unmarked in the next); [] unless every cell is one person."""
    words = line.text.split()
    cuts = [0, *(index for index, _ in line.columns), len(words)]
    cells = [piece for start, end in zip(cuts, cuts[1:])
             for piece in re.split(r"(?:^|\s)(?=\*)", " ".join(words[start:end])) if piece.strip()]
    found = [(cell.strip().startswith("*"), parse_listed_line(cell.strip().lstrip("* "))) for cell in cells]
    return found if found and all(person for _, person in found) else []


def one_a_line(text: str) -> bool:
    """A line that is one person by the form of a list's entry: led by their title ("Mr A Baxter", Scottish
    minutes listing the members a paragraph each) or their office and name either side of a dash ("Head of
    Economic Development – L Moore", Northern Irish minutes' officers). A heading is neither."""
    text = text.strip()
    return bool(parse_listed_line(text)) and (opens_with_a_title(text) or bool(NAME_DASH_ROLE.match(text)))


def without_body_column(line: Line) -> Line:
    """The line less a last column naming an authority: whom the person in the columns before it comes from, no
    one's name. Combined authorities, police and crime panels and joint committees list each member with their
    council ("Councillor Manaaz Akhtar (Chair)   Kirklees Council"), and officers with their employer ("Ben Still
    West Yorkshire Combined Authority")."""
    words = line.text.split()
    if line.columns and AUTHORITY.fullmatch(" ".join(words[line.columns[-1][0]:])):
        return replace(line, text=" ".join(words[:line.columns[-1][0]]), columns=line.columns[:-1])
    return line


def names_in_columns(line: Line) -> str:
    """A line of names set in columns ("John ALEXANDER   Ken LYNN   Will DAWSON", as Scottish minutes list the
    members present) as a list of them, one a column, that runs on to the next row; any other line as it is."""
    words = line.text.split()
    cuts = [0, *(index for index, _ in line.columns), len(words)]
    cells = [" ".join(words[start:end]) for start, end in zip(cuts, cuts[1:]) if start < end]
    # each cell a full name in Latin letters: an office in a column beside its holder ("委員長  平山たかお議員",
    # Japanese minutes) is no list of names
    if len(cells) < 2 or not all(len(cell.split()) >= 2 and re.search(r"[A-Za-z]", cell) and "," not in cell
                                 and parse_listed_line(cell) for cell in cells):
        return line.text
    return ", ".join(cells) + ","


def checkbox_row(text: str, columns: list[str], attendance: Attendance) -> None:
    """A row of a checkbox table: "[X] Lindvall Mikael, ordförande [ ] Eklund Karita".

    A ticked member attended, an unticked one did not; a ticked substitute attended in a member's place,
    an unticked one was not called and is not listed.
    """
    boxes = list(CHECKBOX.finditer(text))
    for column, (box, following) in enumerate(zip(boxes, boxes[1:] + [None])):
        cell = text[box.end():following.start() if following else len(text)]
        person = parse_listed_line(cell) if cell.strip() else None
        ticked = box.group("mark") is not None or box.group("ticked") is not None
        kind = columns[column] if column < len(columns) else "substitutes"
        if person and kind == "members":
            attendance.add("present" if ticked else "absent", [person])
        elif person and ticked:
            attendance.add("substitutes", [person])


def continues_block(lines: list[Line], start: int, j: int, block: list[str], gap: float) -> bool:
    """Whether line j still belongs to the attendance block opened at line ``start``."""
    step = lines[j].top - lines[j - 1].top
    if RECORD_SECTION.match(lines[j].text) or PROTOCOL_FIELD.match(lines[j].text) or CHECKBOX.match(lines[j].text.strip()):
        return False  # "◯会議に付した事件", "Utses att justera: Erik Berg": the record's next section or field
    if step <= 0 and j - 1 != start:
        # A new page or column: a list of "Name, Role" lines may run on over it.
        return bool(parse_listed_line(block[-1]) and parse_listed_line(lines[j].text))
    if NOBODY.match(" ".join(block).strip()):
        return False  # "Absent: None."
    if not " ".join(block).strip() or runs_on(block[-1]):
        return True
    if (step > gap * 1.35 and not re.search(r"[,(（]", lines[j].text) and not LIST_TITLE.match(lines[j].text.strip())
            and not (one_a_line(lines[j].text) and parse_listed_line(block[-1]))):
        # after a gap only a "Name, Role" line carries on a list, not a heading ("UNRESTRICTED ITEMS"); a list's
        # title does ("COUNCILLORS" over names in columns, under "Lord Provost Ian BORTHWICK"), and so does a person
        # a line under one, each set as a paragraph of its own (see one_a_line)
        return False
    if lines[j].x0 > lines[start].x0 + 20:
        return True  # indented under the label
    if step <= gap * 1.35 and not parse_listed_line(block[-1]) and not re.search(r"[.\]]\s*$", block[-1]):
        return True  # prose wrapped at the label's margin
    text = lines[j].text.strip()
    if LIST_TITLE.match(text) or OFFICE_FIELD.match(text) or MEMBERS_LINE.match(text):
        return True  # "Councillors: J. Byrne, …" under "Cathaoirleach: Councillor Mary Brennan", "Councillors A Hughes, …"
    return bool(parse_listed_line(text)) and len(text) < 110
