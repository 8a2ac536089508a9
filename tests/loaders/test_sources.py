"""Source formats: text in any encoding, HTML, JSON Lines, folders, stdin, errors."""
import io
import shutil
import sys
from pathlib import Path

import pytest

from healthkg.errors import LoaderError
from healthkg.loaders.sources import SOURCE_FORMATS, count_sources, load_documents
from healthkg.loaders.sources import reading
from healthkg.loaders.sources.html import clean_tree, fallback_text
from healthkg.loaders.sources.titles import guess_title

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = Path(__file__).resolve().parents[2] / "healthkg" / "data" / "sample"
LEAKS = ["alert", "SCRIPT", "STYLE", "TEMPLATE", "COMMENT", "NOSCRIPT", "IFRAME", "SVG", "JSONLD", "ONERROR", "ONLOAD", "LEAK"]


def load_one(path, **kwargs):
    documents = list(load_documents([path], **kwargs))
    assert len(documents) == 1
    return documents[0]


def test_registry_names_snapshot():
    assert list(SOURCE_FORMATS) == ["jsonl", "html", "text"]
    assert SOURCE_FORMATS["text"].suffixes == (".txt", ".text", "")
    assert SOURCE_FORMATS["html"].suffixes == (".html", ".htm", ".xhtml")
    assert SOURCE_FORMATS["jsonl"].suffixes == (".jsonl", ".ndjson")


def test_cp1252_german_text_decodes_with_umlauts():
    doc = load_one(FIXTURES / "german_cp1252.txt")
    assert doc.id == "german_cp1252"
    assert "Universität Würzburg" in doc.text and "Größere" in doc.text and "5 Mio. €" in doc.text
    assert "„ein wichtiger Schritt“" in doc.text
    assert "\r" not in doc.text
    assert doc.title == "Münchner Klinikum und Universität Würzburg gründen Forschungszentrum"
    assert doc.published == "2022-11-03"
    assert doc.language is None  # no metadata: detected elsewhere


def test_utf16_with_bom():
    doc = load_one(FIXTURES / "danish_utf16.txt")
    assert doc.text.startswith("Hospital i Aarhus indgår aftale")
    assert "\ufeff" not in doc.text
    assert doc.published == "2022-09-28"
    assert doc.title == "Hospital i Aarhus indgår aftale med kinesisk partner"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Größe", "cp1252"),
        ("Überschrift der Nachricht\nText.", "cp1252"),
        ("Preis: 5 € – „Zitat“", "cp1252"),
        ("El señor García firmó un acuerdo.", "cp1252"),
        ("O hospital São João assinou um acordo com a fundação.", "latin-1"),
        ("Sygehuset i Århus underskrev en aftale med et kinesisk firma.", "latin-1"),
        ("Szpital w Łodzi podpisał umowę z firmą ze Śląska.", "cp1250"),
        ("Привет, как дела? Больница подписала соглашение.", "cp1251"),
        ("Το νοσοκομείο υπέγραψε συμφωνία.", "cp1253"),
        ("JustGood Health Industry Group 与 UMass 签署了合作协议，双方将共同建设医疗中心。", "gbk"),
        ("醫院與德國公司簽署合作協議。", "big5"),
        ("病院はドイツの会社と協力協定を結びました。", "shift_jis"),
        ("병원은 독일 회사와 협력 협정을 체결했습니다.", "euc_kr"),
        ("Grüße aus Köln", "utf-8"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    assert reading.decode_text(text.encode(encoding), "x.txt") == text


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("Ärzte unterzeichnen Vertrag\nText über Kliniken.".encode("utf-16-le"))
    assert load_one(path).text == "Ärzte unterzeichnen Vertrag\nText über Kliniken."


def test_text_is_kept_exactly_apart_from_newlines_and_nfc(tmp_path):
    path = tmp_path / "exact.txt"
    path.write_bytes("  Cafe\u0301 line\r\n\r\n\tindented  line  \rlast".encode("utf-8"))
    assert load_one(path).text == "  Café line\n\n\tindented  line  \nlast"


def test_binary_file_is_rejected():
    with pytest.raises(LoaderError) as info:
        list(load_documents([FIXTURES / "image.png"]))
    assert info.value.message == "not a text file: binary content"
    assert info.value.source.endswith("image.png")


def test_binary_content_with_text_suffix_is_rejected(tmp_path):
    path = tmp_path / "fake.txt"
    shutil.copy(FIXTURES / "image.png", path)
    with pytest.raises(LoaderError, match="fake.txt: not a text file: binary content"):
        list(load_documents([path]))


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_or_blank_file(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(LoaderError, match="blank.txt: empty document"):
        list(load_documents([path]))


def test_empty_fixture_is_reported():
    errors = []
    assert list(load_documents([FIXTURES / "empty.txt"], on_error=errors.append)) == []
    assert [e.message for e in errors] == ["empty document"]


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_SOURCE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 50)
    with pytest.raises(LoaderError, match="big.txt: document too large"):
        list(load_documents([path]))
    assert reading.MAX_SOURCE_BYTES == 100


def test_default_size_limit_is_50_mb():
    assert reading.MAX_SOURCE_BYTES == 50 * 1024 * 1024


def test_hostile_html_keeps_only_content():
    doc = load_one(FIXTURES / "hostile.html")
    for leak in LEAKS:
        assert leak not in doc.text, leak
    assert "Zweite Krankenhaus der Medizinischen Universität Chongqing" in doc.text
    assert "Wolfgang Pommer" in doc.text
    assert doc.title == "Deutsch-chinesisches Medizinzentrum startet in Chongqing"
    assert doc.published == "2024-05-22"  # metadata wins over the 21.05.2024 in the body
    assert doc.url == "https://news.example.org/gesundheit/medizinzentrum-chongqing"
    assert doc.language == "de"
    assert doc.id == "hostile"


def test_html_date_from_text_dateline_when_no_metadata(tmp_path):
    page = ("<html><body><article><h1>Kliniken kooperieren</h1><p>Veröffentlicht am 03.11.2022</p>"
            "<p>" + "Zwei Kliniken in Köln und Wuhan haben einen Vertrag unterzeichnet. " * 5 + "</p>"
            "</article></body></html>")
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = load_one(path)
    assert doc.published == "2022-11-03"
    assert doc.url is None


def test_html_fallback_extraction_drops_scripts():
    import lxml.html

    tree = lxml.html.document_fromstring(
        "<html><body><div>Short note <b>here</b></div><script>alert(1)</script>"
        "<style>p{}</style><img src=x onerror=alert(2)><p>Second</p></body></html>")
    assert fallback_text(clean_tree(tree)) == "Short note here\nSecond"


def test_html_without_any_text_is_an_error(tmp_path):
    path = tmp_path / "nothing.html"
    path.write_text("<html><head><script>alert(1)</script></head><body><style>x{}</style></body></html>")
    with pytest.raises(LoaderError, match="nothing.html: empty document"):
        list(load_documents([path]))


def test_html_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes('<html><head><meta charset="iso-8859-1"><title>Ärzte</title></head><body>'
                     '<p>Die Ärzte in München begrüßen die Kooperation – für 5 €.</p></body></html>'.encode("cp1252"))
    doc = load_one(path)
    assert "Die Ärzte in München begrüßen die Kooperation – für 5 €." in doc.text


def test_xhtml_with_xml_declaration(tmp_path):
    path = tmp_path / "page.xhtml"
    path.write_bytes('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr">'
                     '<head><title>Hôpital</title><meta name="date" content="2021-04-05"/></head><body>'
                     '<p>Un hôpital de Lyon signe un accord avec Wuhan pour la recherche cardiaque.</p></body></html>'.encode())
    doc = load_one(path)
    assert doc.text == "Un hôpital de Lyon signe un accord avec Wuhan pour la recherche cardiaque."
    assert (doc.title, doc.published, doc.language) == ("Hôpital", "2021-04-05", "fr")


def test_jsonl_good_broken_and_duplicate_records():
    errors = []
    docs = list(load_documents([FIXTURES / "articles.jsonl"], on_error=errors.append))
    assert [d.id for d in docs] == ["jl-1", "jl-3"]
    first = docs[0]
    assert first.title == "Hospital pact signed"
    assert first.published == "2023-07-19"
    assert first.language == "en"
    assert first.url == "https://example.org/a"
    assert first.text == "Two hospitals in Lyon and Wuhan signed a pact.\nThe pact runs five years."
    assert docs[1].published == "2018-06-05"  # from the text's dateline
    assert [(e.position, e.source.endswith("articles.jsonl")) for e in errors] == [(2, True), (3, True), (5, True), (6, True)]
    assert "invalid JSON" in errors[0].message
    assert "duplicate document id 'jl-1'" in errors[1].message
    assert "not a JSON object" in errors[2].message
    assert "no 'text'" in errors[3].message


def test_jsonl_without_on_error_raises_first_error():
    with pytest.raises(LoaderError) as info:
        list(load_documents([FIXTURES / "articles.jsonl"]))
    assert info.value.position == 2


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("First article text.")
    (tmp_path / "b" / "same.txt").write_text("Second article text.")
    errors = []
    docs = list(load_documents([tmp_path], on_error=errors.append))
    assert [d.text for d in docs] == ["First article text."]
    assert len(errors) == 1 and "duplicate document id 'same'" in errors[0].message


def test_folder_load_sorted_skips_hidden(tmp_path):
    for name, text in [("b.txt", "B text."), ("a/z.txt", "Z text."), ("a/c.md", "C text."),
                       (".hidden.txt", "hidden"), (".cache/x.txt", "hidden too"), ("d", "No suffix.")]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    docs = list(load_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["c", "z", "b", "d"]
    assert count_sources([tmp_path]) == 4


def test_fixture_folder_load_reports_every_bad_input():
    errors = []
    docs = list(load_documents([FIXTURES], on_error=errors.append))
    assert sorted(d.id for d in docs) == ["danish_utf16", "german_cp1252", "hostile", "jl-1", "jl-3"]
    assert sorted(Path(e.source).name for e in errors) == ["articles.jsonl"] * 4 + ["empty.txt", "image.png"]


def test_missing_path_names_it():
    with pytest.raises(LoaderError, match="nope/missing.txt: no such file or folder"):
        list(load_documents(["nope/missing.txt"]))


def test_single_string_path_is_not_split_into_characters():
    docs = list(load_documents(str(SAMPLE)))
    assert len(docs) == 5


@pytest.mark.parametrize(
    ("payload", "expected_id", "expected_text"),
    [
        (b'{"id": "s1", "text": "From stdin."}\n{"id": "s2", "text": "Again."}\n', ["s1", "s2"], "From stdin."),
        (b"<!DOCTYPE html><html><body><p>Piped page about two clinics signing a contract.</p></body></html>",
         ["stdin"], "Piped page about two clinics signing a contract."),
        ("Überschrift der Nachricht\nText.".encode("cp1252"), ["stdin"], "Überschrift der Nachricht\nText."),
    ],
)
def test_stdin(monkeypatch, payload, expected_id, expected_text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    docs = list(load_documents(["-"]))
    assert [d.id for d in docs] == expected_id
    assert docs[0].text == expected_text
    assert docs[0].source == "<stdin>"


def test_missing_stdin_is_an_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(LoaderError, match="<stdin>: no standard input"):
        list(load_documents(["-"]))


def test_stdin_binary_is_rejected(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((FIXTURES / "image.png").read_bytes())))
    with pytest.raises(LoaderError, match="<stdin>: not a text file: binary content"):
        list(load_documents(["-"]))


def test_stdin_jsonl_longer_than_sniff_window(monkeypatch):
    lines = b"".join(b'{"id": "r%d", "text": "%s"}\n' % (i, b"x" * 1000) for i in range(200))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert [d.id for d in load_documents(["-"])] == [f"r{i}" for i in range(200)]


def test_unknown_text_suffix_is_sniffed(tmp_path):
    (tmp_path / "page.php").write_text("<html><body><p>Hospital news from a PHP page.</p></body></html>")
    (tmp_path / "dump.log").write_text('{"id": "x1", "text": "Line record."}\n')
    docs = list(load_documents([tmp_path / "page.php", tmp_path / "dump.log"]))
    assert [(d.id, d.text) for d in docs] == [("page", "Hospital news from a PHP page."), ("x1", "Line record.")]


def test_count_sources_counts_files_records_and_stdin():
    assert count_sources([SAMPLE]) == 5
    assert count_sources([FIXTURES / "articles.jsonl", "-", "missing.txt"]) == 7


def test_seeds_load_with_dates_and_titles():
    docs = {d.id: d for d in load_documents([SAMPLE])}
    assert {k: d.published for k, d in docs.items()} == {
        "000_40dd52778adfcd27": "2022-11-03",
        "001_ae41dadf315eba63": "2022-11-03",
        "002_fab9e49b7e6b20e5": "2024-05-22",
        "003_841aa74d453e70bd": "2023-07-19",
        "004_1ab0caa8ac95d49f": "2023-02-21",
    }
    assert docs["002_fab9e49b7e6b20e5"].title == "Deutsch-chinesisches Kooperationsprojekt landet in Chongqing"
    assert docs["003_841aa74d453e70bd"].title.startswith("Shenzhen Guangming District Health Industry")
    assert docs["004_1ab0caa8ac95d49f"].title == "City hospital seeks to upgrade service with partnership deal"
    assert docs["000_40dd52778adfcd27"].title is None  # starts with body text
    raw = (SAMPLE / "002_fab9e49b7e6b20e5.txt").read_text(encoding="utf-8")
    assert docs["002_fab9e49b7e6b20e5"].text == raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menu\nSearch\nSign in\nNew clinic opens in Lyon with Chinese partner\n\nThe clinic opened on Monday.", "New clinic opens in Lyon with Chinese partner"),
        ("Startseite » Gesundheit » China\nKliniken vereinbaren engere Zusammenarbeit\nVon Anna Schmidt\nText.", "Kliniken vereinbaren engere Zusammenarbeit"),
        ("By John Smith\nPublished: 2021-03-04\nHospitals agree on joint research\n\nBody.", "Hospitals agree on joint research"),
        ("Accueil > Santé\nPublié le 3 novembre 2022\nUn hôpital de Lyon signe avec Wuhan\n\nTexte.", "Un hôpital de Lyon signe avec Wuhan"),
        ("成都医院与德国合作伙伴签署协议\n发布时间：2022-11-03\n正文。", "成都医院与德国合作伙伴签署协议"),
        ("The hospital signed an agreement with the university in the city on Monday.\nMore text follows here.", None),
        ("share\nprint\n\n", None),
        ("a lowercase fragment of some text\nThe rest.", None),
    ],
)
def test_guess_title(text, expected):
    assert guess_title(text) == expected
