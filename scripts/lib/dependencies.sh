# Installs the Debian packages a command needs when they are missing. Sourced by run.sh and test.sh.
# Needs root (or sudo) only when something is actually missing.

apt_install_missing() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What the app itself needs at run time: the database server, a font with Vietnamese glyphs for PDFs, and the
# local SMTP sink run.sh starts so that sent mail can be read (python3-aiosmtpd, run with /usr/bin/python3).
RUNTIME_PACKAGES=(postgresql-15 postgresql-client-15 fonts-dejavu-core python3-aiosmtpd)

# What the test run needs on top: a real SMTP server, a real browser, PDF text and QR decoding.
TEST_PACKAGES=(python3-aiosmtpd chromium poppler-utils zbar-tools)
