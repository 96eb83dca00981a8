"""Score what `ingest` writes for ../shared's seeds and corpus against the labels.

Prints score.py's per-field figures for the seeds and for the corpus, and
fails (exit 1) when a score falls more than TOLERANCE below the figure recorded
in scripts/extraction_baseline.json. `--record` writes the current figures there.

    python scripts/extraction_score.py [--record]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "scripts" / "extraction_baseline.json"
TOLERANCE = 0.02
SETS = {"seeds": SHARED / "seeds" / "pdf", "corpus": SHARED / "corpus" / "pdf"}


def score_set(name: str, pdf_dir: Path, out: Path) -> float:
    pdfs = sorted(pdf_dir.glob("*.pdf"))
    docs = out / name
    subprocess.run([sys.executable, "-m", "extract", "ingest", "--docs", str(docs), *map(str, pdfs)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    labelled = {json.loads(p.read_text())["file"] for p in (SHARED / "eval" / "labels").glob("*.json")}
    files = ",".join(p.name for p in pdfs if p.name in labelled)
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "labels"),
                             str(docs), "--files", files], capture_output=True, text=True, check=True)
    print(f"== {name} ({pdf_dir})")
    print(result.stdout.rstrip())
    return float(re.search(r"^score: ([\d.]+)", result.stdout, re.M).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="record the current figures as the baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scores = {name: score_set(name, path, Path(tmp)) for name, path in SETS.items()}
    print("extraction score: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    if args.record:
        BASELINE.write_text(json.dumps(scores, indent=2) + "\n")
        return 0
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    dropped = {k: (baseline[k], v) for k, v in scores.items() if k in baseline and v < baseline[k] - TOLERANCE}
    for name, (before, now) in dropped.items():
        print(f"extraction score for {name} fell from {before:.3f} to {now:.3f} (more than {TOLERANCE})")
    return 1 if dropped else 0


if __name__ == "__main__":
    raise SystemExit(main())
