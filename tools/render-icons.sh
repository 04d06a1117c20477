#!/usr/bin/env bash
# Renders the application icon's PNG sizes, and the action and state icons (icons/actions/*.svg, drawn on a 16 px grid,
# at 16 and 32 px for high-density screens), from their SVG drawings with rsvg-convert (librsvg2-bin, in the build root)
# into resources/icons/hicolor/, laid out as they are installed. The PNGs are committed: run this after changing a
# drawing, from the checkout:
#   tools/with-toolchain tools/render-icons.sh
# 16 px comes from regiekamer-16.svg, drawn on that grid so its lines land on whole pixels; every other size from
# regiekamer.svg (a 64 px grid in multiples of 4).
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/icons
name=nl.regiekamer.Regiekamer
for size in 16 32 48 64 128 256 512; do
    drawing=$icons/regiekamer.svg
    [ "$size" = 16 ] && drawing=$icons/regiekamer-16.svg
    out=$icons/hicolor/${size}x${size}/apps/$name.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$drawing"
    echo "$out ($(stat -c %s "$out") bytes)"
done
for drawing in $icons/actions/*.svg; do
    name=$(basename "$drawing" .svg)
    for size in 16 32; do
        out=$icons/actions/png/$name-$size.png
        mkdir -p "$(dirname "$out")"
        rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$drawing"
    done
done
echo "action icons: $(ls $icons/actions/png | wc -l) PNGs"
