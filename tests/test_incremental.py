"""Incremental builds: a build after a change writes what a cold build of the same archive writes,
byte for byte, and touches no more than the change needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from extract.model import Minute, Minutes, Paragraph, Person, Source
from extract.publish import build_site
from extract.publish.pages import meeting_page
from extract.write import record_path, render_record

sys.path.insert(0, str(Path(__file__).parent))
from site_archive import COMMITTEE, COUNCIL, PDF_NAME, PDF_SHA256, write_archive, write_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SLUG = "childrens-services-overview-and-scrutiny-committee"


def build(work: Path, name: str = "site", stage: str = "build") -> int:
    return build_site(work / "docs", work / name, config=ROOT / "mkdocs.yml", pdfs=work / "pdf",
                      stage=work / stage / "docs")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def add_meeting(docs: Path, date: str, newcomer: str) -> Path:
    record = Minutes(body=COUNCIL, committee=COMMITTEE, date=date, title=f"Minutes: {COMMITTEE}, {date}",
                     source=Source(file=PDF_NAME, sha256=PDF_SHA256, pages=[1, 2]), status="draft",
                     present=[Person("Bukky Okunade", "Chair", "Councillor"), Person(newcomer, None, "Councillor")],
                     items=[Minute("90", "Children's Social Care Performance", anchor="min-90",
                                   resolutions=["That the Committee noted the quarterly figures."])],
                     content=[Paragraph("Members noted the quarterly figures for fostering placements.")])
    path = docs / record_path(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_record(record), encoding="utf-8")
    return path


def add_another_committee(docs: Path, council: str = "Medway Council", committee: str = "Cabinet",
                          date: str = "2018-03-06", vice_chair: str | None = None) -> Path:
    """A meeting of another committee (by default another council's): its records in a folder of their own."""
    other = Minutes(body=council, committee=committee, date=date, title=f"Minutes: {committee}, {date}",
                    source=Source(file=f"{committee}-{date}.pdf", sha256="1" * 64, pages=[1, 2]), status="approved",
                    present=[Person("Rodney Chambers", "Chair", "Councillor"),
                             Person("Jane Chitty", vice_chair, "Councillor")],
                    items=[Minute("1", "Budget Monitoring", anchor="min-1", resolutions=["That Cabinet noted the report."])],
                    content=[Paragraph("Cabinet noted the budget monitoring report.")])
    path = docs / record_path(other)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_record(other), encoding="utf-8")
    return path


def test_an_incremental_build_writes_what_a_cold_build_writes(tmp_path):
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    assert build(tmp_path) == 0
    untouched = tmp_path / "site" / SLUG / "2017-12-12" / "minutes" / "index.html"
    before = untouched.stat().st_mtime_ns

    added = add_meeting(tmp_path / "docs", "2018-04-10", "Amara Shah")
    edited = tmp_path / "docs" / SLUG / "2018-02-13" / "minutes.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("performance of children", "work of children"),
                      encoding="utf-8")
    assert build(tmp_path) == 0
    assert untouched.stat().st_mtime_ns == before  # a page nothing of which changed is not rendered again
    assert "work of children" in (tmp_path / "site" / SLUG / "2018-02-13" / "minutes" / "index.html").read_text()

    shutil.copytree(tmp_path / "docs", tmp_path / "fresh" / "docs")
    shutil.copytree(tmp_path / "pdf", tmp_path / "fresh" / "pdf")
    assert build(tmp_path / "fresh") == 0
    incremental, cold = tree(tmp_path / "site"), tree(tmp_path / "fresh" / "site")
    assert incremental.keys() == cold.keys()
    assert [path for path in cold if incremental[path] != cold[path]] == []
    assert f"{SLUG}/2018-04-10/minutes/index.html" in cold
    assert "people/thurrock-council/amara-shah/index.html" in cold

    added.unlink()  # and back: the meeting's pages go, the rest is as before it came
    assert build(tmp_path) == 0
    assert not (tmp_path / "site" / SLUG / "2018-04-10").exists()
    assert not (tmp_path / "site" / "people" / "thurrock-council" / "amara-shah").exists()


def test_deleting_the_cache_only_makes_the_next_build_cold(tmp_path):
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    assert build(tmp_path) == 0
    first = tree(tmp_path / "site")
    shutil.rmtree(tmp_path / "build" / "cache")
    assert build(tmp_path) == 0
    assert tree(tmp_path / "site") == first


def cache_files(cache: Path) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(cache).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(cache.rglob("*.pickle"))}


def test_a_build_rewrites_only_the_cache_parts_that_changed_and_a_lost_part_only_makes_its_entries_again(tmp_path):
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    add_another_committee(tmp_path / "docs")
    assert build(tmp_path) == 0
    cache = tmp_path / "build" / "cache"
    before = cache_files(cache)
    add_meeting(tmp_path / "docs", "2018-04-10", "Amara Shah")
    assert build(tmp_path) == 0
    after = cache_files(cache)
    for folder in ("records", "stage", "data", "site-"):
        parts = [name for name in before if name.startswith(folder)]
        kept = [name for name in parts if after.get(name) == before[name]]
        written = [name for name in after if name.startswith(folder) and after[name] != before.get(name)]
        assert kept and written, folder  # the other committee's parts are as they were

    # Parts lost (or damaged) from every sharded cache: their entries are made again, the site is the cold build's.
    for folder in ("records", "stage", "data", "site-*/pages", "site-*/statics"):
        part = sorted(cache.glob(f"{folder}/*.pickle"))[0]
        part.write_bytes(b"damaged") if folder == "stage" else part.unlink()
    assert build(tmp_path) == 0
    shutil.copytree(tmp_path / "docs", tmp_path / "fresh" / "docs")
    shutil.copytree(tmp_path / "pdf", tmp_path / "fresh" / "pdf")
    assert build(tmp_path / "fresh") == 0
    assert tree(tmp_path / "site") == tree(tmp_path / "fresh" / "site")


def test_a_link_broken_by_a_later_change_still_stops_the_build(tmp_path, capsys):
    docs = tmp_path / "docs"
    write_archive(docs)
    write_pdf(tmp_path / "pdf")
    (docs / "notes.md").write_text(f"# Notes\n\nSee [the report]({SLUG}/2018-02-13/report-8-childrens-social-care-"
                                   "performance.md).\n", encoding="utf-8")
    report = next((docs / SLUG / "2018-02-13").glob("report-*.md"))
    assert (docs / "notes.md").read_text().count(report.name) == 1
    assert build(tmp_path) == 0
    report.unlink()  # notes.md itself did not change, but what it links to is gone
    assert build(tmp_path) == 1
    assert "notes.md' contains a link" in capsys.readouterr().err
    assert build(tmp_path) == 1  # and it stays broken until mended, however often one builds


def test_one_more_meeting_makes_again_only_the_pages_that_list_it(tmp_path, monkeypatch):
    import extract.publish.data as data
    import extract.publish.derived as derived
    import extract.publish.stage as stage_module

    monkeypatch.setattr(stage_module.os, "cpu_count", lambda: 1)  # pages made in this process, to be counted
    made, rows = [], []
    monkeypatch.setattr(derived, "meeting_page", lambda ctx, meeting, *rest: made.append(meeting.page) or
                        meeting_page(ctx, meeting, *rest))
    import extract.publish.registers as registers

    tables = []
    register_table = registers.register_table
    monkeypatch.setattr(registers, "register_table", lambda ctx, page, *rest: tables.append(page) or
                        register_table(ctx, page, *rest))
    import extract.publish.person_pages as person_pages

    people = []
    person_page = person_pages.person_page
    monkeypatch.setattr(person_pages, "person_page", lambda ctx, individual, *rest: people.append(individual.page) or
                        person_page(ctx, individual, *rest))
    meeting_parts = data._meeting_parts
    monkeypatch.setattr(data, "_meeting_parts", lambda ctx, meeting, *rest: rows.append(meeting.page) or
                        meeting_parts(ctx, meeting, *rest))
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    add_another_committee(tmp_path / "docs")
    add_another_committee(tmp_path / "docs", COUNCIL, "Planning Committee", "2018-03-08")
    assert build(tmp_path) == 0
    assert "cabinet/2018-03-06/index.md" in made
    assert "planning-committee/2018-03-08/index.md" in made
    stage = tmp_path / "build" / "docs"
    meeting = stage / SLUG / "index.md"
    listing = meeting.read_text(encoding="utf-8")

    made.clear()
    rows.clear()
    tables.clear()
    people.clear()
    add_meeting(tmp_path / "docs", "2018-04-10", "Amara Shah")
    assert build(tmp_path) == 0
    assert f"{SLUG}/2018-04-10/index.md" in made
    # The data files' rows of the council's other meetings are kept, though it has a newcomer; of the
    # resolutions register, only the new meeting's year is made again.
    assert rows == [f"{SLUG}/2018-04-10/index.md"]
    assert tables == ["resolutions/2018.md"]
    # Of the council's people, only the pages of those the new meeting lists are made again.
    assert sorted(people) == ["people/thurrock-council/amara-shah.md", "people/thurrock-council/bukky-okunade.md"]
    assert "cabinet/2018-03-06/index.md" not in made  # another committee's pages are not made again,
    assert "planning-committee/2018-03-08/index.md" not in made  # not even of the newcomer's council
    assert meeting.read_text(encoding="utf-8") != listing  # the committee's own page lists the new meeting
    assert (stage / "people" / "thurrock-council" / "amara-shah.md").is_file()

    shutil.copytree(tmp_path / "docs", tmp_path / "fresh" / "docs")
    shutil.copytree(tmp_path / "pdf", tmp_path / "fresh" / "pdf")
    assert build(tmp_path / "fresh") == 0
    assert tree(tmp_path / "site") == tree(tmp_path / "fresh" / "site")


def test_a_changed_meeting_makes_again_the_pages_of_the_people_it_shows_and_only_theirs(tmp_path, monkeypatch):
    import extract.publish.person_pages as person_pages
    import extract.publish.stage as stage_module

    monkeypatch.setattr(stage_module.os, "cpu_count", lambda: 1)  # pages made in this process, to be counted
    people = []
    person_page = person_pages.person_page
    monkeypatch.setattr(person_pages, "person_page", lambda ctx, individual, *rest: people.append(individual.page) or
                        person_page(ctx, individual, *rest))
    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    add_another_committee(tmp_path / "docs", COUNCIL, "Planning Committee", "2018-03-08")
    assert build(tmp_path) == 0
    assert "people/thurrock-council/bukky-okunade.md" in people
    page = tmp_path / "build" / "docs" / "people" / "thurrock-council" / "jane-chitty.md"
    assert "Vice-Chair" not in page.read_text(encoding="utf-8")

    people.clear()
    add_another_committee(tmp_path / "docs", COUNCIL, "Planning Committee", "2018-03-08", vice_chair="Vice-Chair")
    assert build(tmp_path) == 0
    # The meeting's people, and no other of the council's (who sat on another committee only).
    assert sorted(people) == ["people/thurrock-council/jane-chitty.md", "people/thurrock-council/rodney-chambers.md"]
    assert "Vice-Chair" in page.read_text(encoding="utf-8")
    assert "Vice-Chair" in (tmp_path / "site" / "people" / "thurrock-council" / "jane-chitty" / "index.html").read_text(
        encoding="utf-8")

    shutil.copytree(tmp_path / "docs", tmp_path / "fresh" / "docs")
    shutil.copytree(tmp_path / "pdf", tmp_path / "fresh" / "pdf")
    assert build(tmp_path / "fresh") == 0
    assert tree(tmp_path / "site") == tree(tmp_path / "fresh" / "site")


# In another process: what each generated group of the archive in argv[1] says it is made of.
GROUP_DIGESTS = """
import sys
from pathlib import Path
from extract.archive import Archive
from extract.publish.derived import Ingredients, feed_groups, page_groups
from extract.publish.pages import SiteContext
catalogue = Archive(Path(sys.argv[1])).catalogue()
ctx = SiteContext.build(catalogue, {})
made = Ingredients(ctx, {doc.path: doc.path for doc in catalogue.documents})
print([group.made_of_digest for group in [*page_groups(ctx, made), *feed_groups(ctx, "", made)]])
"""


def test_what_a_page_is_made_of_is_the_same_in_every_build(tmp_path):
    """Each build is a new Python process, whose sets iterate in another order (string hashing is seeded
    per process): a digest of what pages are made of must not change with it, else every build after
    one more meeting makes every page again."""
    write_archive(tmp_path / "docs")
    add_another_committee(tmp_path / "docs")
    other = Minutes(body="Southend-on-Sea Borough Council", committee="Cabinet", date="2018-03-07",
                    title="Minutes: Cabinet, 2018-03-07", source=Source(file="southend.pdf", sha256="2" * 64, pages=[1]),
                    status="approved", present=[Person("Ann Holland", "Chair", "Councillor")],
                    items=[Minute("1", "Budget Monitoring", anchor="min-1")], content=[Paragraph("Noted.")])
    path = tmp_path / "docs" / record_path(other)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_record(other), encoding="utf-8")
    seen = set()
    for seed in range(6):
        env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
        seen.add(subprocess.run([sys.executable, "-c", GROUP_DIGESTS, str(tmp_path / "docs")], env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(seen) == 1


def test_the_renderer_lists_the_stage_as_mkdocs_would(tmp_path):
    """The renderer takes the docs folder's files from the stage's own list, not a walk of the folder:
    the same files, in the same order, excluded and conflicting ones as MkDocs treats them."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    from extract.publish import generate, load_config as load_site_config, write_config
    from extract.publish.render import stage_files

    write_archive(tmp_path / "docs")
    write_pdf(tmp_path / "pdf")
    add_another_committee(tmp_path / "docs")
    (tmp_path / "docs" / "notes").mkdir()
    for name in ("README.md", "index.md", ".hidden.md", "photo.png"):
        (tmp_path / "docs" / "notes" / name).write_text("# Notes\n", encoding="utf-8")
    stage = tmp_path / "build" / "docs"
    staged = generate(tmp_path / "docs", stage, ROOT / "mkdocs.yml", tmp_path / "pdf")
    config = load_config(str(write_config(ROOT / "mkdocs.yml", load_site_config(ROOT / "mkdocs.yml"), stage,
                                          tmp_path / "site")))
    walked = [(f.src_uri, f.dest_uri, f.inclusion) for f in get_files(config)]
    listed = [(f.src_uri, f.dest_uri, f.inclusion) for f in stage_files(config, staged.keys)]
    assert listed == walked
    assert "notes/README.md" not in {uri for uri, _, _ in listed} and "notes/index.md" in {uri for uri, _, _ in listed}
