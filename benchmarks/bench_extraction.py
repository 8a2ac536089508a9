"""Benchmark: extraction throughput and peak memory against spaCy's blank tokenizer.

Generates a corpus (default 20 MB) by recombining sentences written for this benchmark
in six languages (none from the development documents) into news-sized documents, then
measures, on one core and in one run:

- the throughput of entity extraction (``prepare_document`` + ``recognize_entities``) in
  KB/s, and that of the whole ``extract_document`` (relations and events included) on the
  first ``--full-mb`` of the corpus;
- the throughput of spaCy's blank tokenizer + sentencizer on the same documents;
- their ratio and the peak resident memory of the process.

Times are CPU seconds of this process (``time.process_time``: one core, and fair when
other work shares the machine); wall-clock seconds are reported too.

Usage::

    python benchmarks/bench_extraction.py [--size-mb 20] [--full-mb 1] [--json out.json] [--seed 1]

Prints a table and writes the figures as JSON (default ``benchmarks/bench_extraction.json``).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

SENTENCES = {
    "en": [
        "The chief executive officer of Norfolk Medical Group, Emily Carter, signed a memorandum with Harbin Medical University.",
        "Director Wang Lihua of the Health Commission of Jiangsu Province attended the ceremony in Nanjing.",
        "Zhao Ming, vice president of Ruijin Hospital, said the partnership would expand telemedicine services in Shanghai.",
        "The Second Affiliated Hospital of Zhejiang University and Boston Scientific agreed to build a training centre.",
        "Delegates from Kenya, Brazil and Germany visited the Guangzhou Medical Device Association last week.",
        "The project, worth 5 million US dollars, will be completed in Pudong New Area by 2025.",
        "Officials said the new clinic would serve patients from rural areas and small towns.",
        "Source: Xinhua",
    ],
    "de": [
        "Der Präsident der Bayerischen Krankenhausgesellschaft, Thomas Huber, besuchte das Universitätsklinikum Freiburg.",
        "Die Vereinbarung mit dem Städtischen Klinikum Karlsruhe wurde in Frankreich unterzeichnet.",
        "Frau Dr. Sabine Müller, Leiterin des Instituts für Virologie, sprach über die Zusammenarbeit mit Wuhan.",
        "Die Deutsch-Chinesische Gesellschaft für Medizin organisierte ein Forum in Hamburg.",
        "Das Projekt soll die Versorgung der Patienten in ländlichen Regionen verbessern.",
    ],
    "da": [
        "Direktør for Aarhus Universitetshospital, Mette Jensen, besøgte Kina og Tyskland sammen med en delegation.",
        "Formanden Lars Nielsen talte om samarbejdet med Rigshospitalet i København.",
        "Aftalen blev underskrevet i Odense i nærværelse af repræsentanter fra Holland.",
    ],
    "fr": [
        "Le directeur général de l'Hôpital Saint-Louis, Jean Dupont, a rencontré une délégation de l'Université de Lyon en Chine.",
        "Le ministre Li Wei était présent à Paris pour la signature de l'accord.",
    ],
    "es": [
        "El presidente de la Cámara de Comercio de Bogotá, Andrés Gómez, visitó el Hospital San Ignacio en Colombia.",
        "La Universidad de Antioquia firmó un acuerdo con Alemania sobre formación médica.",
    ],
    "it": [
        "Il direttore dell'Ospedale San Raffaele, Marco Rossi, ha incontrato a Milano una delegazione dell'Università di Pechino.",
        "L'accordo con la Germania è stato firmato durante la visita.",
    ],
}


def make_corpus(size_bytes: int, seed: int = 1) -> list[tuple[str, str]]:
    """(language, text) documents of 6-14 sentences, mostly in one language."""
    rng = random.Random(seed)
    languages = sorted(SENTENCES)
    docs, total = [], 0
    while total < size_bytes:
        lang = rng.choice(languages)
        lines = []
        for _ in range(rng.randint(6, 14)):
            pool = SENTENCES["en"] if rng.random() < 0.1 else SENTENCES[lang]
            lines.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 3))))
        text = "\n".join(lines)
        docs.append((lang, text))
        total += len(text.encode("utf-8"))
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Clock:
    """CPU and wall seconds of a block."""

    def __enter__(self):
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu = time.process_time() - self.cpu
        self.wall = time.perf_counter() - self.wall


def run(size_mb: float, seed: int, full_mb: float = 1.0) -> dict:
    from healthkg.loaders.document import Document
    from healthkg.loaders.extraction.entities import recognize_entities
    from healthkg.loaders.sentences import pipeline, prepare_document

    docs = make_corpus(int(size_mb * 1024 * 1024), seed)
    size_kb = sum(len(t.encode("utf-8")) for _l, t in docs) / 1024

    # warm-up: build lingua, the gazetteer, the lexicons and the pipelines once
    start = time.perf_counter()
    for lang in SENTENCES:
        warm = Document(id="w", source="w", text=" ".join(SENTENCES[lang]))
        recognize_entities(prepare_document(warm))
    warmup_s = time.perf_counter() - start

    for lang in SENTENCES:
        pipeline(lang)
    tokens = 0
    with _Clock() as tokenizer:  # one document at a time, as extraction reads them
        for lang, text in docs:
            parsed = pipeline(lang)(text)
            tokens += len(parsed)
            for _sent in parsed.sents:
                pass

    entities = 0
    with _Clock() as extraction:
        for i, (_lang, text) in enumerate(docs):
            doc = prepare_document(Document(id=f"d{i}", source="bench", text=text))
            entities += len(recognize_entities(doc))

    result = {
        "corpus_kb": round(size_kb, 1),
        "documents": len(docs),
        "tokens": tokens,
        "entities": entities,
        "warmup_s": round(warmup_s, 2),
        "tokenizer_kb_per_s": round(size_kb / tokenizer.cpu, 1),
        "entities_kb_per_s": round(size_kb / extraction.cpu, 1),
        "ratio_entities_to_tokenizer": round(tokenizer.cpu / extraction.cpu, 3),
        "entities_wall_s": round(extraction.wall, 1),
    }

    try:
        from healthkg.loaders.extraction import extract_document
        from healthkg.loaders.extraction.relations import find_relations_and_events  # noqa: F401
    except ImportError:
        extract_document = None
    if extract_document is not None and full_mb > 0:
        sample, sample_kb = [], 0.0
        for _lang, text in docs:
            if sample_kb >= full_mb * 1024:
                break
            sample.append(text)
            sample_kb += len(text.encode("utf-8")) / 1024
        with _Clock() as full:
            for i, text in enumerate(sample):
                extract_document(Document(id=f"f{i}", source="bench", text=text))
        result["full_extraction_sample_kb"] = round(sample_kb, 1)
        result["full_extraction_kb_per_s"] = round(sample_kb / full.cpu, 1)
        result["ratio_full_to_tokenizer"] = round((sample_kb / full.cpu) / (size_kb / tokenizer.cpu), 3)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--full-mb", type=float, default=1.0,
                        help="MB of the corpus also run through the whole extract_document (0: skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, default=Path(__file__).with_suffix(".json"),
                        help="where to write the figures")
    args = parser.parse_args(argv)
    result = run(args.size_mb, args.seed, args.full_mb)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    width = max(len(k) for k in result)
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    print(f"(written to {args.json})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
