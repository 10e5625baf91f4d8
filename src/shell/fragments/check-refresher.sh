@@REFRESH_TABLE@@
# classify FILE: the refresher events of a journal, in order, as "KIND<TAB>DETAILED<TAB>LINE".
classify() {
  local esc i=0 ere
  esc=$(printf '\033')
  tr -d '\r' < "$1" | sed -E "s#${esc}\\[[0-?]*[ -/]*[@-~]##g; s/^[[:space:]]+//; s/[[:space:]]+$//" > "$1.clean"
  for ere in "${REFRESH_ERES[@]}"; do
    grep -nE -- "$ere" "$1.clean" | sed "s/^\([0-9]*\):/\1\t$i\t/"
    i=$((i + 1))
  done | sort -t "$(printf '\t')" -k1,1n -k2,2n | awk -F '\t' -v kinds="${REFRESH_KINDS[*]}" -v detailed="${REFRESH_DETAILED[*]}" '
    BEGIN { split(kinds, K, " "); split(detailed, D, " ") }
    !seen[$1]++ { rule = $2 + 1; line = $0; sub(/^[^\t]*\t[^\t]*\t/, "", line); print K[rule] "\t" D[rule] "\t" line }'
}
# last_outcome FILE: the last run's outcome, with the most telling line of a failed run.
last_outcome() {
  classify "$1" | awk -F '\t' '
    { n++; K[n] = $1; D[n] = $2; L[n] = $3 }
    END {
      for (i = 1; i <= n; i++) if (K[i] == "run-succeeded" || K[i] == "run-failed" || K[i] == "refresh-disabled") last = i
      if (!last) exit
      out = last
      if (K[last] == "run-failed") {
        for (i = last - 1; i >= 1; i--) if (K[i] == "run-started") { start = i; break }
        for (i = last; i > start; i--) if (K[i] == "run-failed" && D[i] == "1") { out = i; break }
      }
      print K[out] "\t" L[out]
    }'
}
time_of() {
  grep -oE '[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}|^[A-Z][a-z]{2} [ 0-9][0-9] [0-9:]{8}' <<< "$1" | head -n 1
}
check_refresher() {
  local outcome kind line time timer message
  run timer journalctl -u @@TIMER_UNIT@@ --no-pager
  command_failed refresher journalctl && return
  local failed=''
  [ "$RC" = 0 ] || failed=timer
  run service journalctl -u @@SERVICE_UNIT@@ --no-pager
  [ "$RC" = 0 ] || failed=${failed:-service}
  run agent journalctl @@AGENT_UNITS@@ --no-pager -n @@AGENT_JOURNAL_LINES@@
  [ "$RC" = 0 ] || failed=${failed:-agent}
  if [ -n "$failed" ]; then
    message=$(head -n 1 "$WORK/$failed.err")
    report refresher error @@MSG:detail.journal-unreadable@@
    return
  fi
  outcome=$(last_outcome "$WORK/agent.out")
  [ -n "$outcome" ] || outcome=$(last_outcome "$WORK/service.out")
  kind=${outcome%%$'\t'*}
  line=${outcome#*$'\t'}
  time=$(time_of "$line")
  time=${time:-?}
  case $kind in
    run-succeeded)
      report refresher pass @@MSG:detail.refresh-ok@@
      return
      ;;
    run-failed)
      report refresher fail @@MSG:finding.refresh-failing@@
      finding refresher refresh-failing "$line" @@MSG:remedy.refresh-failing@@
      return
      ;;
    refresh-disabled)
      report refresher fail @@MSG:finding.refresh-disabled@@
      finding refresher refresh-not-running "$line" @@MSG:remedy.refresh-disabled@@
      return
      ;;
  esac
  if grep -qs 'not seeing messages from other users' "$WORK/timer.out" "$WORK/timer.err" "$WORK/service.out" "$WORK/service.err" \
    && ! grep -qsvE '^(-- |Hint: |[[:space:]]*Users in groups |[[:space:]]*Pass -q to turn off)' "$WORK/timer.out" "$WORK/service.out"; then
    report refresher error @@MSG:detail.journal-restricted@@
    return
  fi
  timer=$(classify "$WORK/timer.out" | grep -E '^timer-(started|stopped)' | tail -n 1)
  line=${timer#*$'\t'*$'\t'}
  time=$(time_of "$line")
  time=${time:-?}
  case $timer in
    '') message=@@MSG:finding.refresh-timer-never-ran@@ ;;
    timer-stopped*) message=@@MSG:finding.refresh-timer-inactive@@ ;;
    *) message=@@MSG:finding.refresh-service-never-ran@@ ;;
  esac
  report refresher fail "$message"
  finding refresher refresh-not-running "$message" @@MSG:remedy.refresh-not-running@@
}
