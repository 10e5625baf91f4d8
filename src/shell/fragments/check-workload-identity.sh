check_workload_identity() {
  local value reason generation
  discover_identity
  case $IDENTITY_STATE in
    unknown)
      report workload-identity skip @@MSG:skip.identity-off-vm@@
      return
      ;;
    failed)
      RC=$IDENTITY_RC
      command_failed workload-identity gcloud || gcloud_failed workload-identity describe
      return
      ;;
    absent)
      report workload-identity fail @@MSG:finding.identity-absent@@
      finding workload-identity workload-identity-invalid @@MSG:finding.identity-absent@@ @@MSG:remedy.recreate-vm-identity@@
      return
      ;;
  esac
  if ! parse_spiffe "$IDENTITY_RAW"; then
    value=$IDENTITY_RAW reason=$REASON
    report workload-identity fail @@MSG:finding.identity-malformed@@
    finding workload-identity workload-identity-invalid @@MSG:finding.identity-malformed@@ @@MSG:remedy.recreate-vm-identity@@
    return
  fi
  value=$SPIFFE_URI generation=$GENERATION
  report workload-identity pass @@MSG:detail.identity-ok@@
}
