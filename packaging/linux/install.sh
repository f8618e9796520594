#!/bin/sh
# Install npdrights for you alone, with no administrator password: in this folder, run  ./install.sh
# It copies the program to ~/.local/opt/npdrights and adds it to your applications menu.
# Your cases are not here: they stay in ~/.local/share/npdrights, and installing or removing never touches them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/opt/npdrights"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id=org.npdrights.npdrights

if [ "$here" != "$target" ]; then
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi

mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp -R "$target/share/icons/." "$share/icons/"
cp "$target/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
sed "s|^Exec=npdrights\$|Exec=\"$target/npdrights\"|" "$target/share/applications/$app_id.desktop" \
    > "$share/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "npdrights is installed. Find it in your applications menu, or start it with:"
echo "    \"$target/npdrights\""
echo "To check it works on this computer:  \"$target/npdrights\" --self-test"
