"""The curation file: format, validation errors with file and line, the project's file."""
from __future__ import annotations

import pytest

from healthkg.errors import HealthKGError
from healthkg.loaders.resolution import CurationError, load_curation, parse_curation
from healthkg.loaders.resolution.curation import DEFAULT_CURATION_PATH


def test_project_curation_file_is_valid_and_empty():
    curation = load_curation()
    assert DEFAULT_CURATION_PATH.name == "curation.yaml" and DEFAULT_CURATION_PATH.exists()
    assert curation.merges == [] and curation.splits == [] and curation.preferred_names == {}
    assert not curation


def test_full_file_parses_with_sources(tmp_path):
    path = tmp_path / "cur.yaml"
    path.write_text(
        "# comment\n"
        "merges:\n"
        "  - names: [Fan Ruiping, Fan Ruping]\n"
        "    preferred: Fan Ruiping\n"
        "  - [org/cri, China Radio International]\n"
        "splits:\n"
        "  - names: [Wang Lei, Wang Wei]\n"
        "preferred_names:\n"
        "  person/shi-jun: Shi Jun\n", encoding="utf-8")
    curation = load_curation(path)
    assert [m.names for m in curation.merges] == [["Fan Ruiping", "Fan Ruping"],
                                                  ["org/cri", "China Radio International"]]
    assert curation.merges[0].preferred == "Fan Ruiping" and curation.merges[1].preferred is None
    assert curation.merges[0].source == f"{path}:3" and curation.merges[1].source == f"{path}:5"
    assert curation.splits[0].names == ["Wang Lei", "Wang Wei"]
    assert curation.preferred_names == {"person/shi-jun": "Shi Jun"}
    assert curation.preferred_sources == {"person/shi-jun": f"{path}:9"}


@pytest.mark.parametrize("text,line,fragment", [
    ("merges:\n  - names: [Only One]\n", 2, "merges[0]: a merge needs at least two"),
    ("splits:\n  - names: [A, B]\n  - names: x\n", 3, "splits[1]: 'names' must be a list"),
    ("merges:\n  - nmes: [A, B]\n", 2, "unknown key(s) ['nmes']"),
    ("merge:\n  - [A, B]\n", 1, "unknown section 'merge'"),
    ("merges: {a: b}\n", 1, "merges must be a list"),
    ("preferred_names:\n  person/x: ''\n", 2, "preferred_names[person/x]"),
    ("merges:\n  - [A, B\n", 3, "not valid YAML"),
    ("- just a list\n", 1, "must be a mapping"),
    ("merges:\n  - [A, B]\nsplits:\n  - [a, b]\n", 4, "both merged"),
])
def test_errors_name_file_line_and_entry(text, line, fragment):
    with pytest.raises(CurationError) as info:
        parse_curation(text, source="my.yaml")
    assert isinstance(info.value, HealthKGError)
    assert str(info.value).startswith(f"my.yaml:{line}: ")
    assert fragment in str(info.value)
    assert info.value.line == line and info.value.source == "my.yaml"


def test_unreadable_file_is_a_curation_error(tmp_path):
    with pytest.raises(CurationError, match="cannot read curation file"):
        load_curation(tmp_path / "missing.yaml")
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CurationError, match=str(binary)):
        load_curation(binary)


def test_empty_file_is_an_empty_curation(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    assert not load_curation(path)
