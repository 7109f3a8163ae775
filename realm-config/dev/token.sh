#!/usr/bin/env bash
# Browserless authorization-code login (PKCE S256) against the local Keycloak; prints the decoded tokens.
#   dev/token.sh USER PASSWORD [BASE_URL]        (BASE_URL default http://localhost:8180)
# Env: CLIENT_SECRET (default portal-dev-secret), REDIRECT_URI (default http://localhost:8080/callback), RAW=1 prints the token response.
set -euo pipefail
user="${1:?user}" pass="${2:?password}" base="${3:-http://localhost:8180}"
realm="$base/realms/taskforce/protocol/openid-connect"
redirect="${REDIRECT_URI:-http://localhost:8080/callback}"
jar="$(mktemp)" html="$(mktemp)"; trap 'rm -f "$jar" "$html"' EXIT

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
verifier="$(head -c 48 /dev/urandom | b64url)"
challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)"
state="$(head -c 12 /dev/urandom | b64url)" nonce="$(head -c 12 /dev/urandom | b64url)"

# 1. the login page; its form action carries the session
page="$(curl -sS -c "$jar" -b "$jar" -G "$realm/auth" --data-urlencode client_id=portal \
  --data-urlencode response_type=code --data-urlencode scope=openid --data-urlencode "redirect_uri=$redirect" \
  --data-urlencode "state=$state" --data-urlencode "nonce=$nonce" \
  --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256)"
action="$(grep -o '<form[^>]*id="kc-form-login"[^>]*' <<<"$page" | grep -o 'action="[^"]*"' | cut -d'"' -f2 | sed 's/&amp;/\&/g')"
[[ -n "$action" ]] || { echo "no login form" >&2; exit 1; }

# 2. post the credentials; a 302 to the redirect URI carries the code (not followed)
location="$(curl -sS -c "$jar" -b "$jar" -o "$html" -w '%{redirect_url}' "$action" \
  --data-urlencode "username=$user" --data-urlencode "password=$pass" --data-urlencode credentialId=)"
code="$(grep -o '[?&]code=[^&]*' <<<"$location" | cut -d= -f2 || true)"
if [[ -z "$code" ]]; then
  echo "login failed; Keycloak says: $(tr '\n' ' ' <"$html" | grep -o 'kc-feedback-text">[^<]*' | sed 's/.*">[[:space:]]*//; s/[[:space:]]*$//' | head -n 1)" >&2
  exit 1
fi

# 3. exchange the code (client secret + PKCE verifier)
tokens="$(curl -sS -f "$realm/token" -u "portal:${CLIENT_SECRET:-portal-dev-secret}" \
  --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$redirect" --data-urlencode "code_verifier=$verifier")"
[[ -n "${RAW:-}" ]] && echo "$tokens"
jwt() { cut -d. -f2 | tr '_-' '/+' | { b=$(cat); printf '%s' "$b"; printf '%*s' $(( (4 - ${#b} % 4) % 4 )) '' | tr ' ' '='; } | base64 -d; }
for t in id_token access_token; do
  echo "== $t"
  sed -n "s/.*\"$t\":\"\([^\"]*\)\".*/\1/p" <<<"$tokens" | jwt | { command -v jq >/dev/null && jq . || cat; }
  echo
done
