#!/usr/bin/env bash
# Builds the .deb (zstd), installs it with apt-get, runs the *installed* app (window under Xvfb and a
# command), checks what the first start wrote to a fresh home, then uninstalls and checks that every
# file the package installed is gone. Called by .ci/run after the test suite; run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
started=$(date +%s)
step() { echo "== jpackage/ci-check: $* ($(( $(date +%s) - started )) s)"; }

# What building, validating and running the package needs; the package's own Depends come with it.
need=()
for p in fakeroot xvfb xauth desktop-file-utils shared-mime-info xdg-utils zstd binutils; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    step "installing ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

step "checking the desktop entry and the MIME type"
desktop-file-validate jpackage/linux/unrolled.desktop
grep -qx 'MimeType=application/x-unrolled-model;' jpackage/linux/unrolled.desktop
grep -q '<glob pattern="\*.npz"/>' jpackage/linux/unrolled-mime.xml
grep -q 'type="application/x-unrolled-model"' jpackage/linux/unrolled-mime.xml
grep -qx 'mime-type=application/x-unrolled-model' jpackage/linux/npz.properties

step "building the .deb (zstd)"
build_started=$(date +%s)
jpackage/build.sh --fast --type deb --skip-maven
version=$(sed -n 's/^version=//p' target/classes/io/unrolled/version.properties | sed 's/[^0-9.].*$//')
deb="target/installer/unrolled_${version}_amd64.deb"
size=$(stat -c %s "$deb")
echo "package: $deb, $((size / 1000000)) MB, built in $(( $(date +%s) - build_started )) s"
[ "$size" -le 150000000 ] || { echo "the .deb is over 150 MB" >&2; exit 1; }

if dpkg -s unrolled >/dev/null 2>&1; then
    $sudo apt-get remove -y -qq unrolled >/dev/null
fi
step "installing it with apt-get"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
dpkg -L unrolled > target/installer/installed-files.txt
extra=(/usr/bin/unrolled /usr/share/applications/unrolled.desktop /usr/share/mime/packages/unrolled.xml
       /usr/share/icons/hicolor/256x256/apps/unrolled.png)
for f in "${extra[@]}"; do [ -e "$f" ] || { echo "postinst did not install $f" >&2; exit 1; }; done
command -v unrolled >/dev/null
# the class-data archive postinst writes from the class list the build recorded under Xvfb
[ -s /opt/unrolled/lib/app/unrolled.classlist ] && [ -s /opt/unrolled/lib/app/unrolled.jsa ] \
    || { echo "no class-data archive in /opt/unrolled/lib/app" >&2; exit 1; }
desktop-file-validate /usr/share/applications/unrolled.desktop
grep -q 'application/x-unrolled-model' /usr/share/mime/globs2
grep -q '^application/x-unrolled-model=.*unrolled.desktop' /usr/share/applications/mimeinfo.cache
[ "$(xdg-mime query default application/x-unrolled-model)" = unrolled.desktop ]

# A fresh home, as on a student's laptop: what the first start leaves there is what we measure.
home=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$home" "$work"' EXIT
export HOME="$home"
unset XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME
before=$(du -sk "$home" | cut -f1)

step "reproduce --model lm4 --epochs 1 with the installed command"
unrolled reproduce --model lm4 --epochs 1 --save "$work/lm4.npz" | tee "$work/reproduce.txt"
grep -q '^final accuracy' "$work/reproduce.txt"
[ -s "$work/lm4.npz" ]

step "the installed window under Xvfb, opening the saved model as a double-click would"
xvfb-run -a -s "-screen 0 1366x768x24" unrolled "$work/lm4.npz" --frame-stats \
    --screenshot "$work/window.png" --screenshot-after 6 | tee "$work/window.txt"
java jpackage/ci/CheckScreenshot.java "$work/window.png"
cp "$work/window.png" target/installer/installed-window.png

after=$(du -sk "$home" | cut -f1)
grown=$(( (after - before) / 1024 ))
echo "the first starts wrote $grown MB to the home folder:"; (cd "$home" && du -sh .[!.]* * 2>/dev/null || true)
[ "$grown" -le 50 ] || { echo "the home folder grew by $grown MB (limit 50)" >&2; exit 1; }

step "uninstalling"
$sudo apt-get purge -y -qq unrolled >/dev/null
left=0
while read -r f; do
    if [ -e "$f" ] && [ ! -d "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done < target/installer/installed-files.txt
for f in "${extra[@]}" /opt/unrolled; do
    if [ -e "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done
! grep -q 'application/x-unrolled-model' /usr/share/mime/globs2 || { echo "the MIME type is still registered" >&2; left=1; }
[ "$left" = 0 ]
step "done: installed, ran, and removed cleanly"
