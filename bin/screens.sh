#!/usr/bin/env bash
# Refreshes the visual review (docs/screens/): every page of the portal at desktop (1366 x 900) and phone (390 x 844)
# size, as the demo people see them. Starts the test stack the way `./mvnw verify` does (PostgreSQL checked, Keycloak
# and Payara Micro started on the test ports, demo data), runs the layout test with `portal.screens` set, which saves
# one screenshot per page and size, then writes docs/screens/README.md to show them side by side.
#
#   bin/screens.sh            about 4 minutes on 2 cores
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SCREENS="$ROOT/docs/screens"
mkdir -p "$SCREENS"
rm -f "$SCREENS"/*.png

./mvnw -B -q -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LayoutIT \
    -Dportal.screens="$SCREENS" "$@"

{
  echo "# Visual review"
  echo
  echo "Every page at desktop (1366 × 900) and phone (390 × 844) size, as the first demo person who may open it sees"
  echo "it, with the demo data. Refreshed by \`bin/screens.sh\` (the layout test, \`LayoutIT\`, takes them); compare"
  echo "them in a review to see what a change did to the screens. Generated on $(date -u +%Y-%m-%d)."
  echo
  echo "| page | desktop | phone |"
  echo "|---|---|---|"
  for desktop in "$SCREENS"/desktop-*.png; do
    page=$(basename "$desktop" .png); page=${page#desktop-}
    phone="phone-$page.png"
    cell="—"; [ -f "$SCREENS/$phone" ] && cell="<img src=\"$phone\" width=\"195\" alt=\"$page, phone\">"
    echo "| \`$page\` | <img src=\"desktop-$page.png\" width=\"480\" alt=\"$page, desktop\"> | $cell |"
  done
} > "$SCREENS/README.md"
echo "Wrote $(ls "$SCREENS"/*.png | wc -l) screenshots and $SCREENS/README.md"
