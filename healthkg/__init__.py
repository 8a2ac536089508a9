"""healthkg: news about health-industry cooperation in, a validated knowledge graph out.

The package is laid out by stage:

- :mod:`healthkg.loaders` reads documents and turns them into statements
  (sources, language, sentences, recognizers, relation and event rules,
  resolution, RDF emission);
- :mod:`healthkg.ontology` holds the vocabulary, the SHACL shapes and IRI minting;
- :mod:`healthkg.graph` stores, queries, analyses and draws the graph;
- :mod:`healthkg.pipeline` wires a build and :mod:`healthkg.cli` is the command line.
"""

__version__ = "0.1.0"
