"""Scandinavian public bodies (agencies, inspectorates, councils, municipal bodies) and clinics.

Sentences written for these tests (the bodies are real kinds, the sentences invented).
"""
import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction.entities import recognize_entities
from healthkg.loaders.sentences import prepare_document

FOUND = [
    ("da", "Mødet blev holdt hos Arbejdstilsynet i Odense.", ("GovernmentBody", "Arbejdstilsynet")),
    ("da", "Her deltog også Danmarks Eksportråd.", ("GovernmentBody", "Danmarks Eksportråd")),
    ("da", "Sagen ligger hos Ankenævnet nu.", ("GovernmentBody", "Ankenævnet")),
    ("sv", "Beslutet fattades av Socialstyrelsen i går.", ("GovernmentBody", "Socialstyrelsen")),
    ("sv", "Ansökan gick till Läkemedelsverket i maj.", ("GovernmentBody", "Läkemedelsverket")),
    ("sv", "Projektet finansieras av Vetenskapsrådet.", ("GovernmentBody", "Vetenskapsrådet")),
    ("sv", "Även Länsstyrelsen deltog.", ("GovernmentBody", "Länsstyrelsen")),
    ("sv", "Avtalet med Göteborgs kommun undertecknades.", ("GovernmentBody", "Göteborgs kommun")),
    ("no", "Saken er sendt til Arbeidstilsynet i Oslo.", ("GovernmentBody", "Arbeidstilsynet")),
    ("no", "Søknaden ble godkjent av Statens legemiddelverk i fjor.", ("GovernmentBody", "Statens legemiddelverk")),
    ("no", "Tilsynet ledes av Statens helsetilsyn.", ("GovernmentBody", "Statens helsetilsyn")),
    ("no", "Pengene kommer fra Skatteetaten.", ("GovernmentBody", "Skatteetaten")),
    # a clinic named by one definite compound
    ("da", "Driften overtages af Havklinikken i maj.", ("Hospital", "Havklinikken")),
    ("sv", "Driften tas över av Sjökliniken i maj.", ("Hospital", "Sjökliniken")),
    ("no", "Driften overtas av Sjøklinikken i mai.", ("Hospital", "Sjøklinikken")),
]


@pytest.mark.parametrize("language, text, expected", FOUND, ids=[c[2][1] for c in FOUND])
def test_public_body_is_recognised(language, text, expected):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    found = {(e.type, e.name) for e in recognize_entities(doc)}
    assert expected in found, sorted(found)


@pytest.mark.parametrize("language, text, wrong", [
    # one compound word ends the name: the city after "i" is where the body is
    ("da", "Mødet blev holdt hos Arbejdstilsynet i Odense.", "Arbejdstilsynet i Odense"),
    ("no", "Saken er sendt til Arbeidstilsynet i Oslo.", "Arbeidstilsynet i Oslo"),
    # a compound at the start of a sentence is a common noun written with a capital
    ("sv", "Styrelsen beslutade i går.", "Styrelsen"),
])
def test_public_body_name_stops_at_its_head(language, text, wrong):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert wrong not in {e.name for e in recognize_entities(doc)}
