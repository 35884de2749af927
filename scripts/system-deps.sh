#!/usr/bin/env bash
# The system programs the build and the tests use, from Debian's packages: Java for the W3C HTML checker
# (vnu), Chromium for the accessibility checks and the PDFs, poppler-utils to read PDFs back.
# Run before `npm test` and `npm start` (npm's pretest/prestart); installs only what is missing.
set -euo pipefail

declare -A needed=([java]=default-jre-headless [chromium]=chromium [pdftotext]=poppler-utils)
missing=()
for program in "${!needed[@]}"; do
  command -v "$program" >/dev/null 2>&1 || missing+=("${needed[$program]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
