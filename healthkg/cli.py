"""The ``healthkg`` command line.

Parses arguments, calls the library, and turns library errors into messages at one
boundary (:class:`HealthKGGroup`): data goes to stdout, messages to stderr; exit code
1 on a domain error (one line naming the input), 2 on bad arguments; tracebacks only
with ``--debug``.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from healthkg import __version__
from healthkg.errors import HealthKGError, ValidationFailed

log = logging.getLogger("healthkg")


class HealthKGGroup(click.Group):
    """A click group whose commands report :class:`HealthKGError` as one line and exit 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except HealthKGError as exc:
            if _debug(ctx):
                raise
            _error(str(exc))
            if isinstance(exc, ValidationFailed) and exc.report_text:
                click.echo(exc.report_text)
            ctx.exit(1)
        except KeyboardInterrupt:
            _error("interrupted")
            ctx.exit(130)
        except Exception as exc:  # an unexpected bug: one line, traceback with --debug
            if _debug(ctx):
                raise
            _error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
            ctx.exit(1)


def _debug(ctx: click.Context) -> bool:
    root = ctx.find_root()
    return bool(root.obj and root.obj.get("debug"))


def _error(message: str) -> None:
    click.echo(f"healthkg: error: {message}", err=True)


def _note(ctx: click.Context, message: str) -> None:
    """A progress or summary message on stderr (silenced by --quiet)."""
    root = ctx.find_root()
    if not (root.obj and root.obj.get("quiet")):
        click.echo(message, err=True)


def _show_progress(ctx: click.Context) -> bool:
    root = ctx.find_root()
    return not (root.obj and root.obj.get("quiet")) and sys.stderr.isatty()


def _check_recognizers(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    """Expand and check the recognizer list, loading any spaCy pipeline it names now."""
    if not value:
        return None
    from healthkg.errors import HealthKGError
    from healthkg.loaders.extraction.candidates import recognizer_names, recognizers

    from healthkg.loaders.extraction.statistical import PREFIX, load_pipeline

    try:
        for name, _recognizer in recognizers(value):
            if name.startswith(PREFIX):
                load_pipeline(name[len(PREFIX):])
    except HealthKGError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return recognizer_names(value)


def recognizers_option():
    """``--recognizers``: the entity recognizers (rules, and a spaCy pipeline if installed)."""
    return click.option(
        "--recognizers", "recognizer_list", envvar="HEALTHKG_RECOGNIZERS", callback=_check_recognizers,
        metavar="LIST",
        help="Comma-separated entity recognizers: 'rules' (default) and/or 'spacy:<package or folder>' "
             "for a statistical spaCy pipeline you installed, e.g. 'rules,spacy:xx_ent_wiki_sm'. "
             "Also read from $HEALTHKG_RECOGNIZERS.")


def jobs_option():
    """``--jobs N``: extract in N worker processes."""
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, envvar="HEALTHKG_JOBS",
        metavar="N",
        help="Extract in N processes (0: one per CPU core); the output is the same as with one. "
             "Each process holds its own gazetteer (about 0.5 GB). Also read from $HEALTHKG_JOBS.")


def graph_option(required: bool = True):
    """The ``--graph PATH`` option shared by every command that reads a graph."""
    return click.option(
        "--graph", "graph_path", required=required, metavar="PATH",
        type=click.Path(exists=True, path_type=Path),
        help="The graph to read: the folder 'healthkg build -o' wrote, or a .trig / .nq file.",
    )


@click.group(cls=HealthKGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="healthkg")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr.")
@click.pass_context
def main(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """Turn news about health-industry cooperation into a knowledge graph.

    \b
    Start here:
      healthkg demo                       build the bundled sample corpus into ./healthkg-demo/
      healthkg build news/ -o kg/         build your own documents (txt, html, jsonl, folders, -)
      healthkg extract news/ --format json    statements as JSON (the evaluation contract)
      healthkg validate kg/graph.trig     check a graph against the SHACL shapes
      healthkg query --graph kg/ --list   the SPARQL query library

    Run 'healthkg COMMAND --help' for each command's options.
    """
    ctx.ensure_object(dict)
    ctx.obj.update(debug=debug, quiet=quiet)
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _report_failure(ctx: click.Context):
    def report(error: HealthKGError) -> None:
        _error(str(error))

    return report


def _finish(ctx: click.Context, result) -> None:
    """Exit non-zero at the end of a run in which some inputs failed."""
    if result.failures:
        _note(ctx, f"{len(result.failures)} input(s) failed; the others were processed.")
        ctx.exit(1)


# --------------------------------------------------------------------------- build, extract, demo

@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.trig, the store/ and network.html into (replacing its graph).")
@click.option("--into", "into", metavar="STORE", type=click.Path(file_okay=False, path_type=Path),
              help="Add PATH... to an existing graph (a build folder or store folder; created when "
                   "missing): entities already there keep their ids, a document built again is replaced.")
@click.option("--curation", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A curation file (forced merges, splits, preferred names); default: the project's.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check the graph against the SHACL shapes after building.")
@recognizers_option()
@jobs_option()
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], out_dir: Path | None, into: Path | None,
          curation: Path | None, validate: bool, recognizer_list: list[str] | None, jobs: int) -> None:
    """Build the knowledge graph of PATH... into a folder, or add PATH... to one.

    PATH is a file (.txt in any encoding, .html, .jsonl), a folder (read recursively) or
    '-' for standard input. A bad file is reported and skipped; the run exits 1 at the end.
    With -o the folder gets the graph of PATH... only; with --into the documents are added
    to the graph already there (see also 'healthkg remove').

    \b
    Example:
      healthkg build news/ more.jsonl -o kg/
      healthkg build todays-news/ --into kg/
      healthkg query --graph kg/ partners-of --param entity=Chengdu
    """
    if (out_dir is None) == (into is None):
        raise click.UsageError("give exactly one of -o/--out DIR (a new graph) or --into STORE (add to a graph)")
    if into is not None:
        from healthkg.pipeline import add_documents

        result = add_documents(paths, into, on_error=_report_failure(ctx), progress=_show_progress(ctx),
                               curation_path=curation, validate=validate, recognizer_names=recognizer_list,
                               jobs=jobs)
        _print_summary(ctx, result)
        _finish(ctx, result)
        return
    from healthkg.pipeline import build as run_build

    result = run_build(paths, out_dir, on_error=_report_failure(ctx), progress=_show_progress(ctx),
                       curation_path=curation, validate=validate, recognizer_names=recognizer_list, jobs=jobs)
    _print_summary(ctx, result)
    _finish(ctx, result)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one object {'documents': [...]} (the evaluation contract); jsonl: a document a line.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write (default: standard output).")
@click.option("--curation", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A curation file; default: the project's.")
@recognizers_option()
@jobs_option()
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output, curation: Path | None,
            recognizer_list: list[str] | None, jobs: int) -> None:
    """Extract people, organizations, places, relations and events from PATH... as JSON.

    The output follows the contract in shared/eval/CONTRACT.md: per document its entities
    (with mentions and offsets), relations and events (with evidence sentences).

    \b
    Example:
      healthkg extract ../shared/corpus/seeds --format json > p.json
      healthkg extract big-archive/ --jobs 0 --format jsonl -o statements.jsonl
    """
    from healthkg.pipeline import extract as run_extract

    result = run_extract(paths, on_error=_report_failure(ctx), progress=_show_progress(ctx),
                         curation_path=curation, recognizer_names=recognizer_list, jobs=jobs)
    documents = [extraction.to_contract() for extraction in result.extractions]
    if fmt == "json":
        json.dump({"documents": documents}, output, ensure_ascii=False, indent=1)
        output.write("\n")
    else:
        for document in documents:
            output.write(json.dumps(document, ensure_ascii=False) + "\n")
    _finish(ctx, result)


@main.command()
@click.option("-o", "--out", "out_dir", default="healthkg-demo", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder to write the demo graph into.")
@click.pass_context
def demo(ctx: click.Context, out_dir: Path) -> None:
    """Build the bundled sample corpus (five news articles) into ./healthkg-demo/.

    Writes graph.trig, the embedded SPARQL store and network.html (open it in a browser),
    and prints a summary. Next steps are printed at the end.
    """
    from healthkg.pipeline import run_demo

    result = run_demo(out_dir, progress=_show_progress(ctx), on_error=_report_failure(ctx))
    _print_summary(ctx, result, always=True)
    click.echo(
        "\nNext:\n"
        f"  open {result.outputs.get('page')}\n"
        f"  healthkg query --graph {out_dir} --list\n"
        f"  healthkg analyze degree --graph {out_dir}\n"
        f"  healthkg validate {result.outputs.get('graph')}"
    )
    _finish(ctx, result)


def _print_summary(ctx: click.Context, result, *, always: bool = False) -> None:
    summary = result.summary()
    lines = [f"documents: {summary['documents']}" + (f" ({summary['failures']} failed)" if summary["failures"] else "")]
    for key in ("entities", "relations", "events"):
        counts = summary[key]
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        lines.append(f"{key}: {sum(counts.values())}" + (f" ({detail})" if detail else ""))
    if result.conforms is not None:
        lines.append("SHACL shapes: " + ("conforms" if result.conforms else "DOES NOT CONFORM (run healthkg validate)"))
    for name, path in result.outputs.items():
        lines.append(f"{name}: {path}")
    text = "\n".join(lines)
    if always:
        click.echo(text)
    else:
        _note(ctx, text)


@main.command()
@click.argument("doc_ids", nargs=-1, required=True, metavar="DOC_ID...")
@graph_option()
@click.option("--validate/--no-validate", default=False, show_default=True,
              help="Check the remaining graph against the SHACL shapes.")
@click.pass_context
def remove(ctx: click.Context, doc_ids: tuple[str, ...], graph_path: Path, validate: bool) -> None:
    """Remove documents DOC_ID... from a graph built with 'healthkg build'.

    Drops each document's named graph and the entities no other document names, recomputes
    graph:entities (preferred names, GeoNames links) and rewrites graph.trig and network.html.
    DOC_ID is the document id ('healthkg query --graph kg/ documents' lists them).

    \b
    Example:
      healthkg remove 001_ae41dadf315eba63 --graph kg/
    """
    from healthkg.pipeline import remove_document

    for doc_id in doc_ids:
        result = remove_document(graph_path, doc_id, validate=validate)
        gone = f"; removed {len(result.removed_entities)} entities no other document names" \
            if result.removed_entities else ""
        _note(ctx, f"removed {doc_id} ({result.remaining_documents} documents left{gone})")
        if result.conforms is False:
            _note(ctx, "SHACL shapes: DOES NOT CONFORM (run healthkg validate)")


# --------------------------------------------------------------------------- validate

@main.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@graph_option(required=False)
@click.pass_context
def validate(ctx: click.Context, graph: Path | None, graph_path: Path | None) -> None:
    """Check a graph against the healthkg SHACL shapes.

    GRAPH (or --graph) is a .trig / .nq file or a build folder. Exits 0 when the graph
    conforms; otherwise prints the SHACL report on stdout and exits 1.

    \b
    Example:
      healthkg validate healthkg-demo/graph.trig
    """
    from healthkg.graph.store import load_dataset
    from healthkg.ontology.validation import validate_graph

    target = graph or graph_path
    if target is None:
        raise click.UsageError("give the graph as an argument or with --graph")
    dataset = load_dataset(target)
    conforms, report_graph, report_text = validate_graph(dataset)
    if not conforms:
        raise ValidationFailed(report_text, report_graph, source=str(target))
    click.echo(f"{target}: conforms to the healthkg shapes")


# Commands of the graph side (query, serve, push, export, analyze, path, viz) follow below,
# each group in its own marked section.


# --------------------------------------------------------------------------- query, serve, push, export
# (graph store side: healthkg/graph/store.py, query.py, server.py, remote.py)

def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = text
    return params


def _format_table(result) -> str:
    records = result.records()
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    columns = result.variables if result.kind == "select" else ["subject", "predicate", "object"]
    cells = [[_cell(record.get(column)) for column in columns] for record in records]
    widths = [max([len(column)] + [len(row[i]) for row in cells]) for i, column in enumerate(columns)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(columns, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(records)} row{'s' if len(records) != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(lines)


def _cell(value, width: int = 60) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    for prefix in ("https://w3id.org/healthkg/id/",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("query", required=False, metavar="NAME|SPARQL")
@graph_option(required=False)
@click.option("--endpoint", metavar="URL", help="Query a remote SPARQL endpoint instead of --graph.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of a library query (repeatable), e.g. entity=Chengdu.")
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run the query in this .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the library queries with their parameters.")
@click.option("--timeout", type=float, default=None, metavar="S", help="Give up after S seconds.")
@click.option("--limit", type=int, default=None, metavar="N", help="At most N rows.")
@click.pass_context
def query(ctx: click.Context, query: str | None, graph_path: Path | None, endpoint: str | None,
          params: tuple[str, ...], query_file: Path | None, fmt: str, list_only: bool,
          timeout: float | None, limit: int | None) -> None:
    """Run a SPARQL query: a library query by NAME, a .rq --file, or SPARQL text.

    \b
    Examples:
      healthkg query --list
      healthkg query --graph kg/ partners-of --param entity=Chengdu
      healthkg query --graph kg/ agreements --param year=2022 --format csv
      healthkg query --graph kg/ "SELECT ?e WHERE { ?e a schema:Hospital }"
      healthkg query --endpoint http://127.0.0.1:7878/sparql documents
    """
    from healthkg.graph.query import list_queries, parse_query_file, run_query

    if list_only:
        for named in list_queries():
            click.echo(f"{named.name}\n    {named.description}")
            for parameter in named.parameters:
                optional = ", optional" if parameter.optional else ""
                click.echo(f"    --param {parameter.name}=...  ({parameter.kind}{optional}) {parameter.description}")
        return
    if query_file is not None:
        if query is not None:
            raise click.UsageError("give either NAME|SPARQL or --file, not both")
        query = parse_query_file(query_file)
    if query is None:
        raise click.UsageError("give a query NAME, SPARQL text or --file (or --list)")
    if (graph_path is None) == (endpoint is None):
        raise click.UsageError("give exactly one of --graph PATH or --endpoint URL")
    if endpoint is not None:
        from healthkg.graph.remote import RemoteEndpoint

        target = RemoteEndpoint(endpoint)
    else:
        from healthkg.graph.store import open_store

        target = open_store(graph_path)
    result = run_query(target, query, _parse_params(params), timeout=timeout, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(result.records(), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(result.serialize("csv").decode("utf-8").replace("\r\n", "\n"), nl=False)
    elif result.kind == "graph":
        from healthkg.graph.query import TURTLE_PREFIXES

        click.echo(result.serialize("turtle", prefixes=TURTLE_PREFIXES).decode("utf-8"), nl=False)
    else:
        click.echo(_format_table(result))


@main.command()
@graph_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (POST update=...); read-only otherwise.")
@click.option("--timeout", default=30.0, show_default=True, type=float, metavar="S", help="Query timeout in seconds.")
@click.option("--limit", default=10000, show_default=True, type=int, metavar="N", help="At most N result rows.")
@click.pass_context
def serve(ctx: click.Context, graph_path: Path, host: str, port: int, allow_update: bool,
          timeout: float, limit: int) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    GET/POST query=, results as JSON, XML, CSV or TSV (Accept header or format=), CORS
    enabled, a help page at /. Read-only unless --allow-update (updates to a build
    folder's store are saved; to a .trig / .nq file they live in memory only).

    \b
    Example:
      healthkg serve --graph kg/
      curl 'http://127.0.0.1:7878/sparql?query=SELECT%20*%20WHERE%20%7B?s%20?p%20?o%7D%20LIMIT%205'
    """
    from healthkg.graph.server import make_server
    from healthkg.graph.store import open_store

    store = open_store(graph_path, read_only=not allow_update)
    server = make_server(store, host, port, allow_update=allow_update, timeout=timeout, limit=limit)
    _note(ctx, f"SPARQL endpoint at {server.url} ({'read-write' if allow_update else 'read-only'}); Ctrl-C stops it")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        _note(ctx, "stopped")
    finally:
        server.server_close()
        store.close()


@main.command()
@graph_option()
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store endpoint (gsp; Oxigraph: /store) or update endpoint (update; Oxigraph: /update).")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="gsp: PUT each named graph; update: DROP + INSERT DATA in batches.")
@click.pass_context
def push(ctx: click.Context, graph_path: Path, endpoint: str, protocol: str) -> None:
    """Load every named graph into a remote SPARQL store.

    \b
    Example:
      oxigraph serve --location db/ --union-default-graph &
      healthkg push --graph kg/ --endpoint http://127.0.0.1:7878/store
      healthkg query --endpoint http://127.0.0.1:7878/query documents
    """
    from healthkg.graph.remote import push as push_graphs
    from healthkg.graph.store import open_store

    store = open_store(graph_path)
    sent = push_graphs(store, endpoint, protocol=protocol)
    _note(ctx, f"pushed {len(sent)} graphs ({sum(sent.values())} triples) to {endpoint}")


@main.command()
@graph_option()
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "jsonld"]), default="trig",
              show_default=True, help="turtle writes the union of the named graphs.")
@click.option("-o", "--output", default="-", metavar="FILE", help="Where to write (default: standard output).")
@click.pass_context
def export(ctx: click.Context, graph_path: Path, fmt: str, output: str) -> None:
    """Write the graph as TriG, N-Quads, Turtle or JSON-LD.

    \b
    Example:
      healthkg export --graph kg/ --format nquads -o kg.nq
    """
    from healthkg.graph.store import open_store

    store = open_store(graph_path)
    if output == "-":
        store.export(click.get_binary_stream("stdout"), fmt)
    else:
        store.export(Path(output), fmt)
        _note(ctx, f"wrote {output}")


# --------------------------------------------------------------------------- analyze, path, viz
# (networkx side: healthkg/graph/projection.py, analyses/, lookup.py, draw.py, picture.py, exports.py)

VIZ_FORMATS = ("html", "svg", "png", "graphml", "gexf", "csv")


def _split_list(value: str | None) -> list[str] | None:
    if not value:
        return None
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or None


def _projected(graph_path: Path, **filters):
    """Load the graph at *graph_path* and project it; bad dates become usage errors."""
    from healthkg.graph.projection import project_graph
    from healthkg.graph.store import load_dataset

    try:
        return project_graph(load_dataset(graph_path), **filters)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from exc


def _format_rows(rows: list[dict], fmt: str) -> str:
    """Rows of an analysis as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    shown = [c for c in columns if c != "iri"] or columns
    cells = [[_cell(row.get(column), 48) for column in shown] for row in rows]
    widths = [max([len(column)] + [len(r[i]) for r in cells]) for i, column in enumerate(shown)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(shown, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _metric_names() -> list[str]:
    from healthkg.graph.analyses import ANALYSES

    return sorted(ANALYSES)


@main.command()
@click.argument("metric", metavar="METRIC")
@graph_option()
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="At most N rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--by", type=click.Choice(["country", "community"]), default="country", show_default=True,
              help="brokers: what a group is.")
@click.pass_context
def analyze(ctx: click.Context, metric: str, graph_path: Path, top: int, fmt: str, by: str) -> None:
    """Analyse the network of entities: METRIC is one of degree, betweenness, eigenvector,
    brokers, communities, timeline, countries.

    \b
    Examples:
      healthkg analyze degree --graph kg/ --top 10
      healthkg analyze brokers --graph kg/ --by community
      healthkg analyze countries --graph kg/ --format csv > matrix.csv
    """
    from healthkg.graph.analyses import ANALYSES

    if metric not in ANALYSES:
        raise click.BadParameter(f"{metric!r}; choose one of: {', '.join(_metric_names())}", param_hint="METRIC")
    graph = _projected(graph_path)
    options = {"by": by} if metric == "brokers" else {}
    rows = ANALYSES[metric](graph, top=top, **options)
    click.echo(_format_rows(rows, fmt))


@main.command(name="path")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@graph_option()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def path_command(ctx: click.Context, source: str, target: str, graph_path: Path, fmt: str) -> None:
    """The shortest connection between entities A and B, each step with its evidence sentence.

    A and B are names (labels), ids (org/alpha-hospital) or IRIs; a name that is unknown or
    ambiguous gets a list of near matches.

    \b
    Example:
      healthkg path "Li Wei" "Delta Chamber" --graph kg/
    """
    from healthkg.graph.analyses import shortest_connection
    from healthkg.graph.lookup import find_entity

    graph = _projected(graph_path)
    start, end = find_entity(graph, source), find_entity(graph, target)
    steps = shortest_connection(graph, start, end)
    if not steps and start != end:
        raise HealthKGError(f"{graph_path}: no connection between {graph.nodes[start]['label']!r} "
                            f"and {graph.nodes[end]['label']!r}")
    if fmt == "json":
        click.echo(json.dumps(steps, ensure_ascii=False, indent=1))
        return
    for step in steps:
        arrows = {"forward": ("-[", "]->"), "backward": ("<-[", "]-"), "both": ("-[", "]-")}
        left, right = arrows[step["direction"]]
        arrow = f"{left}{step['relation']}{right}"
        detail = f" ({step['detail']})" if step["detail"] else ""
        click.echo(f"{step['step']}. {step['from']} {arrow} {step['to']}{detail}")
        if step["evidence"]:
            click.echo(f"   \u201c{step['evidence']}\u201d" + (f" [{step['documents']}]" if step["documents"] else ""))
    _note(ctx, f"{len(steps)} step{'s' if len(steps) != 1 else ''}")


@main.command()
@graph_option()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; the format follows its suffix unless --format is given.")
@click.option("--format", "fmt", type=click.Choice(VIZ_FORMATS), default=None,
              help="html (interactive page), svg/png (picture), graphml/gexf (Gephi), csv (node and edge lists).")
@click.option("--focus", metavar="ENTITY", help="Show only the neighbourhood of this entity.")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True, help="With --focus: how far.")
@click.option("--since", metavar="DATE", help="Only events and relations from DATE on (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events and relations up to DATE.")
@click.option("--types", metavar="T,...", help="Only these entity types, e.g. Hospital,Company,Person.")
@click.option("--countries", metavar="CC,...", help="Only entities in these countries (ISO codes), e.g. DK,CN.")
@click.option("--relations", metavar="R,...", help="Only these relations (role, located_in, part_of, agreement, "
              "visit, partner_of, event).")
@click.option("--event-nodes", is_flag=True, help="Draw cooperation events as nodes instead of party-party edges.")
@click.option("--size-by", type=click.Choice(["degree", "betweenness", "eigenvector", "brokers"]),
              default="degree", show_default=True, help="What node size shows.")
@click.option("--title", default="healthkg cooperation network", show_default=True)
@click.pass_context
def viz(ctx: click.Context, graph_path: Path, output: Path, fmt: str | None, focus: str | None, hops: int,
        since: str | None, until: str | None, types: str | None, countries: str | None, relations: str | None,
        event_nodes: bool, size_by: str, title: str) -> None:
    """Draw the network: an interactive HTML page (works offline), a picture, or a Gephi/CSV export.

    \b
    Examples:
      healthkg viz --graph kg/ -o network.html
      healthkg viz --graph kg/ --focus Chengdu --hops 2 --since 2022 -o chengdu.html
      healthkg viz --graph kg/ --types Hospital,Company --size-by betweenness -o net.svg
      healthkg viz --graph kg/ --format gexf -o kg.gexf
    """
    from healthkg.graph.analyses import ego_network
    from healthkg.graph.draw import TYPE_COLORS, render_network
    from healthkg.graph.exports import EXPORTERS
    from healthkg.graph.lookup import find_entity
    from healthkg.graph.picture import render_picture

    fmt = fmt or output.suffix.lstrip(".").lower() or "html"
    if fmt == "htm":
        fmt = "html"
    if fmt not in VIZ_FORMATS:
        raise click.BadParameter(f"cannot tell the format from {output.name!r}; give --format "
                                 f"({', '.join(VIZ_FORMATS)})", param_hint="--format")
    type_list = _split_list(types)
    unknown = sorted(set(type_list or []) - set(TYPE_COLORS))
    if unknown:
        raise click.BadParameter(f"unknown type(s) {', '.join(unknown)}; known: {', '.join(TYPE_COLORS)}",
                                 param_hint="--types")
    graph = _projected(graph_path, collapse_events=not event_nodes, entity_types=type_list,
                       countries=_split_list(countries), relation_types=_split_list(relations),
                       since=since, until=until)
    if focus:
        graph = ego_network(graph, find_entity(graph, focus), hops=hops)
    if fmt == "html":
        render_network(graph, output, title=title, size_by=size_by)
    elif fmt in ("svg", "png"):
        render_picture(graph, output, fmt=fmt, size_by=size_by, title=title)
    else:
        EXPORTERS[fmt](graph, output)
    _note(ctx, f"wrote {output} ({graph.number_of_nodes()} entities, {graph.number_of_edges()} links)")
