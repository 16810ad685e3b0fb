#!/usr/bin/env bash
# Make sure the programs the tests drive exist, from Debian's packages (never a download of their own):
# Chromium (Playwright's browser, CHROMIUM_PATH), a serif system font for print (Liberation Serif),
# pdftotext/pdftoppm (poppler-utils, the print test) and Java (the Nu Html Checker of the HTML gate).
# Installs what is missing when running as root; otherwise prints the command.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[[ -x "$chromium" ]] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v java >/dev/null || missing+=(default-jre-headless)
if ! command -v fc-list >/dev/null || ! fc-list | grep -qi 'Liberation Serif'; then missing+=(fonts-liberation); fi
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} for the tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing for the tests: ${missing[*]}. Install them, then run the tests again:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
