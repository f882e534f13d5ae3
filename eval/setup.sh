#!/usr/bin/env bash
# eval/setup.sh - install what ../shared/roundtrip needs to build evaluation pages.
#
# Idempotent and quiet when everything is already there:
#   - Debian packages: poppler-utils tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk
#     (apt-get update runs once, and only if one of them is missing);
#   - a venv at ${PAPERCLI_EVAL_HOME:-$HOME/.cache/papercli-eval}/venv with
#     ../shared/roundtrip/requirements.txt (reinstalled only when that file changes).
#
# Env: PAPERCLI_EVAL_HOME (cache root), PYTHON (interpreter for the venv, default python3),
#      ROUNDTRIP_DIR (default: <repo>/../shared/roundtrip).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
ROUNDTRIP_DIR="${ROUNDTRIP_DIR:-$REPO/../shared/roundtrip}"
EVAL_HOME="${PAPERCLI_EVAL_HOME:-$HOME/.cache/papercli-eval}"
VENV="$EVAL_HOME/venv"
PYTHON="${PYTHON:-python3}"
REQ="$ROUNDTRIP_DIR/requirements.txt"

log() { echo "eval/setup.sh: $*" >&2; }
# run a noisy command with its output kept in a log, shown only if it fails
quiet() {
    local out; out="$(mktemp)"
    if ! "$@" >"$out" 2>&1; then
        cat "$out" >&2; rm -f "$out"; log "failed: $*"; exit 1
    fi
    rm -f "$out"
}

# ---- Debian packages
APT_PKGS=(poppler-utils tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk)
missing=()
for p in "${APT_PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null; then SUDO="sudo"; else
            log "missing Debian packages (${missing[*]}) and not root: install them first"; exit 1
        fi
    fi
    log "installing ${missing[*]} (apt-get update first)"
    export DEBIAN_FRONTEND=noninteractive
    quiet $SUDO apt-get update -qq
    quiet $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---- venv for roundtrip.py
if [ ! -f "$REQ" ]; then
    log "no $REQ (is ../shared/roundtrip there?)"; exit 1
fi
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "creating venv $VENV"
    mkdir -p "$EVAL_HOME"
    [ -x "$VENV/bin/python" ] || quiet "$PYTHON" -m venv "$VENV"
    quiet "$VENV/bin/python" -m pip install -q -r "$REQ"
    echo "$want" > "$stamp"
fi
exit 0
