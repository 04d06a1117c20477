#!/usr/bin/env bash
# Fails when lupdate would change a .ts file (translations fell behind the code) or when a Dutch
# translation is missing. Usage: check-translations.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
export PATH="$PATH:/usr/lib/qt6/bin:/usr/lib/qt6/libexec"
source_dir=$1
build_dir=$2
project=$(ls "$build_dir"/.lupdate/*_project.cmake | head -n 1)
json=$(mktemp --suffix=.json)
scratch=$(mktemp -d)
trap 'rm -rf "$json" "$scratch"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$json" -P "$(dirname "$(find /usr/lib -name GenerateLUpdateProject.cmake | head -n 1)")/GenerateLUpdateProject.cmake"
cp "$source_dir"/translations/*.ts "$scratch/"
(cd "$build_dir" && lupdate -project "$json" -no-obsolete -locations none -silent -ts "$scratch"/*.ts)
status=0
for ts in "$source_dir"/translations/*.ts; do
    if ! diff -u "$ts" "$scratch/$(basename "$ts")"; then
        echo "FAIL: lupdate would change $(basename "$ts"): run 'cmake --build build --target update_translations' and translate" >&2
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' "$source_dir/translations/regiekamer_nl.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "FAIL: regiekamer_nl.ts has $unfinished strings without a Dutch translation:" >&2
    grep -B3 'type="unfinished"' "$source_dir/translations/regiekamer_nl.ts" | grep '<source>' >&2
    status=1
fi
[ $status = 0 ] && echo "translations: up to date, every string has its Dutch translation"
exit $status
