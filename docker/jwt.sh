#!/usr/bin/env bash
# Keys and tokens for newsgraph's bearer authentication, with nothing but openssl.
#
#   docker/jwt.sh keys DIR                         RSA key pair: DIR/private-key.pem (keep it where tokens are
#                                                  made, never in the cluster), DIR/public-key.pem (for the service)
#   docker/jwt.sh token PRIVATE_KEY SUBJECT [GROUPS] [DAYS] [ISSUER]
#                                                  prints a signed RS256 JWT; GROUPS comma separated (default
#                                                  ingest), DAYS valid (default 365), ISSUER (default newsgraph,
#                                                  must equal the service's MP_JWT_VERIFY_ISSUER)
set -euo pipefail

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

case "${1:-}" in
  keys)
    dir=${2:?usage: jwt.sh keys DIR}
    mkdir -p "$dir"
    (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private-key.pem" 2>/dev/null)
    openssl pkey -in "$dir/private-key.pem" -pubout -out "$dir/public-key.pem"
    echo "wrote $dir/private-key.pem (secret) and $dir/public-key.pem" >&2
    ;;
  token)
    key=${2:?usage: jwt.sh token PRIVATE_KEY SUBJECT [GROUPS] [DAYS] [ISSUER]}
    subject=${3:?usage: jwt.sh token PRIVATE_KEY SUBJECT [GROUPS] [DAYS] [ISSUER]}
    groups=${4:-ingest}
    days=${5:-365}
    issuer=${6:-newsgraph}
    now=$(date +%s)
    groups_json=$(printf '%s' "$groups" | sed 's/[^,][^,]*/"&"/g')
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
      "$issuer" "$subject" "$subject" "$groups_json" "$now" $((now + days * 86400)) "$(openssl rand -hex 16)" | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
    ;;
  *)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
