"""Fuzzing: a few hundred PDFs mutated from real-format ones (seeded, so every run makes the same files).

Each must come out as records or as one ``error: FILE: reason`` line — never a
traceback, a hang, an internal error or another file's loss — and the site must
still build from whatever was ingested. OCR is off: a mutant that lost its text
layer is bad input here, and recognising it would test Tesseract, not us.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import badpdfs
from exempt_fixtures import fixtures

ROOT = Path(__file__).resolve().parents[1]
SEED = 12
MUTANTS = 300


def originals(folder: Path) -> list[bytes]:
    chosen = {"exempt-minute-items", "agenda-part-ii", "running-header"}
    made = [fixture.pdf(folder) for fixture in fixtures() if fixture.name in chosen]
    made += [badpdfs.minutes_pdf(folder), badpdfs.broken_page_pdf(folder), badpdfs.damaged_xref_pdf(folder)]
    return [path.read_bytes() for path in made]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four edits of the kinds damage does: flipped bytes, cuts, junk, repeats, numbers off by some."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out))
        kind = rng.choice(("flip", "cut", "junk", "repeat", "number", "zero"))
        if kind == "flip":
            for index in rng.sample(range(len(out)), min(len(out), rng.randint(1, 16))):
                out[index] ^= 1 << rng.randrange(8)
        elif kind == "cut":
            del out[at:at + rng.randint(1, 2000)]
        elif kind == "junk":
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
        elif kind == "repeat":
            out[at:at] = out[at:at + rng.randint(1, 5000)] * rng.randint(1, 20)
        elif kind == "zero":
            out[at:at + rng.randint(1, 500)] = bytes(min(500, len(out) - at))
        else:
            numbers = list(re.finditer(rb"\d+", bytes(out)))
            if numbers:
                number = rng.choice(numbers)
                value = str(rng.choice([0, -1, 1 << 31, int(number.group()) * rng.randint(2, 1000)])).encode()
                out[number.start():number.end()] = value
    return bytes(out)


def test_mutated_pdfs_are_ingested_or_refused_in_one_line(tmp_path):
    rng = random.Random(SEED)
    bases = originals(tmp_path / "originals")
    folder = tmp_path / "mutants"
    folder.mkdir()
    mutants = []
    for number in range(MUTANTS):
        path = folder / f"mutant-{number:03}.pdf"
        path.write_bytes(mutate(rng.choice(bases), rng))
        mutants.append(path)
    docs = tmp_path / "docs"
    ingest = subprocess.run([sys.executable, "-m", "extract", "ingest", "--no-ocr", *map(str, mutants),
                             "--docs", str(docs)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert ingest.returncode in (0, 1)
    errors = ingest.stderr.splitlines()
    assert "Traceback" not in ingest.stderr
    assert all(re.match(rf"error: {re.escape(str(folder))}/mutant-\d{{3}}\.pdf: \S", line) for line in errors), \
        "\n".join(line for line in errors if not line.startswith("error: "))
    assert not [line for line in errors if "internal error" in line]
    summarised = set(re.findall(r"^(mutant-\d{3}\.pdf): ", ingest.stdout, re.M))
    refused = {line.split(": ", 2)[1].rsplit("/", 1)[1] for line in errors}
    assert summarised | refused == {path.name for path in mutants}  # every file accounted for, once
    assert not summarised & refused
    build = subprocess.run([sys.executable, "-m", "extract", "build", "--docs", str(docs), "--site",
                            str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml")],
                           capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert build.returncode == 0 and "Traceback" not in build.stderr, build.stderr[-2000:]
