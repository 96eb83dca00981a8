"""Text from PDFs is data: it renders as plain text, round-trips through the frontmatter, makes safe paths."""

from __future__ import annotations

import dataclasses
import errno
import html
import os
import re
from pathlib import Path

import frontmatter
import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.markup import plain
from extract.model import (AgendaItem, Heading, ListBlock, Minute, Minutes, Motion, Paragraph, Person,
                           Source, Table, record_from_frontmatter)
from extract.write import (committee_slug, escape_markdown, is_unedited, meeting_dir, record_path,
                           render_record, stamp_generated, write_text_atomic)

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "![pic](http://evil.example/x.png)",
    "{{ jinja }} {% block %}",
    "---",
    "title: hijacked",
    "kind: report\ndate: 1999-01-01",
    "!!! danger \"Pwned\"",
    "# Not a heading",
    "1. Not a list",
    "| a | b |",
    "    four spaces of indent",
    "&lt;already escaped&gt; &amp;",
    "{#anchor .class}",
    "<div markdown>**bold**</div>",
]
# The site's Markdown, as configured in mkdocs.yml.
EXTENSIONS = ["attr_list", "admonition", "md_in_html", "tables", "toc"]


def rendered_text(source: str) -> str:
    """What a reader sees: the HTML's text, tags removed, entities decoded."""
    page = markdown.markdown(source, extensions=EXTENSIONS)
    assert not re.search(r"<(?!/?(p|h\d|ul|ol|li|table|thead|tbody|tr|th|td|br|strong|em)\b)", page), page
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_the_same_plain_text(text):
    assert words(rendered_text(escape_markdown(text))) == words(text)


@given(st.text(alphabet=st.sampled_from(list("ab1 .-#>+=!*_`[](){}|<>&;:\\/\"'\n\t")), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_renders_as_itself(text):
    assert words(rendered_text(escape_markdown(text))) == words(text)


def minutes_with(text: str) -> Minutes:
    return Minutes(
        body=text, committee=text, date="2019-07-02", title=text,
        source=Source(file=f"{text}.pdf", sha256="0" * 64, pages=[1, 2], printed_pages=text),
        venue=text, present=[Person(name=text, role=text, title="Cllr")],
        items=[Minute(number=text, title=text, resolutions=[text], anchor="min-1",
                      motions=[Motion(text=text, mover=text, result="carried", vote="3-0")])],
        content=[Heading(text=text, anchor="min-1"), Paragraph(text=text), ListBlock(items=[text, text]),
                 Table(rows=[[text, "b"], ["c", text]])])


def round_trip(record: Minutes) -> Minutes:
    post = frontmatter.loads(render_record(record))
    return record_from_frontmatter(post.metadata)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_through_the_frontmatter(text):
    record = minutes_with(text)
    assert round_trip(record) == dataclasses.replace(record, content=[])


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
@settings(max_examples=200, deadline=None)
def test_any_text_round_trips_through_the_frontmatter(text):
    record = minutes_with(text)
    assert round_trip(record) == dataclasses.replace(record, content=[])


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_the_body_renders_as_plain_text(text):
    body = frontmatter.loads(render_record(minutes_with(text))).content
    seen = rendered_text(body)
    assert "<script" not in seen.lower() or "<script" in text.lower()
    # Body text keeps its emphasis ("**bold**", extract/markup.py) and nothing else of markup.
    assert all(word in words(seen) for word in words(plain(text)))
    page = markdown.markdown(body, extensions=EXTENSIONS)
    assert "javascript:" not in re.sub(r">[^<]*<", "><", page)  # never inside a tag
    assert "admonition" not in page


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b", "..", ".", "\x00\x1b[31m", "CON", "~/x", "C:\\x"])
def test_committee_folders_stay_inside_the_archive(name):
    folder = meeting_dir(name, "2019-07-02")
    committee = folder.split("/")[0]
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", committee)
    assert folder.count("/") == 1


def test_names_differing_only_in_case_or_accents_share_a_folder():
    assert committee_slug("Planning Committee") == committee_slug("PLANNING committee")
    assert committee_slug("Comité des Fêtes") == committee_slug("comite des fetes")


def test_names_without_latin_letters_do_not_share_a_folder():
    greek, chinese = committee_slug("Δημοτικό Συμβούλιο"), committee_slug("市议会")
    assert greek != chinese and "untitled" not in (greek, chinese)
    assert committee_slug("Δημοτικό Συμβούλιο") == committee_slug("δημοτικό  συμβούλιο")


def test_long_names_that_begin_alike_do_not_share_a_folder():
    stem = "Joint Overview and Scrutiny Committee of the Councils of the County and the City for Health and "
    care, housing = committee_slug(stem + "Social Care"), committee_slug(stem + "Housing")
    assert care != housing and len(care) <= 80 and len(housing) <= 80
    assert care == committee_slug((stem + "Social Care").upper())
    assert committee_slug("Planning Committee") == "planning-committee"


def test_a_date_that_is_not_iso_never_becomes_a_path():
    assert meeting_dir("Council", "../../x") == "council/undated"


def test_record_paths_are_relative_and_safe():
    record = minutes_with("../../../etc")
    path = record_path(record)
    assert not path.startswith("/") and ".." not in path.split("/")


def test_the_generated_stamp_detects_any_edit():
    text = stamp_generated(render_record(minutes_with("Budget")), "committee-archive test")
    assert is_unedited(text)
    assert "\ngenerated:\n  by: committee-archive test\n  sha256: " in text
    for at in (5, len(text) // 2, len(text) - 2):
        assert not is_unedited(text[:at] + "X" + text[at + 1:])
    assert not is_unedited(text.replace("generated:", "generated_by_hand:"))
    assert not is_unedited("---\nkind: minutes\n---\n\nhand-written\n")
    assert not is_unedited("no frontmatter at all")


def test_the_stamp_leaves_the_record_readable():
    text = stamp_generated(render_record(minutes_with("Budget")), "committee-archive test")
    post = frontmatter.loads(text)
    assert post.metadata["generated"]["by"] == "committee-archive test"
    assert record_from_frontmatter(post.metadata).title == "Budget"


def test_agenda_items_round_trip():
    from extract.model import Agenda

    agenda = Agenda(body=None, committee="C", date=None, title="---", source=Source("a.pdf", "1"),
                    items=[AgendaItem(number="1", title="<b>x</b>", pages="1 - 2")])
    assert round_trip(agenda) == agenda


def test_frontmatter_of_the_wrong_shape_is_refused_naming_the_key():
    import pytest

    from extract.model import RecordFormatError, record_from_frontmatter

    base = {"kind": "minutes", "committee": "Milburn Parish Council", "date": "2019-07-02", "title": "Minutes"}
    assert record_from_frontmatter(base).date == "2019-07-02"
    with pytest.raises(RecordFormatError, match="'present' must be a list"):
        record_from_frontmatter({**base, "present": "D Richardson"})
    with pytest.raises(RecordFormatError, match="'date' must be YYYY-MM-DD"):
        record_from_frontmatter({**base, "date": "2nd July 2019"})


def test_an_unquoted_time_is_refused_rather_than_read_as_a_number():
    import pytest
    import yaml

    from extract.model import RecordFormatError, record_from_frontmatter

    data = yaml.safe_load("kind: minutes\ncommittee: Planning Board\ndate: 2019-07-22\ntitle: Minutes\nstart: 19:30\n")
    with pytest.raises(RecordFormatError, match="'start' must be a time in quotes"):
        record_from_frontmatter(data)


def test_frontmatter_that_is_not_a_mapping_is_a_value_error():
    import pytest

    from extract.write import frontmatter_of

    with pytest.raises(ValueError):
        frontmatter_of("---\n- just\n- a list\n---\n\nbody\n")


def test_a_write_into_a_folder_on_another_file_system_renames_from_beside_it(tmp_path, monkeypatch):
    """A committee folder linked to another disk: the rename from the archive's state would cross file
    systems (EXDEV), so the temporary file is written beside the target instead, and nothing is left."""
    temporaries, target = tmp_path / "state" / "tmp", tmp_path / "other-disk" / "minutes.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    real_replace = os.replace

    def replace_within_one_disk(source, destination):
        if Path(source).parent != Path(destination).parent:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace_within_one_disk)
    write_text_atomic(target, "new", temporaries)
    assert target.read_text(encoding="utf-8") == "new"
    assert not list(temporaries.iterdir()) and sorted(p.name for p in target.parent.iterdir()) == ["minutes.md"]


def test_a_failed_write_leaves_the_old_text_and_no_temporary(tmp_path, monkeypatch):
    temporaries, target = tmp_path / "tmp", tmp_path / "minutes.md"
    target.write_text("old", encoding="utf-8")

    def refuse(source, destination):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_text_atomic(target, "new", temporaries)
    assert target.read_text(encoding="utf-8") == "old" and not list(temporaries.iterdir())
