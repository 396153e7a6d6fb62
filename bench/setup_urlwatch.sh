#!/usr/bin/env bash
# Creates bench/.venv-urlwatch with urlwatch from PyPI, for bench/urlwatch.py.
# The project's own .venv is not touched. Run from anywhere: bash bench/setup_urlwatch.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 -m venv "$here/.venv-urlwatch"
"$here/.venv-urlwatch/bin/pip" install --quiet --upgrade pip
"$here/.venv-urlwatch/bin/pip" install --quiet urlwatch
"$here/.venv-urlwatch/bin/urlwatch" --version
