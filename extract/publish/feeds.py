"""Atom feeds of newly published records and iCalendar files of meetings.

Record text is data here too: Atom is written with an XML library, iCalendar
values are escaped as RFC 5545 says.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from extract.archive import Catalogue, Committee, Document, Meeting
from extract.publish.pages import long_date, meeting_title

ATOM = "http://www.w3.org/2005/Atom"
FEED_LENGTH = 50


def page_url(site_url: str, page: str) -> str:
    """The public URL of a docs page (directory URLs, as MkDocs writes them)."""
    if page.endswith("index.md"):
        page = page[:-len("index.md")]
    elif page.endswith(".md"):
        page = page[:-len(".md")] + "/"
    return site_url.rstrip("/") + "/" + page


def entry_id(page: str) -> str:
    """A permanent Atom id that does not change when the site moves host."""
    return f"tag:committee-archive,2026:{page}"


def published(doc: Document) -> str:
    """When a record appeared: the agenda's publication date, else the meeting date."""
    return getattr(doc.record, "published", None) or doc.record.date or "1970-01-01"


# Characters neither iCalendar nor XML may carry: control codes (PDF text sometimes holds them) and
# the noncharacters U+FFFE and U+FFFF (a hand edit can).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def atom_feed(title: str, documents: list[Document], site_url: str, feed_path: str) -> str:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    newest = sorted(documents, key=lambda d: (published(d), d.path), reverse=True)[:FEED_LENGTH]
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = entry_id(feed_path)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=page_url(site_url, feed_path))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{published(newest[0]) if newest else '1970-01-01'}T00:00:00Z"
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = title
    for doc in newest:
        record = doc.record
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = page_url(site_url, doc.path)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = record.title or record.kind
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id(doc.path)
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{published(doc)}T00:00:00Z"
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = (
            f"{record.kind.capitalize()} of {record.committee}, meeting of {long_date(record.date)}")
    return CONTROL_CHARS.sub(" ", ET.tostring(feed, encoding="unicode", xml_declaration=True)) + "\n"


def ical_text(value: str) -> str:
    value = CONTROL_CHARS.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """RFC 5545 lines are at most 75 octets; longer ones continue after CRLF and a space."""
    parts, current, limit = [], "", 75
    for char in line:
        if len((current + char).encode()) > limit:
            parts.append(current)
            current, limit = "", 74  # the continuation's leading space counts
        current += char
    parts.append(current)
    return [parts[0], *(" " + part for part in parts[1:])]


def last_modified(meeting: Meeting) -> str:
    """An event's DTSTAMP: when its newest record appeared. From the records, not the clock, so that
    calendars change only when a meeting does (and a build writes the same file for the same records)."""
    return max(published(doc) for doc in meeting.documents).replace("-", "") + "T000000Z"


def ical(committee: Committee, site_url: str) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//committee-archive//EN",
             f"X-WR-CALNAME:{ical_text(committee.name)}"]
    for meeting in committee.meetings:
        if not meeting.date:
            continue
        day = meeting.date.replace("-", "")
        start, end = meeting.attr("start"), meeting.minutes.end if meeting.minutes else None
        lines += ["BEGIN:VEVENT", f"UID:{committee.slug}-{meeting.date}@committee-archive",
                  f"DTSTAMP:{last_modified(meeting)}"]
        if start:
            lines.append(f"DTSTART:{day}T{start.replace(':', '')}00")
            if end and end > start:
                lines.append(f"DTEND:{day}T{end.replace(':', '')}00")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{day}")
        lines.append(f"SUMMARY:{ical_text(meeting_title(meeting))}")
        if meeting.attr("venue"):
            lines.append(f"LOCATION:{ical_text(meeting.attr('venue'))}")
        lines += [f"URL:{page_url(site_url, meeting.page)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in fold(line))


def site_feed(catalogue: Catalogue, site_url: str) -> dict[str, str]:
    """The archive's feed of new records."""
    return {"feed.xml": atom_feed("Committee archive: new records", catalogue.documents, site_url, "feed.xml")}


def committee_feeds(committee: Committee, site_url: str) -> dict[str, str]:
    """A committee's feed of new records and calendar of meetings: made of its meetings' records alone."""
    slug = committee.slug
    documents = [d for m in committee.meetings for d in m.documents]
    return {f"{slug}/feed.xml": atom_feed(f"{committee.name}: new records", documents, site_url, f"{slug}/feed.xml"),
            f"{slug}/meetings.ics": ical(committee, site_url)}
