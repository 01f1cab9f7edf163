#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked, throw-away
# GNOME keyring (its files under a temporary HOME), so KeychainTokenStore is
# tested against a real Secret Service. Usage: run-with-keyring.sh TEST [ARGS]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' run-with-keyring "$@"
