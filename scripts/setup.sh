#!/usr/bin/env bash
# Sets replykit up on a fresh Debian machine: system packages (Hunspell dictionaries for the five
# languages, PostgreSQL for the storage tests), then replykit itself with its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(hunspell-en-us hunspell-en-gb hunspell-ru hunspell-uk hunspell-pl hunspell-el postgresql)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m pip install -q --upgrade pip >/dev/null 2>&1 || true
python3 -m pip install -q -e ".[test]"
