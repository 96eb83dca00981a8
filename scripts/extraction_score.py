"""Score what `ingest` writes for ../shared's documents against the labels, set by set.

The sets are the seeds (``seeds/pdf``), the first corpus (``corpus/pdf/uk_*``,
``us_*``), the new corpus (``corpus/pdf/cc_*``) and the seeds printed again
through a word processor (``scripts/wordgen.py``: other fonts, the cover block
as a Word table, a running footer; built once and cached under build/): councils
the extractor was not built on are measured apart from the ones it was. A set
printed in several styles scores the mean of its styles. Prints score.py's
per-field figures for each set, and fails (exit 1) when a set falls more than
TOLERANCE below its figure in scripts/extraction_baseline.json, or when any one
PDF falls more than DOCUMENT_TOLERANCE below its own: a set's rounded mean can
hide one council getting worse while another gets better, which is the change
the project rejects. `--record` writes the current figures there; `--detail`
adds each document's weak fields.

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
DOCUMENT_TOLERANCE = 0.01
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


def score_set(name: str, styles: dict[str, list[Path]], out: Path,
              detail: bool) -> tuple[float, dict[str, float]]:
    """The set's score (the mean of its styles) and each PDF's, keyed "style/file" where a set has styles."""
    scores, documents = [], {}
    for style, pdfs in styles.items():
        per_pdf: dict[str, float] = {}
        scores.append(score_pdfs(f"{name} {style}".strip(), pdfs, out, detail, per_pdf))
        documents.update({f"{style}/{pdf}" if style else pdf: score for pdf, score in per_pdf.items()})
    return round(sum(scores) / len(scores), 3), documents


def score_pdfs(name: str, pdfs: list[Path], out: Path, detail: bool,
               per_pdf: dict[str, float] | None = None) -> float:
    """The score of what ingest writes for ``pdfs``; each PDF's own score goes into ``per_pdf``."""
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
    if per_pdf is not None:
        per_pdf.update((m[1], float(m[2])) for m in re.finditer(r"^(\S+\.pdf): ([\d.]+) \(", result.stdout, re.M))
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
        results = {name: score_set(name, SETS[name](), Path(tmp), args.detail) for name in chosen}
    scores = {name: score for name, (score, _) in results.items()}
    print("extraction score: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    documents = baseline.get("documents", {})
    if args.record:
        documents = {**documents, **{name: per_pdf for name, (_, per_pdf) in results.items()}}
        BASELINE.write_text(json.dumps({**baseline, **scores, "documents": documents}, indent=2) + "\n")
        return 0
    falls = [f"extraction score for {k} fell from {baseline[k]:.3f} to {v:.3f} (more than {TOLERANCE})"
             for k, v in scores.items() if k in baseline and v < baseline[k] - TOLERANCE]
    for name, (_, per_pdf) in results.items():
        recorded = documents.get(name, {})
        falls += [f"extraction score for {pdf} ({name}) fell from {recorded[pdf]:.3f} to {now:.3f}"
                  f" (more than {DOCUMENT_TOLERANCE})"
                  for pdf, now in sorted(per_pdf.items()) if pdf in recorded and now < recorded[pdf] - DOCUMENT_TOLERANCE]
    for line in falls:
        print(line)
    return 1 if falls else 0

if __name__ == "__main__":
    raise SystemExit(main())
