version_older() {
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, "."); split(b, y, "."); exit !((x[1] + 0 < y[1] + 0) || (x[1] == y[1] && x[2] + 0 < y[2] + 0)) }'
}
check_guest_agent_version() {
  local line version minimum=@@MINIMUM_AGENT_VERSION@@ esc
  resolve_target
  if [ -z "$VM" ]; then
    report guest-agent-version skip @@MSG:skip.needs-vm@@
    return
  fi
  if [ -z "$ZONE" ]; then
    report guest-agent-version skip @@MSG:skip.needs-zone@@
    return
  fi
  run serial gcloud compute instances get-serial-port-output "$VM" "--zone=$ZONE" ${PROJECT:+"--project=$PROJECT"}
  command_failed guest-agent-version gcloud && return
  if [ "$RC" != 0 ]; then
    gcloud_failed guest-agent-version serial
    return
  fi
  esc=$(printf '\033')
  line=$(tr '\r' '\n' < "$WORK/serial.out" | sed -E "s#${esc}\\[[0-?]*[ -/]*[@-~]##g" | grep -aoE @@AGENT_START_ERE@@ | tail -n 1)
  version=$(grep -oE '[0-9]{8}\.[0-9]+' <<< "$line" | head -n 1)
  if [ -z "$version" ]; then
    report guest-agent-version warn @@MSG:detail.agent-version-unknown@@
    finding guest-agent-version guest-agent-version-unknown @@MSG:finding.guest-agent-version-unknown@@
  elif version_older "$version" "$minimum"; then
    report guest-agent-version fail @@MSG:detail.agent-outdated@@
    finding guest-agent-version guest-agent-outdated @@MSG:finding.guest-agent-outdated@@ @@MSG:remedy.update-guest-environment@@
  else
    report guest-agent-version pass @@MSG:detail.agent-current.legacy@@
  fi
}
