#!/usr/bin/env bash
# Create the bench-only venv with the peers papercli is compared with (unstructured, jionlp).
# They are large (~800 MB with their dependencies), so they live outside papercli's .venv and
# outside the repo. Usage: bench/peers-setup.sh VENV_DIR. Silent when already done; on
# failure (no network, say) it says so and exits 0: the bench then reports them as not installed.
set -u
venv=${1:?usage: peers-setup.sh VENV_DIR}
stamp="$venv/.peers-installed"
[ -f "$stamp" ] && exit 0
echo "bench: installing the peers (unstructured, jionlp) into $venv (once, ~30 s)" >&2
if python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check unstructured jionlp >&2; then
    touch "$stamp"
else
    echo "bench: could not install the peers; they are reported as not installed" >&2
fi
exit 0
