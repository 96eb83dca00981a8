"""Stage 5, publish: records' frontmatter → derived pages, then MkDocs builds the site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

STAGE = Path("build/docs")


def stage_docs(docs: Path, stage: Path = STAGE) -> Path:
    """Copy the archive into a staging folder and add the generated pages there."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(docs, stage)
    return stage


def _config_for(config: Path, stage: Path, site: Path | None) -> Path:
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    data["docs_dir"] = str(stage.resolve())
    if site is not None:
        data["site_dir"] = str(site.resolve())
    generated = stage.parent / "mkdocs.yml"
    generated.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return generated


def build_site(docs: Path, site: Path, config: Path = Path("mkdocs.yml")) -> int:
    stage = stage_docs(docs)
    generated = _config_for(config, stage, site)
    return subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(generated)])


def serve_site(docs: Path, config: Path = Path("mkdocs.yml"), address: str = "127.0.0.1:8000") -> int:
    stage = stage_docs(docs)
    generated = _config_for(config, stage, None)
    return subprocess.call([sys.executable, "-m", "mkdocs", "serve", "-f", str(generated), "-a", address])
