#!/usr/bin/env bash
# Set up a fresh Debian 12 machine for the project: system packages (Chromium for PNG export and
# browser tests, Arabic fonts) and the virtual environment at .venv/.
#   scripts/setup.sh        runtime only
#   scripts/setup.sh --dev  runtime + test tools
# Safe to re-run: it installs only what is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev=0
[ "${1:-}" = "--dev" ] && want_dev=1

apt_packages=(chromium fonts-noto-core)
# the tests run the store on PostgreSQL too: tests/pg_cluster.py starts a throwaway server from these binaries
[ "$want_dev" = 1 ] && apt_packages+=(chromium-driver postgresql)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "setup: installing system packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
reqs=requirements.txt
stamp=.venv/.installed-runtime
if [ "$want_dev" = 1 ]; then
  reqs=requirements-dev.txt
  stamp=.venv/.installed-dev
fi
if [ ! -f "$stamp" ] || [ requirements.txt -nt "$stamp" ] || [ requirements-dev.txt -nt "$stamp" ]; then
  echo "setup: installing Python packages from $reqs"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$reqs"
  touch "$stamp"
fi
