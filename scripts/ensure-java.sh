#!/usr/bin/env bash
# Make sure Java exists for the Nu Html Checker (vnu.jar, in the HTML gate): Debian's default-jre-headless.
# Installs it when running as root; otherwise prints the command.
set -euo pipefail
java="${JAVA:-java}"
if command -v "$java" >/dev/null; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Java not found: installing Debian's default-jre-headless…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "Java not found (the Nu Html Checker needs it). Install it, then run the tests again:" >&2
echo "  sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
exit 1
