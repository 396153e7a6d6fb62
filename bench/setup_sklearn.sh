#!/usr/bin/env bash
# Creates bench/.venv-sklearn with the project's requirements and scikit-learn, for bench/classify_models.py.
# The project's own .venv is not touched. Run from anywhere: bash bench/setup_sklearn.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python3 -m venv "$here/.venv-sklearn"
"$here/.venv-sklearn/bin/pip" install --quiet --upgrade pip
"$here/.venv-sklearn/bin/pip" install --quiet -r "$here/../requirements-dev.txt" scikit-learn==1.9.1
"$here/.venv-sklearn/bin/python" -c "import sklearn; print('scikit-learn', sklearn.__version__)"
