"""Read the rule files in ``healthkg/loaders/rules`` (format: ``rules/README.md``).

>>> "director" in load_words("en", "person_titles.txt")
True
>>> rows = load_table("en", "org_heads.tsv")
>>> ("hospital", "Hospital", "both") in [tuple(r[:3]) for r in rows]
True
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from healthkg.errors import ExtractionError

__all__ = ["RULES_DIR", "rule_path", "load_lines", "load_table", "load_words", "normalize", "rule_vocabulary"]

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
COMMON = "common"


def normalize(text: str) -> str:
    """NFC and case folding, as rule phrases are compared.

    >>> normalize("KRANKENHAUS")
    'krankenhaus'
    """
    return unicodedata.normalize("NFC", text).casefold()


def rule_path(language: str, name: str) -> Path:
    """The path of a rule file of a language folder (``common`` for shared rules)."""
    return RULES_DIR / language / name


@lru_cache(maxsize=None)
def _read(path: Path) -> tuple[tuple[str, ...], ...]:
    if not path.exists():
        return ()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractionError(f"{path}: cannot read rule file ({exc})") from exc
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


def load_lines(language: str, name: str, with_common: bool = True) -> list[tuple[str, ...]]:
    """Rows (tuples of columns) of a language's rule file, plus ``common/`` ones."""
    rows = list(_read(rule_path(language, name))) if language else []
    if with_common:
        rows += list(_read(rule_path(COMMON, name)))
    return rows


@lru_cache(maxsize=None)
def load_table(language: str, name: str, with_common: bool = True) -> tuple[tuple[str, ...], ...]:
    """Rows of a ``.tsv`` rule file with the first column normalised (read once per file)."""
    return tuple((normalize(r[0]),) + r[1:] for r in load_lines(language, name, with_common))


@lru_cache(maxsize=None)
def language_row(name: str, language: str | None) -> tuple[str, ...]:
    """The columns after the language code of a language's row in a ``common/`` table keyed by
    language (``sibling_languages.tsv``, ``compass_prefixes.tsv``), empty without a row.

    >>> language_row("definite_endings.tsv", "sv"), language_row("definite_endings.tsv", "de")
    (('en et n t',), ())
    """
    return next((row[1:] for row in load_lines("", name) if row[0] == language), ())


@lru_cache(maxsize=None)
def load_words(language: str, name: str, with_common: bool = True) -> frozenset[str]:
    """The normalised phrases of a ``.txt`` word list."""
    return frozenset(normalize(r[0]) for r in load_lines(language, name, with_common))


@lru_cache(maxsize=1)
def rule_vocabulary() -> frozenset[str]:
    """Every one-word phrase of the first column of every rule file of every language,
    normalised: the words the rules know as words ("capital", "nacional"), which a place
    name of one word should not be.

    >>> "hospital" in rule_vocabulary(), "lombardy" in rule_vocabulary()
    (True, False)
    """
    words = set()
    for path in sorted(RULES_DIR.glob("*/*")):
        if path.suffix in (".txt", ".tsv"):
            words |= {normalize(row[0]) for row in _read(path) if row and row[0] and " " not in row[0]}
    return frozenset(words)
