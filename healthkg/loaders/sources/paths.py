"""Expand the paths given on the command line into the inputs to read.

Folders are walked recursively in sorted order, skipping hidden files and
dot-folders; ``-`` stands for standard input.

>>> list(expand_paths(["-"]))
['-']
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["STDIN", "expand_paths"]

#: The path that means standard input.
STDIN = "-"


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(root) / name for name in filenames if not name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def expand_paths(paths: Iterable[str | Path] | str | Path) -> Iterator[str | Path]:
    """Yield ``-``, files, and the files inside folders (sorted, hidden ones skipped).

    A path that does not exist is yielded as given; reading it raises the error.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     for name in ["b.txt", "a/c.txt", ".hidden", ".git/x.txt"]:
    ...         p = pathlib.Path(tmp, name); p.parent.mkdir(exist_ok=True); _ = p.write_text("x")
    ...     [p.relative_to(tmp).as_posix() for p in expand_paths([tmp])]
    ['a/c.txt', 'b.txt']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        if str(path) == STDIN:
            yield STDIN
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        else:
            yield Path(path)
