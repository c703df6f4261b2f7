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
# The interpreter of a new .venv: $PYTHON if given; else Debian's own python3 when it is 3.11 or newer, because
# Debian builds it with profile-guided and link-time optimisation and links libpython into the binary, which
# runs the extraction 10-20% faster than a default source build of the same version (pyenv's, say); else the
# python3 on the PATH. An existing .venv is kept whatever built it (remove it to change interpreters).
python=${PYTHON:-python3}
if [ -z "${PYTHON:-}" ] && [ -x /usr/bin/python3 ] &&
  /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  python=/usr/bin/python3
  [ -x .venv/bin/python ] || apt_packages+=(python3-venv)  # Debian keeps venv's pip bootstrap apart
fi
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
# The project folder on the venv's path (a .pth file), so `.venv/bin/python -m timeline …` and `import timeline`
# work from any folder, as an analyst runs them beside their reports; the folder the command runs in still comes
# first. Written each time: it follows a project folder that was moved and set up again.
.venv/bin/python - "$PWD" <<'PY'
import pathlib, sys, sysconfig
pth = pathlib.Path(sysconfig.get_paths()["purelib"]) / "timeline-project.pth"
pth.write_text(sys.argv[1] + "\n", encoding="utf-8")
PY
