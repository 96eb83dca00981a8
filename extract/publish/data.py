"""The archive as data: data/meetings.json, data/resolutions.csv, data/attendance.csv.

The schema is documented in docs/about/data.md; change both together.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Callable

from extract.archive import Meeting
from extract.model import Minutes, record_to_frontmatter
from extract.publish.feeds import page_url
from extract.publish.pages import SiteContext
from extract.publish.registers import meeting_decisions
from extract.publish.stage import ShardedCache

RESOLUTION_COLUMNS = ["date", "committee", "council", "minute_number", "minute_title", "decision",
                      "outcome", "url"]
ATTENDANCE_COLUMNS = ["date", "committee", "council", "person", "person_url", "attendance", "role",
                      "meeting_url"]


def _meeting_entry(meeting: Meeting, site_url: str) -> str:
    return json.dumps({
        "committee": meeting.committee.name,
        "council": meeting.council.name,
        "date": meeting.date,
        "url": page_url(site_url, meeting.page),
        "records": [dict(record_to_frontmatter(d.record), url=page_url(site_url, d.path)) for d in meeting.documents],
    }, ensure_ascii=False, separators=(",", ":"))


def _inert(value):
    """A cell a spreadsheet will not run: PDF text starting with = + - @ would be read as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(columns: list[str], rows, header: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows({key: _inert(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def _resolution_rows(meeting: Meeting, site_url: str) -> str:
    rows = []
    for d in meeting_decisions(meeting):
        minutes_url = page_url(site_url, d.meeting.first(Minutes).path)
        rows.append({"date": d.meeting.date, "committee": d.meeting.committee.name, "council": d.meeting.council.name,
                     "minute_number": d.minute_number, "minute_title": d.minute_title, "decision": d.text,
                     "outcome": d.outcome, "url": f"{minutes_url}#{d.anchor}" if d.anchor else minutes_url})
    return _csv(RESOLUTION_COLUMNS, rows, header=False)


def _attendance_rows(ctx: SiteContext, meeting: Meeting, site_url: str) -> str:
    rows = [{"date": meeting.date, "committee": meeting.committee.name, "council": meeting.council.name,
             "person": individual.name, "person_url": page_url(site_url, individual.page),
             "attendance": appearance.status, "role": appearance.role or "",
             "meeting_url": page_url(site_url, meeting.page)}
            for individual, appearance in ctx.people.at_meeting(meeting)]
    return _csv(ATTENDANCE_COLUMNS, rows, header=False)


def _meeting_parts(ctx: SiteContext, meeting: Meeting, site_url: str) -> tuple[str, str, str]:
    """What the data files say of one meeting: its meetings.json entry, its resolutions' and its attendance rows."""
    return (_meeting_entry(meeting, site_url), _resolution_rows(meeting, site_url),
            _attendance_rows(ctx, meeting, site_url))


def data_files(ctx: SiteContext, site_url: str, kept: Path | None = None,
               made_of: Callable[[Meeting], str] | None = None) -> dict[str, str]:
    """The data files, meeting by meeting; with ``kept`` (a cache folder) and ``made_of`` (a digest of all a
    meeting's parts are made of) a meeting's parts are made again only when what they are made of changed."""
    cache = ShardedCache(kept, part_of=lambda key: key[1][:2]) if kept and made_of else None  # by digest
    previous = cache.load() if cache else {}
    parts, now = [], {}
    for meeting in ctx.catalogue.meetings:
        key = (site_url, made_of(meeting)) if kept and made_of else None
        part = previous.get(key) or _meeting_parts(ctx, meeting, site_url)
        if key:
            now[key] = part
        parts.append(part)
    if cache:
        cache.save(now)
    return {"data/meetings.json": '{"meetings":[' + ",".join(entry for entry, _, _ in parts) + "]}\n",
            "data/resolutions.csv": _csv(RESOLUTION_COLUMNS, [])
            + "".join(rows for _, rows, _ in reversed(parts)),
            "data/attendance.csv": _csv(ATTENDANCE_COLUMNS, []) + "".join(rows for _, _, rows in parts)}
