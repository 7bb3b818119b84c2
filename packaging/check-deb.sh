#!/usr/bin/env bash
# Builds the Debian package from a configured build directory, installs it on this
# machine, uses the installed Relais as a user would (version, demo file, headless
# annual review), checks the desktop files are in place, then removes it. Root only.
#   packaging/check-deb.sh <build-dir>
# Exits non-zero with a message on the first failure; the package is removed whatever
# happens once it has been installed.
set -euo pipefail

fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}
step() { echo "check-deb: $*"; }

[ $# -eq 1 ] || { echo "usage: $0 <build-dir>" >&2; exit 2; }
build="$(cd "$1" && pwd)" || fail "no build directory $1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured Relais build (no CPackConfig.cmake)"
[ "$(id -u)" -eq 0 ] || fail "installing a package needs root"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps not found: install dpkg-dev"

app_id=org.example.Relais
version="$(sed -n '/^project(/,/)/s/.*VERSION \([0-9][0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
[ -n "$version" ] || fail "no VERSION in project() of $here/CMakeLists.txt"
arch="$(dpkg --print-architecture)"
deb="$build/relais_${version}_${arch}.deb"

# Never replace or remove a Relais someone installed: this check must leave the machine
# as it found it.
if dpkg-query -W -f='${db:Status-Status}' relais 2>/dev/null | grep -qx installed; then
    fail "a relais package is already installed: remove it first (apt-get remove relais)"
fi
[ ! -e /usr/bin/relais ] || fail "/usr/bin/relais exists outside any relais package"

# cpack installs what is built and builds nothing: the executable and the icons first.
step "building relais $version in $build"
cmake --build "$build" --target relais packaging/all
rm -f "$build"/relais_*.deb
step "cpack -G DEB"
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB"
[ -f "$deb" ] || fail "cpack did not write $deb"

work="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq relais >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Recommends (the Wayland plugin) stay out: nothing would remove them afterwards.
install_deb() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
}
step "apt-get install $deb"
installed=1
if ! install_deb; then
    # A dependency this machine lacks, with a stale package index.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    install_deb || fail "apt-get install $deb"
fi

depends="$(dpkg-query -W -f='${Depends}' relais)"
for package in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core; do
    [[ "$depends" == *"$package"* ]] || fail "the package does not depend on $package: $depends"
done

# The installed binary, run without a display and away from root's own settings.
relais=/usr/bin/relais
[ -x "$relais" ] || fail "$relais is not installed"
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR="$work/runtime" "$relais" "$@"
}
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

step "relais --version"
printed="$(run --version)" || fail "relais --version exited with an error"
[ "$printed" = "Relais $version" ] || fail "relais --version printed '$printed', not 'Relais $version'"

step "relais demo"
run demo --output "$work/demo.relais" || fail "relais demo --output $work/demo.relais"
[ -s "$work/demo.relais" ] || fail "relais demo wrote no file"

# The demo's calendar runs up to the current year; the last full year has every area.
year=$(( $(date +%Y) - 1 ))
step "relais report (year $year, PDF)"
run report --db "$work/demo.relais" --year "$year" --output "$work/review.pdf" \
    || fail "relais report --db $work/demo.relais --year $year --output $work/review.pdf"
[ "$(head -c 5 "$work/review.pdf" 2>/dev/null)" = "%PDF-" ] || fail "relais report wrote no PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/review.pdf" "$work/review.txt" || fail "pdftotext could not read the review"
    grep -q "$year" "$work/review.txt" || fail "the review's text does not name $year"
fi

step "desktop files under /usr/share"
for file in \
    "applications/$app_id.desktop" \
    "metainfo/$app_id.metainfo.xml" \
    "mime/packages/$app_id.xml" \
    "icons/hicolor/scalable/apps/$app_id.svg" \
    "doc/relais/copyright" \
    "doc/relais/user-guide.en.md" \
    "doc/relais/user-guide.fr.md"; do
    [ -f "/usr/share/$file" ] || fail "/usr/share/$file is not installed"
done
# The guides' screenshots beside them, so that the installed Markdown shows its images.
for image in $(sed -n 's/.*(\(screenshots\/[^)]*\)).*/\1/p' /usr/share/doc/relais/user-guide.*.md | sort -u); do
    [ -f "/usr/share/doc/relais/$image" ] || fail "/usr/share/doc/relais/$image is not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || fail "$png is not installed"
done
# shared-mime-info's trigger compiled the type into the system database, and a database
# is recognised by its content too (the SQLite header's application id), not only by
# its name.
if command -v update-mime-database >/dev/null; then
    [ -f /usr/share/mime/application/x-relais.xml ] \
        || fail "application/x-relais is not in the MIME database (trigger not run?)"
    if command -v gio >/dev/null; then
        cp "$work/demo.relais" "$work/renamed"
        for file in "$work/demo.relais" "$work/renamed"; do
            type="$(gio info -a standard::content-type "$file" | sed -n 's/.*content-type: //p')"
            [ "$type" = application/x-relais ] || fail "$file is seen as '$type', not application/x-relais"
        done
    fi
fi

step "apt-get remove relais"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq relais || fail "apt-get remove relais"
installed=0
[ ! -e "$relais" ] || fail "$relais is still there after apt-get remove"
[ ! -e "/usr/share/applications/$app_id.desktop" ] || fail "the desktop file is still there after apt-get remove"
if command -v update-mime-database >/dev/null; then
    [ ! -e /usr/share/mime/application/x-relais.xml ] || fail "application/x-relais is still in the MIME database"
fi

step "ok: $(basename "$deb") ($(du -h "$deb" | cut -f1)) installs, runs and uninstalls cleanly"
