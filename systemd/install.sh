#!/bin/bash
# Installs the electronic queue as an appliance on Raspberry Pi OS (bookworm) or any Debian machine:
# Debian packages, the service users, /etc/queue, the systemd units, the udev rules, and enables what this
# box runs. Run it from the app's folder (a clone of the repository, e.g. /opt/queue). Running it again
# changes nothing unless something differs; every step says what it did.
#
#   sudo systemd/install.sh --core --screen kiosk                 the core's Pi, with the kiosk on its screen
#   sudo systemd/install.sh --screen display/hall --core-url http://192.168.10.10:8080
#   sudo systemd/install.sh --uninstall [--purge]                 remove (--purge: also data, config, users)
#
# Options:
#   --core              run the queue-core daemon here
#   --screen PATH       show this page full screen: kiosk, display/hall, display/booth/<n> (once per screen)
#   --core-url URL      where the screens find the core (default http://127.0.0.1:8080)
#   --no-packages       do not apt-get install anything
#   --dry-run           say what would change, change nothing
#   --root DIR          install the files into DIR instead of / (for tests and image building); users,
#                       packages, the build and systemctl are then only reported
#   --uninstall         disable and remove the units and rules; keep data and configuration
#   --purge             with --uninstall: also remove /var/lib/queue, /etc/queue and the users
set -euo pipefail

APP_DIR=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
ROOT=/
CORE=0
SCREENS=()
CORE_URL=http://127.0.0.1:8080
PACKAGES=1
DRY=0
UNINSTALL=0
PURGE=0
CHANGES=0

die() { echo "install: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --core) CORE=1 ;;
    --screen) [ $# -ge 2 ] || die "--screen needs a page: kiosk, display/hall or display/booth/<n>"; SCREENS+=("$2"); shift ;;
    --core-url) [ $# -ge 2 ] || die "--core-url needs an address like http://192.168.10.10:8080"; CORE_URL=$2; shift ;;
    --no-packages) PACKAGES=0 ;;
    --dry-run) DRY=1 ;;
    --root) [ $# -ge 2 ] || die "--root needs a folder"; ROOT=$(readlink -f "$2"); shift ;;
    --uninstall) UNINSTALL=1 ;;
    --purge) PURGE=1 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

for page in "${SCREENS[@]}"; do
  [[ "$page" =~ ^(kiosk|display/hall|display/booth/[0-9]{1,2}|panel)$ ]] || die "--screen $page: expected kiosk, display/hall, display/booth/<n> or panel"
done
[[ "$CORE_URL" =~ ^https?://[A-Za-z0-9.:-]+(/)?$ ]] || die "--core-url $CORE_URL: expected an address like http://192.168.10.10:8080"
CORE_URL=${CORE_URL%/}
[ "$PURGE" = 1 ] && [ "$UNINSTALL" = 0 ] && die "--purge goes with --uninstall"
if [ "$UNINSTALL" = 0 ] && [ "$CORE" = 0 ] && [ ${#SCREENS[@]} -eq 0 ]; then die "say what this box runs: --core and/or --screen PAGE (see --help)"; fi
LIVE=0
[ "$ROOT" = / ] && LIVE=1
if [ "$LIVE" = 1 ] && [ "$DRY" = 0 ] && [ "$(id -u)" != 0 ]; then die "run as root (sudo), or try --dry-run"; fi
# The service may not look into home folders (ProtectHome): the app lives elsewhere, e.g. /opt/queue.
if [ "$LIVE" = 1 ] && [ "$CORE" = 1 ] && [[ "$APP_DIR" == /home/* || "$APP_DIR" == /root* ]]; then
  die "the app is in $APP_DIR, which the service may not read: move it to /opt/queue (sudo mv $APP_DIR /opt/queue) and run /opt/queue/systemd/install.sh"
fi

R() { [ "$ROOT" = / ] && echo "$1" || echo "$ROOT$1"; }
say() { echo "  $*"; }
changed() { CHANGES=$((CHANGES + 1)); if [ "$DRY" = 1 ]; then say "would: $*"; else say "done: $*"; fi; }

# Runs a command that changes the live system; in --dry-run only says it, in --root only reports it.
system() {
  local what=$1; shift
  if [ "$DRY" = 1 ]; then changed "$what"; return 0; fi
  if [ "$LIVE" = 0 ]; then say "skipped outside the live system: $what ($*)"; return 0; fi
  "$@"
  changed "$what"
}

# Installs a file when it is missing or differs. MODE, and OWNER as user:group on the live system.
put() {
  local src=$1 dst=$2 mode=$3 owner=${4:-root:root}
  local target; target=$(R "$dst")
  if [ -f "$target" ] && cmp -s "$src" "$target"; then return 0; fi
  if [ "$DRY" = 1 ]; then changed "write $dst"; return 0; fi
  mkdir -p "$(dirname "$target")"
  install -m "$mode" "$src" "$target"
  [ "$LIVE" = 1 ] && chown "$owner" "$target"
  changed "write $dst"
}

# Installs a file only when it is missing: what the office edits is never overwritten.
put_once() {
  local src=$1 dst=$2 mode=$3 owner=${4:-root:root}
  [ -e "$(R "$dst")" ] && return 0
  put "$src" "$dst" "$mode" "$owner"
}

remove() {
  local dst=$1 target; target=$(R "$dst")
  [ -e "$target" ] || [ -L "$target" ] || return 0
  if [ "$DRY" = 1 ]; then changed "remove $dst"; return 0; fi
  rm -rf "$target"
  changed "remove $dst"
}

directory() {
  local dst=$1 mode=$2 owner=$3 target; target=$(R "$dst")
  if [ -d "$target" ] && [ "$(stat -c %a "$target")" = "${mode#0}" ] && { [ "$LIVE" = 0 ] || [ "$(stat -c %U:%G "$target")" = "$owner" ]; }; then return 0; fi
  if [ "$DRY" = 1 ]; then changed "folder $dst"; return 0; fi
  mkdir -p "$target"
  chmod "$mode" "$target"
  [ "$LIVE" = 1 ] && chown "$owner" "$target"
  changed "folder $dst"
}

has_user() { getent passwd "$1" > /dev/null 2>&1; }

user() {
  local name=$1 groups=$2 home=$3
  if [ "$LIVE" = 1 ] && has_user "$name"; then
    local missing=""
    for g in ${groups//,/ }; do getent group "$g" > /dev/null && ! id -nG "$name" | tr ' ' '\n' | grep -qx "$g" && missing="$missing,$g"; done
    [ -n "$missing" ] && system "add $name to ${missing#,}" usermod -a -G "${missing#,}" "$name"
    return 0
  fi
  local present=""
  for g in ${groups//,/ }; do getent group "$g" > /dev/null && present="$present,$g"; done
  system "create the system user $name" useradd --system --user-group --home-dir "$home" --shell /usr/sbin/nologin ${present:+--groups "${present#,}"} "$name"
}

packages() {
  [ "$PACKAGES" = 1 ] || return 0
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  system "apt-get install ${missing[*]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

unit_name() { echo "queue-screen@$(echo "$1" | tr / -).service"; }

enabled() { [ -L "$(R /etc/systemd/system/"$2"/"$1")" ]; }

enable() {
  local unit=$1 wanted=$2
  if [ "$LIVE" = 1 ] && [ "$DRY" = 0 ]; then
    systemctl is-enabled --quiet "$unit" 2> /dev/null && return 0
    system "enable $unit" systemctl enable "$unit"
  elif ! enabled "$unit" "$wanted"; then
    # Outside the live system (or dry), enabling is the link systemctl would make.
    local template=$unit
    [[ "$unit" == *@*.service ]] && template="${unit%%@*}@.service"
    if [ "$DRY" = 1 ]; then changed "enable $unit"; return 0; fi
    mkdir -p "$(R /etc/systemd/system/"$wanted")"
    ln -sfn "/etc/systemd/system/$template" "$(R /etc/systemd/system/"$wanted"/"$unit")"
    changed "enable $unit"
  fi
}

disable() {
  local unit=$1 wanted=$2
  if [ "$LIVE" = 1 ] && [ "$DRY" = 0 ]; then
    systemctl is-enabled --quiet "$unit" 2> /dev/null || systemctl is-active --quiet "$unit" 2> /dev/null || return 0
    system "stop and disable $unit" systemctl disable --now "$unit"
  else
    remove "/etc/systemd/system/$wanted/$unit"
  fi
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ "$UNINSTALL" = 1 ]; then
  echo "Removing the electronic queue from ${ROOT}"
  disable queue-core.service multi-user.target.wants
  for link in "$(R /etc/systemd/system/graphical.target.wants)"/queue-screen@*.service; do
    [ -e "$link" ] || [ -L "$link" ] || continue
    disable "$(basename "$link")" graphical.target.wants
  done
  if [ "$LIVE" = 1 ] && [ "$DRY" = 0 ]; then
    for unit in $(systemctl list-units --all --plain --no-legend 'queue-screen@*' 2> /dev/null | awk '{print $1}'); do disable "$unit" graphical.target.wants; done
  fi
  before=$CHANGES
  remove /etc/systemd/system/queue-core.service
  remove /etc/systemd/system/queue-screen@.service
  remove /etc/pam.d/queue-screen
  remove /etc/udev/rules.d/99-queue-devices.rules
  if [ "$CHANGES" != "$before" ]; then
    system "reload systemd" systemctl daemon-reload
    system "reload udev rules" udevadm control --reload-rules
  fi
  if [ "$PURGE" = 1 ]; then
    remove /var/lib/queue
    remove /var/lib/queue-screen
    remove /etc/queue
    if [ "$LIVE" = 1 ]; then
      has_user queue && system "remove the user queue" userdel queue
      has_user queue-screen && system "remove the user queue-screen" userdel queue-screen
    fi
  else
    say "kept: /var/lib/queue (database and backups) and /etc/queue (configuration); --purge removes them"
  fi
  echo "${CHANGES} change(s)$([ "$DRY" = 1 ] && echo ' (dry run: nothing was changed)')"
  exit 0
fi

echo "Installing the electronic queue from ${APP_DIR} into ${ROOT}$([ "$CORE" = 1 ] && echo ' — core')${SCREENS[*]:+ — screens: ${SCREENS[*]}}"

# 1. Debian packages.
if [ "$CORE" = 1 ]; then
  packages festival festvox-ru espeak-ng alsa-utils sox libusb-1.0-0 python3 make g++ sqlite3 tzdata
  if [ "$LIVE" = 1 ]; then
    major=$(node -p 'process.versions.node.split(".")[0]' 2> /dev/null || echo 0)
    [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed (found: $(node --version 2> /dev/null || echo none)); install it first, see docs/deploy.md"
  fi
fi
[ ${#SCREENS[@]} -gt 0 ] && packages chromium cage fonts-dejavu-core dbus-user-session

# 2. Users: the daemon's, and the screens' (which owns the display, touch input and sound).
[ "$CORE" = 1 ] && user queue audio,dialout,plugdev /var/lib/queue
[ ${#SCREENS[@]} -gt 0 ] && user queue-screen video,render,input,audio /var/lib/queue-screen

# 3. Configuration, never overwritten once there.
if [ "$CORE" = 1 ]; then directory /etc/queue 0770 root:queue; else directory /etc/queue 0755 root:root; fi
if [ "$CORE" = 1 ]; then
  put_once "$APP_DIR/systemd/queue.env" /etc/queue/queue.env 0640 root:queue
fi
if [ ${#SCREENS[@]} -gt 0 ]; then
  sed "s|^QUEUE_URL=.*|QUEUE_URL=${CORE_URL}|" "$APP_DIR/systemd/screen.env" > "$TMP/screen.env"
  put_once "$TMP/screen.env" /etc/queue/screen.env 0644
fi

# 4. Units, PAM and udev rules, with this app's folder written in.
units_before=$CHANGES
if [ "$CORE" = 1 ]; then
  sed "s|/opt/queue|${APP_DIR}|g" "$APP_DIR/systemd/queue-core.service" > "$TMP/queue-core.service"
  put "$TMP/queue-core.service" /etc/systemd/system/queue-core.service 0644
  rules_before=$CHANGES
  put "$APP_DIR/systemd/99-queue-devices.rules" /etc/udev/rules.d/99-queue-devices.rules 0644
  if [ "$CHANGES" != "$rules_before" ]; then
    system "reload udev rules" udevadm control --reload-rules
    system "apply udev rules to plugged devices" udevadm trigger --subsystem-match=hidraw --subsystem-match=usb --subsystem-match=tty
  fi
fi
if [ ${#SCREENS[@]} -gt 0 ]; then
  sed "s|/opt/queue|${APP_DIR}|g" "$APP_DIR/systemd/queue-screen@.service" > "$TMP/queue-screen@.service"
  put "$TMP/queue-screen@.service" /etc/systemd/system/queue-screen@.service 0644
  put "$APP_DIR/systemd/queue-screen.pam" /etc/pam.d/queue-screen 0644
fi
[ "$CHANGES" != "$units_before" ] && system "reload systemd" systemctl daemon-reload

# 5. The app, built once (and again after an upgrade changed its sources).
if [ "$CORE" = 1 ]; then
  main="$APP_DIR/queue-core/dist/main.js"
  if [ ! -f "$main" ] || [ -n "$(find "$APP_DIR/queue-core/src" "$APP_DIR/hardware/src" "$APP_DIR/kiosk/src" "$APP_DIR/display/src" "$APP_DIR/caller-panel/src" "$APP_DIR/package-lock.json" -newer "$main" -print -quit 2> /dev/null)" ]; then
    system "build the app (npm ci, npm run build)" sh -c "cd '$APP_DIR' && npm ci --no-audit --no-fund && npm run build"
  fi
fi

# 5b. The office's first configuration, once: the example with a new PIN for every staff member and its own
# tokens (the example's PINs are in the README, its tokens are placeholders the daemon refuses). The PINs
# are printed once here; what the office edits afterwards is never overwritten.
if [ "$CORE" = 1 ] && [ ! -e "$(R /etc/queue/office.json)" ]; then
  if [ "$DRY" = 1 ]; then
    changed "write /etc/queue/office.json (from docs/example-config.json, with new PINs and tokens)"
  else
    node "$APP_DIR/queue-core/dist/first-config.js" "$APP_DIR/docs/example-config.json" "$(R /etc/queue/office.json)" || die "could not make /etc/queue/office.json"
    [ "$LIVE" = 1 ] && chown root:queue /etc/queue/office.json
    changed "write /etc/queue/office.json (from docs/example-config.json, with new PINs and tokens)"
  fi
fi

# 6. Enable and start what this box runs.
if [ "$CORE" = 1 ]; then
  enable queue-core.service multi-user.target.wants
  if [ "$LIVE" = 1 ] && [ "$DRY" = 0 ] && ! systemctl is-active --quiet queue-core.service; then system "start queue-core" systemctl start queue-core.service; fi
fi
for page in "${SCREENS[@]}"; do
  unit=$(unit_name "$page")
  enable "$unit" graphical.target.wants
done
if [ ${#SCREENS[@]} -gt 0 ] && [ "$LIVE" = 1 ] && [ "$DRY" = 0 ] && [ "$(systemctl get-default)" != graphical.target ]; then
  system "boot into the graphical target" systemctl set-default graphical.target
fi

echo "${CHANGES} change(s)$([ "$DRY" = 1 ] && echo ' (dry run: nothing was changed)')"
if [ "$CORE" = 1 ]; then
  echo "The queue answers on port 8080 of this box: /kiosk/ · /display/hall · /display/booth/<n> · /panel/ — logs: journalctl -u queue-core"
fi
[ ${#SCREENS[@]} -gt 0 ] && echo "Screens start at the next boot (or: systemctl start $(for p in "${SCREENS[@]}"; do printf '%s ' "$(unit_name "$p")"; done))"
exit 0
