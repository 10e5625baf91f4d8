check_trust_domain() {
  local domain
  discover_config
  config_unusable trust-domain && return
  domain=$TRUST_DOMAIN
  if grep -qxF "$domain" <<< "$TRUST_DOMAINS"; then
    report trust-domain pass @@MSG:detail.trust-domain-ok@@
  elif [ "$OWN_IMPLICIT" = 1 ]; then
    report trust-domain pass @@MSG:detail.trust-domain-implicit@@
  else
    report trust-domain fail @@MSG:finding.trust-domain-missing@@
    finding trust-domain trust-domain-missing @@MSG:finding.trust-domain-missing@@ @@MSG:remedy.define-trust-config@@
  fi
}
