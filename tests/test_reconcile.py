"""Reconcile: hints, open review items and the three-way merge, on records as ingest writes them."""

from __future__ import annotations

import dataclasses

from extract.model import Minutes, Paragraph, Person, Review, Source, record_to_frontmatter
from extract.reconcile import apply_hints, merge_record, note_reviewed_values, open_review
from extract.write import frontmatter_of, render_record, stamp_generated

MINUTES = Minutes(body="Milburn Parish Council", committee="Milburn Parish Council", date="2019-07-02",
                  title="Minutes", source=Source(file="m.pdf", sha256="a" * 64, pages=[1, 1]),
                  present=[Person("A Smith", "Chair"), Person("B Jones")], start="19:30",
                  content=[Paragraph("Apologies were received.")],
                  review=[Review(field="date", why="the heading also gives 2019-07-03")])


def written(record: Minutes) -> str:
    note_reviewed_values(record, record_to_frontmatter(record))
    return stamp_generated(render_record(record), "test")


def edited(text: str, *changes: tuple[str, str]) -> str:
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    return text


def test_fields_each_side_changed_are_kept_from_that_side():
    base = written(dataclasses.replace(MINUTES))
    mine = edited(base, ("name: B Jones", "name: B Jonas"))
    new = written(dataclasses.replace(MINUTES, start="19:00", source=Source("m.pdf", "b" * 64, [1, 1])))

    merged = merge_record(base, mine, new, "x")

    data = frontmatter_of(merged.text)
    assert data["present"][1]["name"] == "B Jonas" and data["start"] == "19:00"
    assert data["source"]["sha256"] == "b" * 64
    assert merged.kept == ["present[1].name"] and merged.conflicts == [] and not merged.text_conflict


def test_a_field_both_changed_keeps_the_officers_with_a_review_entry():
    base = written(dataclasses.replace(MINUTES))
    mine = edited(base, ("start: '19:30'", "start: '19:45'"))
    new = written(dataclasses.replace(MINUTES, start="19:00"))

    merged = merge_record(base, mine, new, "x")

    data = frontmatter_of(merged.text)
    assert data["start"] == "19:45" and merged.conflicts == ["start"]
    conflict = data["review"][-1]
    assert conflict["field"] == "start" and conflict["value"] == "19:45" and not conflict["checked"]
    assert [item.field for item in open_review(data)] == ["date", "start"]
    data["start"] = "19:00"  # taking the PDF's value settles it
    assert [item.field for item in open_review(data)] == ["date"]


def test_what_the_officer_deleted_or_checked_stays_so():
    base = written(dataclasses.replace(MINUTES))
    mine = edited(base, ("venue: null\n", ""), ("  checked: false\n", "  checked: true\n"))
    new = written(dataclasses.replace(MINUTES, end="21:00"))
    data = frontmatter_of(merge_record(base, mine, new, "x").text)
    assert "venue" not in data and data["end"] == "21:00" and data["review"][0]["checked"] is True

    dismissed = edited(base, ("review:\n", "dismissed:\n"))  # the entries removed by hand
    data = frontmatter_of(merge_record(base, dismissed, new, "x").text)
    assert "review" not in data


def test_body_text_follows_the_pdf_unless_the_officer_edited_it():
    base = written(dataclasses.replace(MINUTES))
    new = written(dataclasses.replace(MINUTES, content=[Paragraph("Apologies had been received.")]))
    untouched = edited(base, ("name: B Jones", "name: B Jonas"))
    assert "had been received" in merge_record(base, untouched, new, "x").text

    mine = edited(base, ("Apologies were received.", "Apologies were received from Cllr Brown."))
    kept = merge_record(base, mine, written(dataclasses.replace(MINUTES, start="19:00")), "x")
    assert "from Cllr Brown" in kept.text and kept.kept == ["text"]

    both = merge_record(base, mine, new, ".committee-archive/extracted/m.md")
    assert "from Cllr Brown" in both.text and both.text_conflict
    entry = frontmatter_of(both.text)["review"][-1]
    assert entry["field"] == "text" and ".committee-archive/extracted/m.md" in entry["why"] and "value" not in entry


def test_nothing_of_the_officers_left_is_the_new_extraction_itself():
    base = written(dataclasses.replace(MINUTES))
    new = written(dataclasses.replace(MINUTES, start="19:00"))
    same_as_new = edited(base, ("start: '19:30'", "start: '19:00'"))
    assert merge_record(base, same_as_new, new, "x").text == new


def test_a_windows_editors_line_ends_merge_like_any_other():
    base = written(dataclasses.replace(MINUTES))
    mine = edited(base, ("name: B Jones", "name: B Jonas")).replace("\n", "\r\n")
    data = frontmatter_of(merge_record(base, mine, written(dataclasses.replace(MINUTES, start="19:00")), "x").text)
    assert data["present"][1]["name"] == "B Jonas" and data["start"] == "19:00"


def test_hints_set_the_fields_and_close_their_review():
    record = dataclasses.replace(MINUTES, review=list(MINUTES.review))
    earlier = dataclasses.replace(MINUTES, item="2", review=[])  # minutes of an earlier meeting, in a pack
    apply_hints([record, earlier], {"committee": "Planning Committee", "date": "2019-07-03"})
    assert record.committee == "Planning Committee" and record.date == "2019-07-03" and record.review == []
    assert record.hints == {"committee": "Planning Committee", "date": "2019-07-03"}
    assert earlier.committee == "Planning Committee" and earlier.date == "2019-07-02"
    assert earlier.hints == {"committee": "Planning Committee"}


def test_a_review_entry_written_by_hand_is_open_until_checked():
    data = {"committee": "X", "review": [{"field": "committee", "why": "ask the clerk"}, "a note"]}
    assert [(i.field, i.why) for i in open_review(data)] == [("committee", "ask the clerk"), ("?", "a note")]
    data["review"][0]["checked"] = True
    assert [i.why for i in open_review(data)] == ["a note"]
