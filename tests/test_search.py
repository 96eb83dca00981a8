"""The search index's shards and Pagefind's output: stable shards, the same bytes on every run."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

from extract.publish.pagefind_output import SIGNATURE, decode, encode, make_deterministic
from extract.publish.search import plan_shards


def records(year: int, months: range, per_month: int, size: int) -> list[tuple[str, str, int]]:
    return [(f"c/{year}-{m:02}-{d + 1:02}/minutes.md", f"{year}-{m:02}-{d + 1:02}", size)
            for m in months for d in range(per_month)]


def test_a_year_is_a_shard_and_a_big_year_is_split_by_months():
    small, big = records(2017, range(1, 13), 2, 100), records(2018, range(1, 13), 2, 1000)
    shards = plan_shards(small + big, budget=10_000)
    assert [s.name for s in shards] == ["2017", "2018-01_2018-05", "2018-06_2018-10", "2018-11_2018-12"]
    assert [s.listing()["from"] for s in shards] == ["2017-01", "2018-01", "2018-06", "2018-11"]
    assert sum(len(s.pages) for s in shards) == len(small) + len(big)


def test_a_meeting_more_changes_the_shards_of_its_year_only():
    before = plan_shards(records(2016, range(1, 13), 3, 900) + records(2017, range(1, 13), 3, 900), budget=10_000)
    after = plan_shards(records(2016, range(1, 13), 3, 900) + records(2017, range(1, 13), 3, 900)
                        + [("c/2017-02-29/agenda.md", "2017-02-29", 5000)], budget=10_000)
    untouched = [(s.name, s.pages) for s in before if s.name.startswith("2016")]
    assert untouched == [(s.name, s.pages) for s in after if s.name.startswith("2016")]
    assert [s for s in before if s.name.startswith("2017")] != [s for s in after if s.name.startswith("2017")]


def page(committee: str, kind: str, text: str) -> str:
    return (f'<!doctype html><html lang="en"><body><div data-pagefind-body data-committee="{committee}" '
            f'data-kind="{kind}" data-pagefind-filter="committee[data-committee], kind[data-kind]">'
            f"<h1>{committee}</h1><p>{text}</p></div></body></html>")


def pagefind(site: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out), "--quiet"],
                   check=True)


def test_pagefind_output_is_made_the_same_on_every_run(tmp_path):
    site = tmp_path / "site"
    committees = ["Cabinet", "Planning Committee", "Licensing Committee", "Audit Committee", "Standards Committee"]
    for n, committee in enumerate(committees * 3):
        target = site / f"p{n}" / "index.html"
        target.parent.mkdir(parents=True)
        target.write_text(page(committee, ["minutes", "agenda", "report"][n % 3], f"housing item {n}"))
    runs = []
    for name in ("one", "two", "three"):
        pagefind(site, tmp_path / name)
        for path in (tmp_path / name).rglob("*.pf_*"):
            if path.suffix != ".pf_fragment":  # fragments are JSON, the rest CBOR
                data = gzip.decompress(path.read_bytes())
                assert data.startswith(SIGNATURE) and encode(decode(data[len(SIGNATURE):])) == data[len(SIGNATURE):]
        make_deterministic(tmp_path / name)
        runs.append({p.relative_to(tmp_path / name).as_posix(): p.read_bytes()
                     for p in sorted((tmp_path / name).rglob("*")) if p.is_file()})
    assert runs[0] == runs[1] == runs[2]
