#!/bin/sh
# Remove the npdrights program and its menu entry. Your cases are NOT removed: they stay in
# ~/.local/share/npdrights (delete that folder yourself only if you are sure, after making a backup).
set -eu
share="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id=org.npdrights.npdrights
rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
find "$share/icons/hicolor" -path '*/apps/npdrights.*' -exec rm -f {} + 2>/dev/null || true
rm -rf "$HOME/.local/opt/npdrights"
echo "npdrights has been removed. Your cases are still in $share/npdrights."
