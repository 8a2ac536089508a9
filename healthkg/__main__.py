"""``python -m healthkg``: the same command line as ``healthkg`` (useful from a checkout or a
virtual environment whose scripts are not on ``PATH``).

Example::

    python -m healthkg extract article.html --format json
"""
from healthkg.cli import main

if __name__ == "__main__":
    main(prog_name="healthkg")
