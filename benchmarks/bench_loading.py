"""Benchmark: documents per second through :func:`healthkg.loaders.sources.load_documents`.

Writes a synthetic corpus (plain text in cp1252 and UTF-8, HTML pages, one JSON Lines
file) built from the bundled sample articles into a temporary folder and times one
load of it per format. Run: ``python benchmarks/bench_loading.py [copies]``.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from healthkg.loaders.sources import load_documents

SAMPLE = Path(__file__).resolve().parents[1] / "healthkg" / "data" / "sample"


def build_corpus(folder: Path, copies: int) -> dict[str, Path]:
    """Write ``copies`` documents per format under ``folder``; return the folder of each format."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE.glob("*.txt"))]
    formats = {name: folder / name for name in ("text", "html", "jsonl")}
    for path in formats.values():
        path.mkdir()
    with (formats["jsonl"] / "corpus.jsonl").open("w", encoding="utf-8") as jsonl:
        for i in range(copies):
            text = texts[i % len(texts)]
            encoding = "cp1252" if i % 2 and text.isascii() is False and _fits(text, "cp1252") else "utf-8"
            (formats["text"] / f"doc{i:05}.txt").write_bytes(text.encode(encoding))
            paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
            page = (f"<html><head><title>Doc {i}</title><script>var x = {i};</script>"
                    f'<meta property="article:published_time" content="2022-11-03"></head>'
                    f"<body><article>{paragraphs}</article></body></html>")
            (formats["html"] / f"doc{i:05}.html").write_text(page, encoding="utf-8")
            jsonl.write(json.dumps({"id": f"j{i}", "text": text}) + "\n")
    return formats


def _fits(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def main(copies: int = 200) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in build_corpus(Path(tmp), copies).items():
            start = time.perf_counter()
            count = sum(1 for _ in load_documents([folder]))
            seconds = time.perf_counter() - start
            print(f"{name:6} {count:6} documents in {seconds:6.2f} s  ({count / seconds:8.1f} docs/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
