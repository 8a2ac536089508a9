"""The headline of a plain-text news page, when it has one.

Text dumps of news pages put the headline near the top, often below page
furniture (``share``, a breadcrumb ``Home> Wirtschaft``) or a dateline, and always
before the first paragraph of body text. :func:`guess_title` scans the top lines:
furniture, datelines and metadata lines are skipped, the first body paragraph stops
the scan, and the first short line that reads like a headline (a few words, no
closing period, not starting in lower case) is the title. The furniture words live
in ``title_boilerplate.yaml``.

>>> guess_title("share\\nHome> News\\n\\nHospitals sign a cooperation deal\\n\\nThe deal was signed.")
'Hospitals sign a cooperation deal'
"""
from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from healthkg.loaders.dates import is_dateline

__all__ = ["guess_title", "MAX_TITLE_CHARS"]

#: Longest line taken for a title.
MAX_TITLE_CHARS = 200
#: Fewest and most words of a title in a script that separates words with spaces.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30
#: Fewest characters of a title in a script written without spaces (Chinese, Japanese).
MIN_UNSPACED_CHARS = 6
#: How many non-empty lines at the top of a text are searched.
SCAN_LINES = 10
#: A line ending in a full stop with at least this many words is body text: the scan stops.
BODY_SENTENCE_WORDS = 8

_BREADCRUMB_RE = re.compile(r"\s*(?:>|»|›|→|/|\|)\s*")
_TERMINAL = (".", "。", ":", "：", ";", ",", "，")
_SPACE_SCRIPT_RE = re.compile(r"[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]")
_LABEL_RE = re.compile(r"^\s*([^\W\d_][\w .'-]{0,24}?)\s*[:：]")
_URLISH_RE = re.compile(r"https?://|www\.|\S+@\S+\.\w+|©|\(c\)\s*\d{4}", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("healthkg.loaders.sources").joinpath("title_boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    furniture = {str(w).lower() for words in data["boilerplate_words"].values() for w in words}
    labels = {str(w).lower() for words in data["metadata_labels"].values() for w in words}
    return frozenset(furniture), frozenset(labels)


def _is_furniture(line: str) -> bool:
    furniture, labels = _word_lists()
    lowered = line.lower().strip(" \t\u00a0|·•-–—:")
    if not lowered or lowered in furniture:
        return True
    parts = [p for p in _BREADCRUMB_RE.split(lowered) if p]
    if len(parts) >= 2 and re.search(r"[>»›→|]", line):
        return True  # breadcrumb or a row of links
    if all(part in furniture for part in re.split(r"[\s|·•/,]+", lowered) if part):
        return True
    label = _LABEL_RE.match(lowered)
    if label and label.group(1).strip() in labels:
        return True
    first_word = lowered.split()[0]
    if first_word in labels and len(lowered.split()) <= 5 and first_word in {"by", "von", "af", "par", "por", "door", "av", "di"}:
        return True  # byline
    return bool(_URLISH_RE.search(line))


def _words(line: str) -> list[str]:
    return line.split()


def _is_body(line: str) -> bool:
    if len(line) > MAX_TITLE_CHARS:
        return True
    if _SPACE_SCRIPT_RE.search(line):
        return line.endswith((".", "!", "?")) and len(_words(line)) >= BODY_SENTENCE_WORDS
    return line.endswith(("。", "！", "？")) and len(line) > 40


def _reads_like_title(line: str) -> bool:
    if len(line) > MAX_TITLE_CHARS or line.endswith(_TERMINAL):
        return False
    letters = sum(ch.isalpha() for ch in line)
    if letters < 0.6 * len(line.replace(" ", "")):
        return False
    first_letter = next((ch for ch in line if ch.isalpha()), "")
    if first_letter.islower():
        return False
    if _SPACE_SCRIPT_RE.search(line):
        return MIN_TITLE_WORDS <= len(_words(line)) <= MAX_TITLE_WORDS
    return len(line) >= MIN_UNSPACED_CHARS


def guess_title(text: str, language: str | None = None) -> str | None:
    """The headline among the top lines of a plain text, or ``None`` when none qualifies.

    >>> guess_title(" date 2023-02-21 \\nCity hospital seeks partner\\n\\nThe hospital said on Monday it will expand.")
    'City hospital seeks partner'
    >>> guess_title("The hospital signed a long agreement with the university today in the city.") is None
    True
    """
    seen = 0
    for raw in text.split("\n"):
        line = raw.strip(" \t\u00a0\u3000")
        if not line:
            continue
        seen += 1
        if seen > SCAN_LINES or _is_body(line):
            return None
        if _is_furniture(line) or is_dateline(line, language):
            continue
        if _reads_like_title(line):
            return line
    return None
