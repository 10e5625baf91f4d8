echo
if [ "$PROBLEM" = 1 ]; then
  echo @@MSG:text.result.problem@@
  exit 1
fi
if [ "$INCONCLUSIVE" = 1 ]; then
  echo @@MSG:text.result.inconclusive@@
  exit 3
fi
echo @@MSG:text.result.ok@@
exit 0
