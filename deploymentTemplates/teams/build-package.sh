#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png in a zip) with the bot's app id filled in.
#
#   deploymentTemplates/teams/build-package.sh [--app-id GUID] [--version X.Y.Z] [--website https://…] [--out DIR]
#
# --app-id defaults to $MicrosoftAppId (the bot's setting), --version to 1.0.0 (bump it for every upload to
# Teams), --website to https://www.cobcompany.com, --out to ./out/teams. Writes DIR/package/ (the unzipped
# package, e.g. for validation) and DIR/cobbot-teams-VERSION.zip.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${MicrosoftAppId:-}" version="1.0.0" website="https://www.cobcompany.com" out="out/teams"
while [ $# -gt 0 ]; do
    case "$1" in
        --app-id) app_id="$2"; shift 2 ;;
        --version) version="$2"; shift 2 ;;
        --website) website="${2%/}"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
    echo "The bot's app id (--app-id or MicrosoftAppId) must be a GUID; got '$app_id'." >&2; exit 2
fi
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then echo "--version must be X.Y.Z; got '$version'." >&2; exit 2; fi
if ! [[ "$website" =~ ^https:// ]]; then echo "--website must be an https URL; got '$website'." >&2; exit 2; fi

package="$out/package"
rm -rf "$package"; mkdir -p "$package"
sed -e "s|{{MICROSOFT_APP_ID}}|$app_id|g" -e "s|{{VERSION}}|$version|g" -e "s|{{WEBSITE_URL}}|$website|g" \
    "$here/manifest.template.json" > "$package/manifest.json"
cp "$here/color.png" "$here/outline.png" "$package/"
zip_file="$(cd "$out" && pwd)/cobbot-teams-$version.zip"
rm -f "$zip_file"
if command -v zip >/dev/null 2>&1; then
    (cd "$package" && zip -q -X "$zip_file" manifest.json color.png outline.png)
else
    (cd "$package" && python3 -m zipfile -c "$zip_file" manifest.json color.png outline.png)
fi
echo "$zip_file"
