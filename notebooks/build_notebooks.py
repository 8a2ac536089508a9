"""Write the three example notebooks (outputs stripped) from the cells below.

Run ``python notebooks/build_notebooks.py`` after editing a cell; ``pytest --nbmake notebooks/``
runs them. Each notebook builds the bundled sample corpus into a temporary folder first,
so it runs top to bottom on a fresh machine.
"""
from __future__ import annotations

from pathlib import Path

BUILD = '''\
import tempfile
from pathlib import Path

from healthkg.pipeline import build, sample_corpus_path

workdir = Path(tempfile.mkdtemp(prefix="healthkg-notebook-"))
result = build([sample_corpus_path()], workdir, {options})
print("built", workdir, result.summary())
for failure in result.failures:
    print("failed:", failure)'''

EXPLORE = [
    ("markdown", """# Exploring the healthkg graph

This notebook builds the bundled sample corpus (five news articles about health-industry
cooperation) into a temporary folder, opens the embedded Oxigraph store and reads it with
SPARQL into pandas: the documents, the most mentioned entities, and one document's
statements with the sentences they come from."""),
    ("code", BUILD.format(options="validate=False, page=False")),
    ("code", """import pandas as pd

from healthkg.graph.query import list_queries, run_query
from healthkg.graph.store import open_store

store = open_store(workdir)          # the build folder: its store/ subfolder, read-only
print(store, len(store), "quads in", len(store.graph_names()), "named graphs")
pd.DataFrame([{"query": q.name, "parameters": ", ".join(p.name for p in q.parameters),
               "description": q.description} for q in list_queries()])"""),
    ("markdown", "## Documents"),
    ("code", """documents = run_query(store, "documents").to_dataframe()
documents[["identifier", "language", "published", "headline", "entities", "relations", "events"]]"""),
    ("markdown", "## The largest entities (by number of mentions)"),
    ("code", """entities = run_query(store, "entities").to_dataframe()
entities.head(15)"""),
    ("code", """entities.groupby("entityType").agg(entities=("entity", "count"), mentions=("mentions", "sum")) \\
    .sort_values("mentions", ascending=False)"""),
    ("markdown", "## Any SPARQL: statements by relation type (union of all named graphs)"),
    ("code", """relation_counts = store.query('''
SELECT ?relationType (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a hkg:RelationStatement ; hkg:relationType ?relationType .
} GROUP BY ?relationType ORDER BY DESC(?statements)
''').to_dataframe()
relation_counts"""),
    ("markdown", "## One document's statements with their evidence"),
    ("code", """pd.set_option("display.max_colwidth", 120)
if len(documents):
    busiest = documents.sort_values("relations", ascending=False).iloc[0]
    print(busiest["identifier"], "-", busiest["headline"])
    statements = run_query(store, "document-statements", {"document": busiest["identifier"]}).to_dataframe()
else:
    statements = pd.DataFrame()
statements"""),
    ("markdown", "## The evidence behind the relations of the most mentioned entity"),
    ("code", """if len(entities):
    top = entities.iloc[0]
    print(top["name"], top["entityType"])
    evidence = run_query(store, "evidence", {"subject": top["entity"]}).to_dataframe()
else:
    evidence = pd.DataFrame()
evidence.head(10)"""),
]

NETWORK = [
    ("markdown", """# Network analysis

The graph is projected onto networkx (`healthkg.graph.projection.project_graph`: entities
as nodes, relations and collapsed cooperation events as edges), then analysed with
`healthkg.graph.analyses`: degree and betweenness centrality, communities, and the ego
network of the most connected entity, drawn inline with matplotlib."""),
    ("code", BUILD.format(options="validate=False, page=False")),
    ("code", """import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from healthkg.graph.analyses import betweenness, communities, degree, ego_network
from healthkg.graph.projection import project_graph, simple_graph
from healthkg.graph.store import load_dataset

dataset = load_dataset(workdir)
graph = project_graph(dataset)
print(graph.number_of_nodes(), "entities,", graph.number_of_edges(), "edges")"""),
    ("markdown", "## Centrality"),
    ("code", """central = pd.DataFrame(degree(graph, top=10))
central"""),
    ("code", """pd.DataFrame(betweenness(graph, top=10))"""),
    ("markdown", "## Communities"),
    ("code", """groups = pd.DataFrame(communities(graph))
groups.head(10)"""),
    ("markdown", "## Ego network of the most connected entity"),
    ("code", """if len(central):
    center = central.iloc[0]["iri"]
    ego = simple_graph(ego_network(graph, center, hops=1))
    labels = {node: data.get("label") or node.rsplit("/", 1)[-1] for node, data in ego.nodes(data=True)}
    colors = ["#d62f3a" if node == center else "#2f6fd6" for node in ego]
    fig, ax = plt.subplots(figsize=(8, 6))
    positions = nx.spring_layout(ego, seed=42)
    nx.draw_networkx(ego, positions, labels=labels, node_color=colors, font_size=8, ax=ax)
    ax.set_title(f"Ego network of {labels[center]}")
    ax.axis("off")
    plt.show()
else:
    print("the graph has no entities")"""),
]

BRIEFING = [
    ("markdown", """# Briefing

A briefing on the sample corpus: the agreements (parties, date, amount, evidence), the
entities with the most partners as a chart, partner cities, and the interactive network
page written to a file."""),
    ("code", BUILD.format(options="validate=False, page=False")),
    ("code", """import matplotlib.pyplot as plt
import pandas as pd

from healthkg.graph.draw import write_network_page
from healthkg.graph.query import run_query
from healthkg.graph.store import load_dataset, open_store

store = open_store(workdir)
pd.set_option("display.max_colwidth", 100)"""),
    ("markdown", "## Agreements"),
    ("code", """agreements = run_query(store, "agreements").to_dataframe()
agreements[["date", "parties", "amount", "currency", "evidence"]]"""),
    ("markdown", "## Who has the most partners"),
    ("code", """partners = store.query('''
SELECT ?entity (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?partner) AS ?partners) WHERE {
  ?entity hkg:partnerOf|hkg:agreementWith ?partner .
  FILTER(?entity != ?partner)
  OPTIONAL { ?entity skos:prefLabel ?label }
} GROUP BY ?entity ORDER BY DESC(?partners) ?name LIMIT 12
''').to_dataframe()
if len(partners):
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(partners) + 1))
    ax.barh(partners["name"].fillna(partners["entity"])[::-1], partners["partners"][::-1], color="#2f6fd6")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("number of partners (agreements and stated partnerships)")
    ax.set_title("Entities with the most partners")
    plt.tight_layout()
    plt.show()
partners"""),
    ("markdown", "## Partner cities and officials"),
    ("code", """run_query(store, "partner-cities").to_dataframe()"""),
    ("code", """run_query(store, "officials").to_dataframe()"""),
    ("markdown", "## The network page"),
    ("code", """page = write_network_page(load_dataset(workdir), workdir / "briefing-network.html",
                          title="Sample corpus: cooperation network")
print("open", page, f"({Path(page).stat().st_size:,} bytes)")"""),
]

NOTEBOOKS = {"01-explore.ipynb": EXPLORE, "02-network-analysis.ipynb": NETWORK, "03-briefing.ipynb": BRIEFING}


def write_notebooks(folder: Path) -> list[Path]:
    """Write every notebook into *folder* (no outputs, no execution counts)."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    written = []
    for name, cells in NOTEBOOKS.items():
        notebook = new_notebook(cells=[new_code_cell(text) if kind == "code" else new_markdown_cell(text)
                                       for kind, text in cells])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        notebook.metadata["language_info"] = {"name": "python"}
        for index, cell in enumerate(notebook.cells):
            cell["id"] = f"cell-{index:02d}"
        nbformat.validate(notebook)
        path = folder / name
        nbformat.write(notebook, str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_notebooks(Path(__file__).parent):
        print("wrote", path)
