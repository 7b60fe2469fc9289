#!/usr/bin/env bash
# The kit on The Littlest JupyterHub (TLJH): one Ubuntu server for a room of up to ~100.
#
# Run as root on a fresh Ubuntu 22.04/24.04 server, from a checkout of this repository:
#   sudo deploy/tljh-setup.sh --admin trainer [--lang nl] [--skip-install]
#
# What it does, in order:
#   1. installs TLJH with its official bootstrap script (skipped with --skip-install, for
#      a server that already runs TLJH);
#   2. installs the kit's runtime packages, pinned (deploy/requirements.txt), and the kit
#      itself into TLJH's user environment (/opt/tljh/user), which every participant uses;
#   3. sets the memory limit and the idle culler from the measured figures
#      (deploy/sizing.json; tests/test_deploy.py keeps these numbers equal to it);
#   4. opens JupyterLab by default and sets the feedback language for everyone.
# Then hand out the link of `python -m customer_king.link --hub https://YOUR-SERVER`.
set -euo pipefail
cd "$(dirname "$0")/.."

# From deploy/sizing.json (benchmarks/bench_hub_room.py, docs/performance.md).
MEMORY_LIMIT="1G"          # per participant: Jupyter server + lesson kernel + exercise kernel
CULL_TIMEOUT=3600          # seconds idle before a server is stopped (saved work stays on disk)
CULL_EVERY=300             # how often the culler looks

ADMIN=""
LANGUAGE="en"
INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --admin) ADMIN="${2:?--admin needs a user name}"; shift 2 ;;
    --lang) LANGUAGE="${2:?--lang needs a language code, e.g. nl}"; shift 2 ;;
    --skip-install) INSTALL=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "Run this as root (sudo deploy/tljh-setup.sh ...): TLJH installs system-wide." >&2
  exit 1
fi
case "$LANGUAGE" in
  en|nl) ;;
  *) echo "--lang $LANGUAGE: the kit speaks en and nl" >&2; exit 2 ;;
esac

if [ "$INSTALL" -eq 1 ]; then
  [ -n "$ADMIN" ] || { echo "--admin NAME is needed for a new install (the hub's first admin)" >&2; exit 2; }
  curl -fsSL https://tljh.jupyter.org/bootstrap.py | python3 - --admin "$ADMIN"
fi

USER_PIP=/opt/tljh/user/bin/pip
[ -x "$USER_PIP" ] || { echo "$USER_PIP is missing: is TLJH installed?" >&2; exit 1; }
"$USER_PIP" install --no-cache-dir -r deploy/requirements.txt
"$USER_PIP" install --no-cache-dir --no-deps .
# No news pop-up over the notebooks (the kit's own JupyterLab settings).
settings="/opt/tljh/user/share/jupyter/lab/settings"
mkdir -p "$settings"
cp jupyter-settings/overrides.json "$settings/"

tljh-config set limits.memory "$MEMORY_LIMIT"
tljh-config set services.cull.enabled true
tljh-config set services.cull.timeout "$CULL_TIMEOUT"
tljh-config set services.cull.every "$CULL_EVERY"
tljh-config set user_environment.default_app jupyterlab
# The feedback language: an environment variable of every participant's server.
cat > /opt/tljh/config/jupyterhub_config.d/customer-king.py <<PY
c.Spawner.environment.update({"CUSTOMER_KING_LANG": "$LANGUAGE"})
PY
tljh-config reload

echo "Done. Hand out: $(/opt/tljh/user/bin/python -m customer_king.link --hub "https://$(hostname -f)")"
