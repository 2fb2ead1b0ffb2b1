#!/usr/bin/env bash
# A self-signed certificate for trying the compose stack over HTTPS (deploy/tls/, git-ignored).
# usage: scripts/tls-dev-cert.sh [HOST]   (default: localhost). Production: your CA's certificate.
set -euo pipefail
host="${1:-localhost}"
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/deploy/tls"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:3072 -sha256 -days 365 -nodes -subj "/CN=$host" \
  -addext "subjectAltName=DNS:$host,IP:127.0.0.1" -keyout "$dir/tls.key" -out "$dir/tls.crt"
chmod 600 "$dir/tls.key"
echo "deploy/tls/tls.crt and tls.key written for $host"
