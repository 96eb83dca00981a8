"""Score what `ingest` writes for ../shared's documents against the labels, set by set.

The sets are the seeds (``seeds/pdf``), the first corpus (``corpus/pdf/uk_*``,
``us_*``), the new corpus (``corpus/pdf/cc_*``) and the seeds printed again
through a word processor (``scripts/wordgen.py``: other fonts, the cover block
as a Word table, a running footer; built once and cached under build/): councils
the extractor was not built on are measured apart from the ones it was. A set
printed in several styles scores the mean of its styles. Prints score.py's
per-field figures for each set, and fails (exit 1) when a set falls more than
TOLERANCE below its figure in scripts/extraction_baseline.json. `--record`
writes the current figures there; `--detail` adds each document's weak fields.

    python scripts/extraction_score.py [--record] [--detail] [SET ...]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "scripts" / "extraction_baseline.json"
TOLERANCE = 0.02
CORPUS = SHARED / "corpus" / "pdf"
WORDGEN_CACHE = ROOT / "build" / "wordgen"


def _word_processor() -> dict[str, list[Path]]:
    from wordgen import render_all  # python-docx and LibreOffice: only this set needs them

    return render_all(sorted((ROOT / "samples" / "text").glob("*.txt")), WORDGEN_CACHE)


# Each set: its PDFs, by the style they were printed in ("" for PDFs as published).
SETS = {
    "seeds": lambda: {"": sorted((SHARED / "seeds" / "pdf").glob("*.pdf"))},
    "first corpus": lambda: {"": sorted([*CORPUS.glob("uk_*.pdf"), *CORPUS.glob("us_*.pdf")])},
    "new corpus": lambda: {"": sorted(CORPUS.glob("cc_*.pdf"))},
    "word processor": _word_processor,
}


def score_set(name: str, styles: dict[str, list[Path]], out: Path, detail: bool) -> float:
    scores = [score_pdfs(f"{name} {style}".strip(), pdfs, out, detail) for style, pdfs in styles.items()]
    return round(sum(scores) / len(scores), 3)


def score_pdfs(name: str, pdfs: list[Path], out: Path, detail: bool) -> float:
    docs = out / re.sub(r"\W+", "-", name)
    subprocess.run([sys.executable, "-m", "extract", "ingest", "--docs", str(docs), *map(str, pdfs)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    labelled = {json.loads(p.read_text())["file"] for p in (SHARED / "eval" / "labels").glob("*.json")}
    files = ",".join(p.name for p in pdfs if p.name in labelled)
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "labels"),
                             str(docs), "--files", files, *(["--detail"] if detail else [])],
                            capture_output=True, text=True, check=True)
    print(f"== {name} ({len(pdfs)} PDFs)")
    print(result.stdout.rstrip())
    return float(re.search(r"^score: ([\d.]+)", result.stdout, re.M).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help=f"the sets to score (default: all of {', '.join(repr(s) for s in SETS)})")
    parser.add_argument("--record", action="store_true", help="record the current figures as the baseline")
    parser.add_argument("--detail", action="store_true", help="show each document's fields that score below 1")
    args = parser.parse_args()
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}: choose from {', '.join(repr(s) for s in SETS)}")
    chosen = args.sets or list(SETS)
    with tempfile.TemporaryDirectory() as tmp:
        scores = {name: score_set(name, SETS[name](), Path(tmp), args.detail) for name in chosen}
    print("extraction score: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    if args.record:
        BASELINE.write_text(json.dumps({**baseline, **scores}, indent=2) + "\n")
        return 0
    dropped = {k: (baseline[k], v) for k, v in scores.items() if k in baseline and v < baseline[k] - TOLERANCE}
    for name, (before, now) in dropped.items():
        print(f"extraction score for {name} fell from {before:.3f} to {now:.3f} (more than {TOLERANCE})")
    return 1 if dropped else 0


if __name__ == "__main__":
    raise SystemExit(main())
