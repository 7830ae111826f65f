#!/usr/bin/env bash
# Builds Unrolled's installers with jpackage: the app image, then on Linux the .deb (and the .rpm when
# rpmbuild is present), on Windows the .msi, on macOS the .dmg, all in target/installer/.
#
#   jpackage/build.sh                 # everything this OS can make; .deb packed with xz (release)
#   jpackage/build.sh --fast          # .deb packed with zstd: seconds instead of minutes (CI)
#   jpackage/build.sh --type deb      # one type only: app-image, deb, rpm, msi, dmg
#   jpackage/build.sh --skip-maven    # reuse target/unrolled.jar and target/lib
#
# Needs a JDK 17+ (jlink, jpackage); on Linux fakeroot for the .deb, rpmbuild for the .rpm; on Windows
# the WiX 3 tools. jpackage/README.md says what goes into the image and why.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

types=()
fast=0
maven=1
while [ $# -gt 0 ]; do
    case "$1" in
        --type) types+=("$2"); shift 2 ;;
        --fast) fast=1; shift ;;
        --skip-maven) maven=0; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

case "$(uname -s)" in
    Linux) os=linux; natives_glob='*.so*'; classifier=linux-x86_64 ;;
    Darwin) os=mac; natives_glob='*.dylib'
            classifier=$([ "$(uname -m)" = arm64 ] && echo macosx-arm64 || echo macosx-x86_64) ;;
    MINGW*|MSYS*|CYGWIN*) os=windows; natives_glob='*.dll'; classifier=windows-x86_64 ;;
    *) echo "build.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
if [ ${#types[@]} -eq 0 ]; then
    case "$os" in
        linux) types=(deb); command -v rpmbuild >/dev/null 2>&1 && types+=(rpm) ;;
        windows) types=(msi) ;;
        mac) types=(dmg) ;;
    esac
fi

mvn=./mvnw; [ "$os" = windows ] && mvn=./mvnw.cmd
if [ "$maven" = 1 ]; then
    # clean: copy-dependencies leaves stale jars in target/lib otherwise
    "$mvn" -B -ntp -q -DskipTests clean package
fi
pom_version=$(sed -n 's/^version=//p' target/classes/io/unrolled/version.properties | tr -d '\r')
# jpackage takes numbers only (and the .msi at most three): 0.1.0-SNAPSHOT -> 0.1.0
version=$(printf '%s' "$pom_version" | sed 's/[^0-9.].*$//')

work=target/jpackage
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/input/lib" "$work/input/natives" "$out"

# The class path: our jar and every library except JavaFX's empty placeholder jars and the native
# jars of ND4J, OpenBLAS and JavaCPP, whose libraries ship unpacked (below) instead.
cp target/unrolled.jar "$work/input/"
for jar in target/lib/*.jar; do
    name=$(basename "$jar")
    case "$name" in
        *-"$classifier".jar)
            # jar, not unzip: every JDK has it, Git Bash on Windows not always unzip
            rm -rf "$work/unpack" && mkdir -p "$work/unpack"
            (cd "$work/unpack" && jar xf "$root/$jar")
            find "$work/unpack" -type f -name "$natives_glob" -not -path '*/include/*' -exec cp {} "$work/input/natives/" \; ;;
        javafx-*-[0-9]*[0-9].jar) ;;
        *) cp "$jar" "$work/input/lib/" ;;
    esac
done
# JavaFX's own natives, unpacked by the pom beside its jars, where JavaFX looks first
find target/lib -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec cp {} "$work/input/lib/" \;
rm -rf "$work/unpack"
cp "$here/legal/"* "$work/input/"

# Only the JDK modules the class path uses (jdeps), plus java.logging, which ND4J reaches by reflection.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.sql,jdk.jfr,jdk.management,jdk.unsupported,jdk.unsupported.desktop
# bin/java stays: the .deb's postinst uses it to write the class-data archive (below)
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
      --output "$work/runtime"

icon="$here/icons/unrolled.png"
[ "$os" = windows ] && icon="$here/icons/unrolled.ico"
[ "$os" = mac ] && icon="$here/icons/unrolled.icns"

# The launcher's JVM options: what io.unrolled.launch.Relaunch adds for a plain `java` (heap cap, the
# window's GC pause goal), and where the unpacked natives are. $APPDIR is jpackage's, not the shell's.
common=(--name unrolled --app-version "$version" --vendor "The Unrolled authors"
        --description "Watch a recurrent language model learn (fastbook chapter 12)"
        --copyright "The Unrolled authors")
jpackage --type app-image "${common[@]}" \
    --input "$work/input" --main-jar unrolled.jar --main-class io.unrolled.Main \
    --runtime-image "$work/runtime" --icon "$icon" --dest "$work/image" \
    --java-options '-Xmx384m' \
    --java-options '-XX:MaxGCPauseMillis=5' \
    --java-options '-Djava.library.path=$APPDIR/natives' \
    --java-options '-Dorg.bytedeco.javacpp.pathsFirst=true' \
    --java-options '-Dorg.nd4j.log.initialization=false' \
    --java-options '-XX:SharedArchiveFile=$APPDIR/unrolled.jsa' \
    --java-options '-Xshare:auto'

case "$os" in
    linux) image="$work/image/unrolled"; appdir="$image/lib/app" ;;
    mac) image="$work/image/unrolled.app"; appdir="$image/Contents/app" ;;
    windows) image="$work/image/unrolled"; appdir="$image/app" ;;
esac
# ND4J's JNI library asks for OpenBLAS under its "nolapack" name, which JavaCPP makes as a copy when it
# unpacks; here it is a link to the one library.
(cd "$appdir/natives"
 for lib in libopenblas.so.0 libopenblas.0.dylib; do
     [ -f "$lib" ] && ln -sf "$lib" "$(echo "$lib" | sed 's/openblas/openblas_nolapack/')"
 done
 [ -f libopenblas.dll ] && cp libopenblas.dll libopenblas_nolapack.dll
 true)
if [ "$os" = linux ]; then
    cp "$here/linux/start-unrolled" "$image/bin/"
    cp "$here/linux/unrolled.desktop" "$here/linux/unrolled-mime.xml" "$here/icons/unrolled.png" "$image/lib/"
    # The classes a start of the window loads, by name. The class-data archive made from them must
    # match the installed jars' paths, so the .deb's postinst writes it (unrolled.jsa) in /opt;
    # without a display here there is no list, and the app simply starts without an archive.
    runner=()
    if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
        runner=(xvfb-run -a -s "-screen 0 1366x768x24")
    fi
    if [ -n "${DISPLAY:-}" ] || [ ${#runner[@]} -gt 0 ]; then
        classpath=$(sed -n 's/^app.classpath=//p' "$appdir/unrolled.cfg" | sed "s|\$APPDIR|$PWD/$appdir|" | paste -sd: -)
        scratch=$(mktemp -d)
        HOME="$scratch" UNROLLED_NO_RELAUNCH=1 OMP_NUM_THREADS=1 "${runner[@]}" "$image/lib/runtime/bin/java" \
            -XX:DumpLoadedClassList="$appdir/unrolled.classlist" -Xmx384m -Djava.library.path="$appdir/natives" \
            -Dorg.bytedeco.javacpp.pathsFirst=true -cp "$classpath" io.unrolled.Main --exit-after 3 >/dev/null 2>&1 \
            || echo "build.sh: could not list the window's classes; the app will start without a class-data archive" >&2
        rm -rf "$scratch"
    else
        echo "build.sh: no display and no xvfb-run: the app will start without a class-data archive" >&2
    fi
fi
echo "app image: $image ($(du -sh "$image" | cut -f1))"

for type in "${types[@]}"; do
    [ "$type" = app-image ] && continue
    extra=()
    case "$type" in
        deb|rpm)
            extra=(--resource-dir "$here/linux" --linux-package-name unrolled --linux-app-category science
                   --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1" --linux-rpm-license-type "Apache-2.0"
                   --file-associations "$here/linux/npz.properties" --license-file "$here/legal/LICENSE.txt") ;;
        msi)
            extra=(--win-menu --win-menu-group Unrolled --win-shortcut --win-dir-chooser
                   --win-upgrade-uuid 6f1d7a3e-2b7c-4c41-9a55-5d0c3e8b1a27
                   --file-associations "$here/windows/npz.properties" --license-file "$here/legal/LICENSE.txt") ;;
        dmg)
            extra=(--mac-package-identifier io.unrolled --file-associations "$here/mac/npz.properties"
                   --license-file "$here/legal/LICENSE.txt") ;;
    esac
    if [ "$type" = deb ]; then
        # zstd packs the 330 MB native library in seconds; xz (dpkg's default) in minutes, a little smaller
        if [ "$fast" = 1 ]; then export DPKG_DEB_COMPRESSOR_TYPE=zstd; else export DPKG_DEB_COMPRESSOR_TYPE=xz; fi
    fi
    if [ "$type" = rpm ]; then
        # rpmbuild reads its payload compression from ~/.rpmmacros only: a scratch home for this one run
        rpmhome=$(mktemp -d)
        if [ "$fast" = 1 ]; then echo '%_binary_payload w3.zstdio' > "$rpmhome/.rpmmacros"; else echo '%_binary_payload w6.xzdio' > "$rpmhome/.rpmmacros"; fi
        HOME="$rpmhome" jpackage --type "$type" "${common[@]}" --app-image "$image" --dest "$work/$type" "${extra[@]}"
        rm -rf "$rpmhome"
    else
        jpackage --type "$type" "${common[@]}" --app-image "$image" --dest "$work/$type" "${extra[@]}"
    fi
    for f in "$work/$type"/*; do
        case "$type" in
            deb) cp "$f" "$out/unrolled_${version}_amd64.deb" ;;
            rpm) cp "$f" "$out/unrolled-${version}.x86_64.rpm" ;;
            *) cp "$f" "$out/" ;;
        esac
    done
done
mv "$image" "$out/"
ls -la "$out"
