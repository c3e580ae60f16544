#!/usr/bin/env bash
# Development only: simulates SendGrid's signed Event Webhook against the local app (npm start), so that a bounced
# invitation can be seen on the roll without SendGrid. It signs with a key pair of its own, kept in ./.dev-webhook
# (git-ignored); the app accepts it only when started with that key's public half, which no deployed app has.
#
#   scripts/dev-bounce.sh key
#       creates the key pair once and prints the setting to export before `npm start`:
#       SendGrid__EventWebhook__PublicKey=…
#   scripts/dev-bounce.sh bounce CONFERENCE_ID INVITEE_ID [bounce|blocked|dropped]
#       posts one signed event for the invitee's invitation to http://127.0.0.1:7071/api/sendgrid/events
#       (the ids are on the conference page's roll, /api/conferences/{id}/roll, or in the e-mail's custom arguments
#       in the development mailbox).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# HDND_DEV_WEBHOOK_DIR and HDND_APP_URL change where the key is kept and which local app is called (the tests use them).
readonly dir="${HDND_DEV_WEBHOOK_DIR:-$root/.dev-webhook}" url="${HDND_APP_URL:-http://127.0.0.1:7071}/api/sendgrid/events"
readonly key="$dir/key.pem"

public_key() { openssl pkey -in "$key" -pubout -outform DER | base64 -w0; }

case "${1:-}" in
  key)
    mkdir -p "$dir"
    [[ -f "$key" ]] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$key" 2>/dev/null
    echo "export SendGrid__EventWebhook__PublicKey=$(public_key)"
    ;;
  bounce)
    conference="${2:?conference id}" invitee="${3:?invitee id}" kind="${4:-bounce}"
    [[ -f "$key" ]] || { echo "No key yet: run '$0 key' and restart the app with the printed setting." >&2; exit 1; }
    case "$kind" in
      bounce) event=bounce type=bounce reason="550 5.1.1 The email account that you tried to reach does not exist" ;;
      blocked) event=bounce type=blocked reason="550 5.7.1 Message rejected by the receiving server's policy" ;;
      dropped) event=dropped type="" reason="Bounced Address" ;;
      *) echo "Kind must be bounce, blocked or dropped." >&2; exit 2 ;;
    esac
    now="$(date +%s)"
    body="[{\"email\":\"dev@example.invalid\",\"timestamp\":$now,\"event\":\"$event\",\"type\":\"$type\",\"reason\":\"$reason\",\"sg_event_id\":\"dev-$(openssl rand -hex 12)\",\"conference_id\":\"$conference\",\"invitation_id\":\"$invitee\"}]"
    signature="$(printf '%s%s' "$now" "$body" | openssl dgst -sha256 -sign "$key" | base64 -w0)"
    curl --fail-with-body -sS -X POST "$url" -H 'Content-Type: application/json' \
      -H "X-Twilio-Email-Event-Webhook-Signature: $signature" -H "X-Twilio-Email-Event-Webhook-Timestamp: $now" \
      --data-binary "$body"
    echo
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
