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
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.trig, the store/ and network.html into.")
@click.option("--curation", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A curation file (forced merges, splits, preferred names); default: the project's.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check the graph against the SHACL shapes after building.")
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], out_dir: Path, curation: Path | None,
          validate: bool) -> None:
    """Build the knowledge graph of PATH... into a folder.

    PATH is a file (.txt in any encoding, .html, .jsonl), a folder (read recursively) or
    '-' for standard input. A bad file is reported and skipped; the run exits 1 at the end.

    \b
    Example:
      healthkg build news/ more.jsonl -o kg/
      healthkg query --graph kg/ partners-of --param entity=Chengdu
    """
    from healthkg.pipeline import build as run_build

    result = run_build(paths, out_dir, on_error=_report_failure(ctx), progress=_show_progress(ctx),
                       curation_path=curation, validate=validate)
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
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output, curation: Path | None) -> None:
    """Extract people, organizations, places, relations and events from PATH... as JSON.

    The output follows the contract in shared/eval/CONTRACT.md: per document its entities
    (with mentions and offsets), relations and events (with evidence sentences).

    \b
    Example:
      healthkg extract ../shared/corpus/seeds --format json > p.json
    """
    from healthkg.pipeline import extract as run_extract

    result = run_extract(paths, on_error=_report_failure(ctx), progress=_show_progress(ctx),
                         curation_path=curation)
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
