"""Sentence splitting: offsets, line breaks, long texts, bad input."""
import pytest

from healthkg.errors import LoaderError
from healthkg.loaders import sentences
from healthkg.loaders.document import Document
from healthkg.loaders.sentences import prepare_document, token_chunks


def test_offsets_point_into_the_text():
    text = "  Headline of the day\n\nDr. Berg met the mayor. They agreed.\r\nSource: Agency"
    doc = prepare_document(Document(id="a", source="a.txt", text=text), language="en")
    assert [s.text for s in doc.sentences] == [
        "Headline of the day", "Dr. Berg met the mayor.", "They agreed.", "Source: Agency"]
    for sentence in doc.sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_line_breaks_split_even_without_punctuation():
    doc = prepare_document(Document(id="b", source="b", text="Home\nBusiness\nA new hospital opens"), "en")
    assert [s.text for s in doc.sentences] == ["Home", "Business", "A new hospital opens"]


def test_language_detected_when_unknown():
    doc = prepare_document(Document(id="c", source="c", text="Das Krankenhaus wird in der Stadt gebaut und eröffnet."))
    assert doc.language == "de"


def test_long_lines_are_chunked(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_CHUNK", 50)
    text = " ".join(["word"] * 100)  # one line of 499 characters
    doc = prepare_document(Document(id="d", source="d", text=text), "en")
    assert len(token_chunks(doc)) > 5
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
    assert sum(s.text.count("word") for s in doc.sentences) == 100


def test_empty_document_has_no_sentences():
    doc = prepare_document(Document(id="e", source="e", text="   \n  "), "en")
    assert doc.sentences == []


def test_non_text_is_a_loader_error():
    with pytest.raises(LoaderError, match="bad.bin"):
        prepare_document(Document(id="f", source="bad.bin", text=b"\x00\x01"))



def test_a_bracket_after_an_abbreviations_stop_does_not_open_a_sentence():
    text = ("MONTRÉAL - Biotechnologies Sorelle inc. (« Sorelle » ou la « Société »), une société établie à "
            "Montréal, annonce une entente. Elle grandit.")
    doc = prepare_document(Document(id="a", source="a.txt", text=text), language="fr")
    assert len(doc.sentences) == 2
    doc = prepare_document(Document(id="b", source="b.txt", text="The hospital opened. (See the photos.) It grew."),
                           language="en")
    assert len(doc.sentences) >= 2


@pytest.mark.parametrize("text, language, first", [
    ("The hospital signed with Wuxi Lumen Medical Co., Ltd. The agreement is worth USD 5 million.", "en",
     "The hospital signed with Wuxi Lumen Medical Co., Ltd."),
    ("El hospital firmó con Lumen Medical Co., Ltd. El acuerdo vale 5 millones de euros.", "es",
     "El hospital firmó con Lumen Medical Co., Ltd."),
    ("The clinic chose Lumen Holdings Inc. It delivers in May.", "en", "The clinic chose Lumen Holdings Inc."),
])
def test_a_dotted_legal_form_before_a_capitalised_function_word_ends_the_sentence(text, language, first):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert doc.sentences[0].text == first


def test_a_dotted_legal_form_before_a_name_runs_on():
    text = "The deal with Lumen Holdings Inc. CEO Anna Berg was signed."
    doc = prepare_document(Document(id="t", source="t", text=text), "en")
    assert len(doc.sentences) == 1
