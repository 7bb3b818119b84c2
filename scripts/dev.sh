#!/usr/bin/env bash
# Builds Relais on Debian 12 / Ubuntu, installing the missing build dependencies from
# the distribution first (with sudo when not root).
#   scripts/dev.sh run [relais arguments]   build, then launch the app
#   scripts/dev.sh test                     build with AddressSanitizer and UndefinedBehavior-
#                                           Sanitizer and run every test through CTest there,
#                                           then (as root) build the app as released and
#                                           build, install and remove the .deb; then fuzz
#   scripts/dev.sh sanitize                 only the sanitized build and its tests
#   scripts/dev.sh build                    build only (as released, tests included)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${RELAIS_BUILD_DIR:-$here/build/default}"
action="${1:-run}"
shift || true

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 libbenchmark-dev libsqlite3-dev sqlite3 libical-dev fonts-dejavu-core
    xvfb xauth poppler-utils
    clang libclang-rt-dev lld
    desktop-file-utils appstream shared-mime-info dpkg-dev librsvg2-bin
)

missing=()
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [ "$status" = installed ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        echo "Missing packages and no sudo: run this script as root." >&2
        exit 1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"

# Every test runs once, in a build instrumented with AddressSanitizer and Undefined-
# BehaviorSanitizer: a memory error, a leak (LeakSanitizer, with suppressions for leaks
# inside system libraries only, each with its reason) or undefined behaviour stops its
# program and fails its test. Built with clang at -O0 -g1: on this code clang compiles
# instrumented code twice as fast as GCC (2.4 s against 5.5 s for a dialog), which is what
# lets one sanitized build and one release build fit in CI's time on 2 cores. The build
# runs the test programs too (Catch2's test discovery), sanitized alike.
run_sanitized_tests() {
    local check_build="${RELAIS_CHECK_BUILD_DIR:-$here/build/check}"
    local sanitizer_env=(
        "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
        "LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
    )
    # Linked by lld: GNU ld took 19 s to link one sanitized test program, lld 4 s.
    cmake -S "$here" -B "$check_build" -G Ninja -DCMAKE_C_COMPILER=clang \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g1" \
        -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DBUILD_TESTING=ON -DRELAIS_SANITIZE=ON
    env "${sanitizer_env[@]}" cmake --build "$check_build" --parallel "$jobs"
    # --no-tests=error: a build that registered no test must not look green.
    env "${sanitizer_env[@]}" QT_QPA_PLATFORM=offscreen ctest --test-dir "$check_build" \
        --output-on-failure --no-tests=error --parallel "$jobs" --timeout 1200
}

configure_release() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
}

case "$action" in
    sanitize)
        run_sanitized_tests
        exit 0
        ;;
    test)
        run_sanitized_tests
        # The Debian package built as released, installed, run and removed, in a tree of
        # its own without tests (packaging/check-deb.sh builds only what the package
        # holds). Release at -O2, as the package is stripped: debug information would
        # only cost compile time. Compiled by clang, like the code the tests above ran:
        # GCC took a third longer, which CI's 30 minutes on 2 cores cannot spare. It
        # installs into the system, hence root only. RELAIS_PACKAGE_CHECK=0 skips it.
        if [ "${RELAIS_PACKAGE_CHECK:-1}" = 0 ]; then
            echo "Package check skipped (RELAIS_PACKAGE_CHECK=0)."
        elif [ "$(id -u)" -ne 0 ]; then
            echo "Package check skipped: packaging/check-deb.sh installs the .deb, which needs root."
        else
            package_build="${RELAIS_PACKAGE_BUILD_DIR:-$here/build/package}"
            cmake -S "$here" -B "$package_build" -G Ninja -DCMAKE_C_COMPILER=clang \
                -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release \
                "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DBUILD_TESTING=OFF
            "$here/packaging/check-deb.sh" "$package_build"
        fi
        # The CSV reader under libFuzzer (clang, ASan, UBSan) for half a minute, in a build
        # of its own, over a copy of tests/data/csv: libFuzzer adds the inputs it finds to
        # its corpus folder, which must not be the source tree. RELAIS_FUZZ_SECONDS=0 skips.
        fuzz_seconds="${RELAIS_FUZZ_SECONDS:-30}"
        if [ "$fuzz_seconds" -gt 0 ]; then
            fuzz_build="$build-fuzz"
            CC=clang CXX=clang++ cmake -S "$here" -B "$fuzz_build" -G Ninja \
                -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRELAIS_FUZZ=ON -DBUILD_TESTING=OFF
            cmake --build "$fuzz_build" --parallel "$jobs" --target fuzz_csvreader
            fuzz_corpus="$(mktemp -d)"
            trap 'rm -rf "$fuzz_corpus"' EXIT
            # Inputs are cut at 4 KiB: the 10,000-row file would only repeat its first rows.
            find "$here/tests/data/csv" -name '*.csv' -size -100k -exec cp {} "$fuzz_corpus" \;
            mkdir -p "$fuzz_build/artifacts"
            echo "Fuzzing the CSV reader for ${fuzz_seconds} s (crashes go to $fuzz_build/artifacts)"
            "$fuzz_build/tests/fuzz/fuzz_csvreader" -max_total_time="$fuzz_seconds" \
                -max_len=4096 -timeout=10 -print_final_stats=1 \
                -artifact_prefix="$fuzz_build/artifacts/" "$fuzz_corpus"
        fi
        exit 0
        ;;
esac

configure_release
cmake --build "$build" --parallel "$jobs"

case "$action" in
    build)
        ;;
    run)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: starting Relais inside a virtual one (xvfb-run)." >&2
            exec xvfb-run -a -s "-screen 0 1600x900x24" "$build/app/relais" "$@"
        fi
        exec "$build/app/relais" "$@"
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|sanitize|build" >&2
        exit 2
        ;;
esac
