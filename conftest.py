"""The test run's own temporary folder: the notebooks (run by nbmake) build their graphs and
pages in ``tempfile.mkdtemp()`` folders, which an analyst keeps, but a test run should not
leave behind. ``TMPDIR`` points at one folder for the whole run, inherited by the notebook
kernels, and the folder is removed when the run ends.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_PREVIOUS = "HEALTHKG_TEST_PREVIOUS_TMPDIR"


def pytest_configure(config):
    folder = Path(tempfile.mkdtemp(prefix="healthkg-test-run-"))
    config.healthkg_tmpdir = folder
    os.environ[_PREVIOUS] = os.environ.get("TMPDIR", "")
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = None  # read TMPDIR again


def pytest_unconfigure(config):
    folder = getattr(config, "healthkg_tmpdir", None)
    previous = os.environ.pop(_PREVIOUS, "")
    if previous:
        os.environ["TMPDIR"] = previous
    else:
        os.environ.pop("TMPDIR", None)
    tempfile.tempdir = None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
