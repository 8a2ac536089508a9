"""Meeting events: meeting verbs ("mødtes med", "se reunió con", "fand ... statt"), meetings
with a delegation or the representatives of a body, forums and round tables organised by
bodies; and the look-alikes without a party; in English, German, Danish, Swedish,
Norwegian, Dutch, French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


# --- German meetings with a split verb ("fand ein Forum ... statt") or "organisiert" ----------

@pytest.mark.parametrize("text", [
    "Am 5. Mai fand in Stuttgart ein Symposium der Universität Tübingen statt.",
    "Das Forum wurde von der IHK München organisiert.",
])
def test_german_meeting_split_verb(text, extraction):
    result = extraction(text, "de", "2024-05-10")
    assert [e.type for e in result.events] == ["Meeting"]


@pytest.mark.parametrize("text", [
    "Statt eines Forums besuchte die Delegation das Klinikum Stuttgart.",
    "Die Quenlo AG organisierte den Transport nach Stuttgart.",
])
def test_german_meeting_look_alikes(text, extraction):
    result = extraction(text, "de", "2024-05-10")
    assert "Meeting" not in [e.type for e in result.events]


# --- meetings ('mødtes med', 'träffade', 'møtte', 'ontmoette') --------------------------------

def _events(language: str, text: str) -> list[tuple[str, set]]:
    out = extract_document(Document(id="t", source="t", text=text, language=language)).to_contract()
    names = {e["id"]: e["name"] for e in out["entities"]}
    return [(e["type"], {names.get(p) for p in e["participants"]}) for e in out["events"]]


@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Direktør Lars Nielsen fra Odense Universitetshospital mødtes med Wang Wei, direktør for "
           "Shanghai Ruijin Hospital.", "Lars Nielsen", "Wang Wei"),
    ("sv", "Sjukhusdirektör Anna Berg träffade Li Ming, ordförande för Shanghai Medical Association.",
     "Anna Berg", "Li Ming"),
    ("no", "Helseminister Bent Høie møtte Kinas helseminister Ma Xiaowei i Beijing.", "Bent Høie", "Ma Xiaowei"),
    ("nl", "Minister Hugo de Jonge ontmoette Wang Hong, directeur van het Shanghai Pulmonary Hospital.",
     "Hugo de Jonge", "Wang Hong"),
])
def test_meeting_verbs_make_a_meeting(language, text, a, b):
    meetings = [p for t, p in _events(language, text) if t == "Meeting"]
    assert any({a, b} <= p for p in meetings)


@pytest.mark.parametrize("language, text", [
    ("da", "Lars Nielsen mødte op til mødet med Wang Wei."),
    ("no", "Bent Høie møtte Kina i finalen."),
])
def test_meeting_verb_without_a_party_after_it_is_no_meeting(language, text):
    assert not [p for t, p in _events(language, text) if t == "Meeting"]


@pytest.mark.parametrize("language, text, a, b", [
    ("sv", "Karolinska Institutet träffade en delegation från Fudan University.", "Karolinska Institutet", "Fudan University"),
    ("nl", "Het Erasmus MC ontmoette een delegatie van Sun Yat-sen University.", "Erasmus MC", "Sun Yat-sen University"),
])
def test_meeting_with_a_delegation_from_a_body(language, text, a, b):
    meetings = [p for t, p in _events(language, text) if t == "Meeting"]
    assert any({a, b} <= p for p in meetings)


def test_meeting_with_a_delegation_from_a_place_alone_is_no_meeting():
    assert not [p for t, p in _events("sv", "Karolinska Institutet träffade en delegation från Shanghai.")
                if t == "Meeting"]


# --- forums as compounds and the verbs that hold them: "afholdt ... et fælles sundhedsforum" --

@pytest.mark.parametrize("language, text", [
    ("nl", "Zorgtech Nederland B.V. en Huaxin Group organiseerden op 12 juni een gezamenlijk forum in Rotterdam."),
    ("da", "Nordlys Medico A/S og Huaxin Group afholdt den 20. maj et fælles sundhedsforum i København."),
    ("no", "Fjordhelse AS og Huaxin Group arrangerte et felles helseforum i Oslo 5. juni."),
    ("sv", "Forumet arrangerades av Norrvik Medical AB och Huaxin Group i Stockholm den 3 juni."),
])
def test_forum_compounds_make_meetings(language, text, extraction):
    events = extraction(text, language).to_contract()["events"]
    assert any(e["type"] == "Meeting" for e in events)


def test_organising_a_trip_is_no_meeting(extraction):
    events = extraction("Zorgtech Nederland B.V. en Huaxin Group organiseerden een reis naar Shanghai.", "nl").to_contract()["events"]
    assert not any(e["type"] == "Meeting" for e in events)



def extract_events(language: str, text: str):
    """``[(event type, {participant names})]`` of a text."""
    out = extract_document(Document(id="t", source="t", text=text, language=language)).to_contract()
    names = {e["id"]: e["name"] for e in out["entities"]}
    return [(e["type"], {names.get(p) for p in e["participants"]}) for e in out["events"]]


# people or bodies meeting each other: a meeting when a person or body follows the verb
MEETS_WITH = [
    ("fr", "Le maire de Lyon, Grégory Doucet, a rencontré Li Qiang, président de l'Hôpital Renji.",
     {"Grégory Doucet", "Li Qiang"}),
    ("fr", "Jean Martin, directeur général de la société Medivision, s'est entretenu avec le vice-maire "
           "de Suzhou, Wang Lei.", {"Jean Martin", "Wang Lei"}),
    ("es", "El alcalde de Valencia, Joan Ribó, se reunió con Zhang Wei, presidente del Hospital Xiehe.",
     {"Joan Ribó", "Zhang Wei"}),
    ("es", "Juan Pérez sostuvo conversaciones con la Universidad de Fudan.", {"Juan Pérez", "Universidad de Fudan"}),
    ("it", "Il sindaco di Milano, Giuseppe Sala, ha incontrato Chen Ming, presidente dell'Ospedale Ruijin.",
     {"Giuseppe Sala", "Chen Ming"}),
    ("it", "Il ministro Paolo Bianchi ha avuto un colloquio con Wang Yi.", {"Paolo Bianchi", "Wang Yi"}),
    ("pt", "O prefeito de Curitiba, Rafael Greca, reuniu-se com Zhou Jun, presidente do Hospital Huashan.",
     {"Rafael Greca", "Zhou Jun"}),
    ("pt", "Maria Silva encontrou-se com a Universidade de Pequim.", {"Maria Silva", "Universidade de Pequim"}),
    ("en", "Jean Martin met with the vice mayor of Suzhou, Wang Lei.", {"Jean Martin", "Wang Lei"}),
]


@pytest.mark.parametrize("language, text, parties", MEETS_WITH)
def test_meets_with(language, text, parties):
    events = extract_events(language, text)
    assert any(type_ == "Meeting" and parties <= names for type_, names in events)


@pytest.mark.parametrize("language, text", [
    ("fr", "Jean Martin a rencontré des difficultés à Lyon."),           # no person or body after the verb
    ("es", "Juan Pérez se reunió con el alcalde de Madrid."),           # a title and a place only
    ("it", "Marco Rossi ha incontrato la stampa a Milano."),
])
def test_no_meeting_without_a_party_after_the_verb(language, text):
    assert not [t for t, _ in extract_events(language, text) if t == "Meeting"]


def test_a_round_table_organized_by_a_body_is_a_meeting():
    events = extract_events("es", "Se celebró una mesa redonda organizada por la Universidad de Sevilla.")
    assert ("Meeting", {"Universidad de Sevilla"}) in events


# --- "met with representatives of X": a meeting with the body they speak for ------------------

REPRESENTATIVES = [
    ("fr", "Sophie Martin, directrice de la société Medilor, a rencontré des représentants de l'Hôpital Beaujon."),
    ("es", "Ana López, directora general de la empresa Biolatex, se reunió con representantes del Hospital Ruber."),
    ("it", "Giulia Neri, direttrice generale della società Medifarm, ha incontrato i vertici dell'Ospedale Careggi."),
    ("pt", "Maria Costa, diretora executiva da empresa Biosaúde, reuniu-se com representantes do Hospital da Luz."),
    ("en", "John Smith, CEO of Medilor Ltd, met with representatives of Leeds General Infirmary."),
]


@pytest.mark.parametrize("language, text", REPRESENTATIVES)
def test_meeting_with_representatives_of_a_body(language, text, extraction):
    result = extraction(text, language)
    assert any(e.type == "Meeting" for e in result.events)


@pytest.mark.parametrize("language, text", [
    ("es", "Ana López, directora general de la empresa Biolatex, criticó a los representantes del Hospital Ruber."),
    ("it", "Giulia Neri, direttrice generale della società Medifarm, ha criticato i vertici dell'Ospedale Careggi."),
])
def test_representatives_without_a_verb_of_meeting(language, text, extraction):
    result = extraction(text, language)
    assert not any(e.type == "Meeting" for e in result.events)


@pytest.mark.parametrize("language, text", [
    ("fr", "Le CHU de Brest a accueilli les Rencontres franco-chinoises de cardiologie le 3 juin."),
    ("es", "La Universidad de Zaragoza y la empresa Orvane S.L. organizaron un encuentro en Huesca."),
    ("it", "La Camera di Commercio di Pisa e la società Lintel S.r.l. hanno organizzato un incontro a Lucca."),
])
def test_rencontres_encuentro_incontro_are_meetings(language, text, extraction):
    events = extraction(text, language).to_contract()["events"]
    assert any(e["type"] == "Meeting" for e in events)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "The Baltic Medtech Forum brought together 200 participants. It was co-organised by the Lindholm "
           "Chamber of Commerce and Orvane Diagnostics Ltd.", "Meeting"),
    ("en", "The weather was fine in Galway. Lindholm University and Orvane Diagnostics Ltd jointly launched "
           "a training programme.", "Project"),
])
def test_co_organisers_right_after_a_sentence_about_a_meeting_hold_the_meeting(language, text, kind, extraction):
    events = extraction(text, language).to_contract()["events"]
    assert [e["type"] for e in events if len(e["participants"]) >= 2] == [kind]
