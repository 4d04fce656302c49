#!/usr/bin/env bash
# Draws the Teams app icons with ImageMagick (apt-get install imagemagick) into this folder:
#   color.png   192x192, the COB mark (white cross on teal) about 96 px wide, centred on a navy square;
#   outline.png 32x32, the same cross in pure white on full transparency, no padding.
# The PNGs are committed; run this only to change them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
/usr/bin/convert -size 192x192 xc:'#0f3d6e' \
    -fill '#0e8a8a' -draw 'roundrectangle 48,48 143,143 18,18' \
    -fill white -draw 'rectangle 88,60 103,131' -draw 'rectangle 60,88 131,103' \
    -strip PNG32:color.png
/usr/bin/convert -size 32x32 xc:'rgba(255,255,255,0)' \
    -fill white -draw 'rectangle 12,0 19,31' -draw 'rectangle 0,12 31,19' \
    -background 'rgba(255,255,255,0)' -alpha background -strip PNG32:outline.png
