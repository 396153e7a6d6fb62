#!/usr/bin/env bash
# Creates bench/.venv-juriscraper with juriscraper from PyPI, for bench/parse.py.
# The project's own .venv is not touched. Run from anywhere: bash bench/setup_juriscraper.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 -m venv "$here/.venv-juriscraper"
"$here/.venv-juriscraper/bin/pip" install --quiet --upgrade pip
"$here/.venv-juriscraper/bin/pip" install --quiet juriscraper
"$here/.venv-juriscraper/bin/python" -c "import juriscraper.pacer, importlib.metadata as m; print('juriscraper', m.version('juriscraper'), 'installed in', '$here/.venv-juriscraper')"
