"""Language identification: documents, sentences, the Danish/English switch."""
import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.language import (
    SUPPORTED_LANGUAGES, detect_language, document_language, sentence_language, spacy_code,
)
from healthkg.loaders.sentences import prepare_document

SAMPLES = {
    "en": "The hospital signed an agreement with the university to train nurses next year.",
    "de": "Das Krankenhaus hat mit der Universität einen Vertrag über die Ausbildung geschlossen.",
    "da": "Hospitalet har underskrevet en aftale med universitetet om uddannelse af sygeplejersker.",
    "sv": "Sjukhuset har skrivit under ett avtal med universitetet om utbildning av sjuksköterskor.",
    "no": "Sykehuset har signert en avtale med universitetet om utdanning av sykepleiere neste år.",
    "nl": "Het ziekenhuis heeft een overeenkomst met de universiteit getekend over de opleiding.",
    "fr": "L'hôpital a signé un accord avec l'université pour former des infirmières l'an prochain.",
    "es": "El hospital firmó un acuerdo con la universidad para formar enfermeras el próximo año.",
    "it": "L'ospedale ha firmato un accordo con l'università per formare infermieri il prossimo anno.",
    "pt": "O hospital assinou um acordo com a universidade para formar enfermeiros no próximo ano.",
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_detects_each_supported_language(language):
    assert detect_language(SAMPLES[language]) == language
    assert document_language(SAMPLES[language] + " " + SAMPLES[language]) == language


def test_norwegian_is_reported_as_no_and_maps_to_spacy_nb():
    assert detect_language(SAMPLES["no"]) == "no"
    assert spacy_code("no") == "nb"
    assert spacy_code("xx-unknown") == "xx"


def test_undecidable_text_gives_none():
    assert detect_language("") is None
    assert detect_language("2024-05-22 12:00") is None


def test_short_sentence_inherits_document_language():
    assert sentence_language("Posttid: 2022", "da") == "da"


def test_mixed_danish_english_paragraph_per_sentence():
    text = ("Delegationen besøgte hospitalet i to dage og talte med lægerne om samarbejdet, "
            "som de begge mener er vigtigt for fremtiden. "
            "The director of the clinic said that the cooperation was productive. "
            "Bagefter rejste gruppen videre til en konference i byen, hvor de mødte flere partnere.")
    doc = prepare_document(Document(id="mix", source="mix.txt", text=text))
    assert doc.language == "da"
    assert [s.language for s in doc.sentences] == ["da", "en", "da"]


def test_given_language_is_kept():
    doc = prepare_document(Document(id="x", source="x", text=SAMPLES["en"], language="de"))
    assert doc.language == "de"
