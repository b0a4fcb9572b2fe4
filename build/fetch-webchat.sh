#!/usr/bin/env bash
# Fetches Microsoft's Web Chat browser bundle (one prebuilt file, no CDN in it: shared/notes/web-chat.md) from
# the npm registry and checks the package against its pinned integrity. `npm pack` takes the 7 MB package
# alone; `npm install` would pull ~485 MB of dependencies the prebuilt bundle does not need.
set -euo pipefail
dest="$1"
version=4.18.1
integrity="sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg=="

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "botframework-webchat@$version" --silent >/dev/null)
tarball="$work/botframework-webchat-$version.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "botframework-webchat $version does not match its pinned integrity; refusing to serve it" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/dist/webchat-minimal.js package/dist/webchat-minimal.js.LICENSE.txt
mkdir -p "$dest"
cp "$work/package/dist/webchat-minimal.js" "$work/package/dist/webchat-minimal.js.LICENSE.txt" "$dest/"
