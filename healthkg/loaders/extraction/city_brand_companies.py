"""Chinese companies named the Chinese way without a legal form: a city, a brand in pinyin and
English words of the trade, "Yantai Xinkang Rehabilitation Technology", "Suzhou Meilin Medical
Devices".

News in every language copies such names from the company's English name and often drops
"Co., Ltd.". The name is a Chinese city of the gazetteer, one pinyin word (the brand, no place)
and one to three capitalised words of which the last is a trade word of
``common/sector_words.txt`` ("Technology", "Devices", "Pharmaceutical"). The candidates are
typed ``Company`` and lose to every other recognizer on a tie (a name with its legal form is
longer and wins anyway).

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Avtalen med Yantai Xinkang Rehabilitation Technology ble signert."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "no"))[0]
>>> [(c.type, c.end - c.start) for c in recognize_city_brand_companies(sw, lexicon("no"))]
[('Company', 4)]
"""
from __future__ import annotations

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import is_pinyin_given
from healthkg.loaders.extraction.rulefiles import load_words, normalize
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_city_brand_companies"]

MAX_TRADE_WORDS = 3
#: loses to every other recognizer on a tie
PRIORITY = 6


def _chinese_city(text: str) -> bool:
    place = gazetteer().get(text)
    return place is not None and place.type == "City" and place.links.get("iso3166") == "CN"


@register_recognizer("city_brand_companies")
def recognize_city_brand_companies(sw, lex) -> list[Candidate]:
    """Chinese city + pinyin brand + trade words (see the module doc)."""
    words = sw.words
    sector = load_words("", "sector_words.txt")
    out: list[Candidate] = []
    for i in range(len(words) - 2):
        if not words[i].cap or not _chinese_city(words[i].text):
            continue
        brand = words[i + 1]
        if not (brand.cap and is_pinyin_given(brand.text) and gazetteer().get(brand.text) is None):
            continue
        end = i + 2
        while end < len(words) and end - i - 2 < MAX_TRADE_WORDS and words[end].cap and words[end].alpha:
            end += 1
        while end > i + 2 and normalize(words[end - 1].text) not in sector:
            end -= 1  # the name closes with a trade word
        if end > i + 2:
            out.append(Candidate(i, end, "Company", "city_brand_companies", priority=PRIORITY))
    return out
