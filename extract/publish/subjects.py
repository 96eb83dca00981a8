"""Item histories: the same subject taken at several meetings of a committee.

An item deferred on 12 December 2017 and discussed on 13 February 2018 carries
the same title both times (give or take the year in it), so subjects are found
by title within a committee. Procedural items that every meeting has
(apologies, minutes, declarations) are not subjects.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from extract.model import AgendaItem, Minute
from extract.archive import Catalogue, Committee, Meeting
from extract.text import slugify

PROCEDURAL_KEYS = {slugify(title) for title in (
    "apologies", "apologies for absence", "minutes", "minutes of the last meeting",
    "minutes of the previous meeting", "declarations of interest", "declaration of interests",
    "declarations of interests", "declaration of interest", "items of urgent business",
    "urgent business", "matters arising", "any other business", "date of next meeting",
    "chairs announcements", "chairmans announcements", "correspondence", "public questions",
    "exclusion of the press and public", "welcome and introductions", "work programme",
)}
_YEARS = re.compile(r"\b(19|20)\d\d(\s*[-/–]\s*(19|20)?\d\d)?\b")


@functools.lru_cache(maxsize=65536)  # each title is asked for by every page that lists it
def subject_key(title: str) -> str:
    """The title without years, as a slug: "Development Plan 2018 - 19" and "… 2019 - 20" are one subject."""
    return slugify(_YEARS.sub(" ", title))


@dataclass
class Mention:
    """A subject at one meeting: its agenda item, its minute, or both."""

    meeting: Meeting
    minute: Minute | None = None
    agenda_item: AgendaItem | None = None

    @property
    def deferred(self) -> bool:
        return bool(self.minute and self.minute.outcome == "deferred")


@dataclass
class Subject:
    committee: Committee
    key: str
    title: str
    mentions: list[Mention] = field(default_factory=list)  # oldest first

    @property
    def page(self) -> str:
        return f"{self.committee.slug}/items/{self.key}.md"

    def after(self, meeting: Meeting) -> Mention | None:
        """Where the subject came up next after this meeting."""
        later = [m for m in self.mentions if (m.meeting.date or "") > (meeting.date or "")]
        return later[0] if later else None


def find_subjects(catalogue: Catalogue) -> dict[tuple[str, str], Subject]:
    """Subjects, by (committee, key), that recur at two or more meetings or were deferred."""
    found: dict[tuple[str, str], Subject] = {}
    for meeting in catalogue.meetings:
        for title, minute, item in _items(meeting):
            key = subject_key(title)
            if key in PROCEDURAL_KEYS or key == "untitled":
                continue
            subject = found.setdefault((meeting.committee, key), Subject(meeting.committee, key, title))
            # meeting by meeting: a mention of this meeting, if any, is the subject's last
            mention = subject.mentions[-1] if subject.mentions and subject.mentions[-1].meeting is meeting else None
            if mention is None:
                mention = Mention(meeting)
                subject.mentions.append(mention)
            mention.minute = mention.minute or minute
            mention.agenda_item = mention.agenda_item or item
    return {k: s for k, s in found.items()
            if len(s.mentions) > 1 or any(m.deferred for m in s.mentions)}


def _items(meeting: Meeting):
    """(title, minute, agenda item) for everything a meeting took."""
    if meeting.minutes:
        for minute in meeting.minutes.items:
            yield minute.title, minute, None
    if meeting.agenda:
        for item in meeting.agenda.items:
            yield item.title, None, item


def minute_for(meeting: Meeting, item: AgendaItem) -> Minute | None:
    """The minute that dealt with an agenda item: the one with the same subject."""
    key = subject_key(item.title)
    minutes = meeting.minutes.items if meeting.minutes else []
    return next((m for m in minutes if subject_key(m.title) == key), None)
