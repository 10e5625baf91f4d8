check_config_status_file() {
  local message dir=$CREDS_DIR
  run config-status-file cat -- "$CREDS_DIR/config_status"
  command_failed config-status-file cat && return
  if [ "$RC" != 0 ]; then
    if grep -qE 'No such file|Not a directory' "$WORK/config-status-file.err"; then
      report config-status-file skip @@MSG:skip.no-config-status-file@@
    else
      message=$(head -n 1 "$WORK/config-status-file.err")
      report config-status-file error @@MSG:detail.file-unreadable@@
    fi
    return
  fi
  judge_status_body config-status-file "$(cat "$WORK/config-status-file.out")" @@FIX_CREATE@@
}
