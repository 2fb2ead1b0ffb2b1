#!/usr/bin/env bash
# Starts a packaged Quarkus app (its quarkus-app directory) with a class-data archive of its own
# (dynamic AppCDS, JDK 13+): the first start records the classes it loads and the JVM writes the
# archive when the process stops normally; later starts map them instead of loading, parsing and
# verifying them again (the backend: ≈ 1 s less to its first answer, ≈ 50 MB less RSS; see
# docs/performance.md, eleventh pass). A new build, or another java, trains a new archive. The JVM
# checks an archive before using it and runs without one it cannot use, so a stale or broken
# archive costs the saving, never the start.
#
# usage: launch.sh APP_DIR [java options...]     (exec's java: signals and exit code are the app's)
# env:   THIDUA_CDS_DIR  where archives live (default APP_DIR; must be writable), THIDUA_CDS=off to
#        start without one (e.g. for a profile of class loading).
set -euo pipefail
app="$(cd "${1:?usage: launch.sh APP_DIR [java options...]}" && pwd)"
shift
jar="$app/quarkus-run.jar"
[[ -f "$jar" ]] || { echo "launch.sh: no $jar (package the app first)" >&2; exit 2; }
[[ "${THIDUA_CDS:-on}" == off ]] && exec java "$@" -jar "$jar"

java_bin="$(readlink -f "$(command -v java)")"
# One archive per app directory and java binary (its path and modification time): a JDK update trains
# a new one, and apps sharing THIDUA_CDS_DIR keep theirs apart.
app_key="$(printf '%s' "$app" | cksum | cut -d' ' -f1)"
jvm_key="$(printf '%s %s' "$java_bin" "$(stat -c %Y "$java_bin")" | cksum | cut -d' ' -f1)"
dir="${THIDUA_CDS_DIR:-$app}"
archive="$dir/thidua-cds-$app_key-$jvm_key.jsa"
training="$archive.training"

# A training run's archive is adopted once the JVM accepts it, its checksums included (a run killed
# while it was being written leaves a file the JVM refuses); one older than the build is retrained.
if [[ -f "$training" ]]; then
  if java -Xshare:on -XX:+VerifySharedSpaces -XX:SharedArchiveFile="$training" -XX:ErrorFile=/dev/null \
       -XX:-CreateCoredumpOnCrash -cp "$jar" -version >/dev/null 2>&1; then
    mv -f "$training" "$archive"
  else
    rm -f "$training"
  fi
fi
build=("$jar"); for d in lib app quarkus; do [[ -d "$app/$d" ]] && build+=("$app/$d"); done
if [[ -f "$archive" ]] && [[ -n "$(find "${build[@]}" -newer "$archive" -type f -print -quit)" ]]; then
  rm -f "$archive"
fi

if [[ -f "$archive" ]]; then
  exec java -XX:SharedArchiveFile="$archive" -Xshare:auto "$@" -jar "$jar"
fi
if mkdir -p "$dir" 2>/dev/null && [[ -w "$dir" ]]; then
  rm -f "$dir/thidua-cds-$app_key-"*.jsa   # this app's archives for an earlier java
  echo "launch.sh: no class-data archive for this build yet; this run records one ($archive, written when it stops)" >&2
  exec java -XX:ArchiveClassesAtExit="$training" "$@" -jar "$jar"
fi
echo "launch.sh: $dir is not writable; starting without a class-data archive" >&2
exec java "$@" -jar "$jar"
