"""Benchmark: extraction throughput and peak memory against spaCy's blank tokenizer.

Generates a corpus (default 20 MB) by recombining sentences written for this benchmark
in six languages (none from the development documents) into news-sized documents, then
measures, on one core and in one run:

- the throughput of spaCy's blank tokenizer + sentencizer on every document, in KB/s;
- the throughput of the whole ``extract_document`` (sentences and their languages,
  entities, relations and events) on every document of the same corpus, with the share
  of each stage (sentences and language, entities, relations and events);
- their ratio, and the peak resident memory of the process;
- the warm-up (building lingua, the gazetteer, the lexicons and the pipelines, once) and
  the wall time of ``healthkg extract`` on one sample article in a fresh process.

Times are CPU seconds of this process (``time.process_time``: one core, and fair when
other work shares the machine); wall-clock seconds are reported too. The corpus repeats
a few dozen sentences, so caches of words and names are warmer than on real news;
nothing caches whole sentences or documents.

Usage::

    python benchmarks/bench_extraction.py [--size-mb 20] [--full-mb 0] [--json out.json] [--seed 1]

Prints a table and writes the figures as JSON (default ``benchmarks/bench_extraction.json``).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
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


def _staged_extraction(doc):
    """``extract_document`` with the CPU seconds of its three stages."""
    from healthkg.loaders.extraction.entities import recognize_entities
    from healthkg.loaders.extraction.relations import find_relations_and_events
    from healthkg.loaders.sentences import prepare_document
    from healthkg.loaders.statements import DocumentExtraction

    t0 = time.process_time()
    prepare_document(doc)
    t1 = time.process_time()
    entities = recognize_entities(doc)
    t2 = time.process_time()
    relations, events = find_relations_and_events(doc, entities)
    t3 = time.process_time()
    extraction = DocumentExtraction(document=doc, entities=entities, relations=relations, events=events)
    return extraction, (t1 - t0, t2 - t1, t3 - t2)


def cli_startup_s() -> float:
    """Wall seconds of ``healthkg extract`` on one sample article, in a fresh process."""
    from healthkg.pipeline import sample_corpus_path

    article = sorted(sample_corpus_path().glob("*.txt"))[0]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from healthkg.cli import main; main()",
                    "extract", str(article), "--format", "json"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(size_mb: float, seed: int, full_mb: float = 0.0) -> dict:
    from healthkg.loaders.document import Document
    from healthkg.loaders.extraction import extract_document
    from healthkg.loaders.language import detect_language
    from healthkg.loaders.sentences import pipeline

    startup = cli_startup_s()
    docs = make_corpus(int(size_mb * 1024 * 1024), seed)
    size_kb = sum(len(t.encode("utf-8")) for _l, t in docs) / 1024

    # warm-up: build lingua (and load its models), the gazetteer, the lexicons and the
    # pipelines once; the staged extraction must give what extract_document gives
    start = time.perf_counter()
    for lang in SENTENCES:
        for sentence in SENTENCES[lang]:
            detect_language(sentence)
        text = "\n".join(SENTENCES[lang])
        whole = extract_document(Document(id="w", source="w", text=text)).to_contract()
        staged = _staged_extraction(Document(id="w", source="w", text=text))[0].to_contract()
        assert whole == staged, "the staged extraction differs from extract_document"
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

    sample = docs
    if full_mb > 0:  # only the first full_mb of the corpus through the whole extraction
        sample, sample_bytes = [], 0
        for lang, text in docs:
            if sample_bytes >= full_mb * 1024 * 1024:
                break
            sample.append((lang, text))
            sample_bytes += len(text.encode("utf-8"))
    sample_kb = sum(len(t.encode("utf-8")) for _l, t in sample) / 1024
    counts = {"entities": 0, "relations": 0, "events": 0}
    stages = [0.0, 0.0, 0.0]
    with _Clock() as full:
        for i, (_lang, text) in enumerate(sample):
            extraction, seconds = _staged_extraction(Document(id=f"f{i}", source="bench", text=text))
            for k in range(3):
                stages[k] += seconds[k]
            counts["entities"] += len(extraction.entities)
            counts["relations"] += len(extraction.relations)
            counts["events"] += len(extraction.events)

    tokenizer_kb_s = size_kb / tokenizer.cpu
    full_kb_s = sample_kb / full.cpu
    return {
        "corpus_kb": round(size_kb, 1),
        "documents": len(docs),
        "tokens": tokens,
        "tokenizer_kb_per_s": round(tokenizer_kb_s, 1),
        "extraction_kb": round(sample_kb, 1),
        **counts,
        "extraction_kb_per_s": round(full_kb_s, 1),
        "ratio_extraction_to_tokenizer": round(full_kb_s / tokenizer_kb_s, 3),
        "extraction_cpu_s": round(full.cpu, 1),
        "extraction_wall_s": round(full.wall, 1),
        "share_sentences_and_language": round(stages[0] / sum(stages), 3),
        "share_entities": round(stages[1] / sum(stages), 3),
        "share_relations_and_events": round(stages[2] / sum(stages), 3),
        "warmup_s": round(warmup_s, 2),
        "cli_startup_s": round(startup, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--full-mb", type=float, default=0.0,
                        help="run only the first MB of the corpus through extract_document (0: all of it)")
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
