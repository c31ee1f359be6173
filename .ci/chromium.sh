#!/usr/bin/env bash
# Installs Debian's chromium for the HTML status report test (examples module), if it is missing.
# Idempotent and fail-soft: when chromium cannot be installed (no root, no network, not Debian/apt), it says so and
# exits 0; the test then skips with a clear message instead of failing the build.
set -uo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "chromium.sh: $(chromium --version 2>/dev/null || echo chromium) already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium.sh: apt-get not found; not installing chromium (the HTML report test will be skipped)" >&2
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        echo "chromium.sh: not root and no password-less sudo; not installing chromium (the HTML report test will be skipped)" >&2
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "chromium.sh: installed $(chromium --version 2>/dev/null || echo chromium)"
else
    echo "chromium.sh: apt-get could not install chromium (the HTML report test will be skipped)" >&2
fi
exit 0
