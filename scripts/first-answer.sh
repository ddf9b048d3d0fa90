#!/usr/bin/env bash
# Prints three figures for the README and release notes: the size of cairn.jar, the time from `java -jar` to the
# first answer, and the median and p95 latency of POST /api/v1/chat over the TTS handbook (../shared/corpora),
# timed after the pages' vectors are in (SETTLE_SECONDS, default 40).
# Usage: scripts/first-answer.sh [handbook-pages-dir]   (build first: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/corpora/tts-handbook/pages}
jar=config/target/cairn.jar
port=${PORT:-18080}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT

echo "cairn.jar: $(du -m "$jar" | cut -f1) MB"
start=$(date +%s%N)
java -jar "$jar" --server.port="$port" --cairn.data-dir="$data" >"$data/cairn.log" 2>&1 &
pid=$!
ask() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"user\":\"bench\",\"query\":\"$1\"}" "http://127.0.0.1:$port/api/v1/chat"
}
until [ "$(ask 'help' 2>/dev/null | cut -d' ' -f1)" = "200" ]; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/cairn.log"; exit 1; }
  sleep 0.1
done
echo "java -jar to first answer: $(( ($(date +%s%N) - start) / 1000000 )) ms"

files=()
while IFS= read -r f; do files+=(-F "files=@$f"); done < <(find "$pages" -name '*.md' | sort)
upload_start=$(date +%s%N)
curl -s -o /dev/null "${files[@]}" "http://127.0.0.1:$port/api/v1/knowledge/files"
echo "indexed $(( ${#files[@]} / 2 )) handbook pages in $(( ($(date +%s%N) - upload_start) / 1000000 )) ms (keyword commit; vectors follow)"
sleep "${SETTLE_SECONDS:-40}"   # let the background embedding of the pages finish before timing questions

questions=("How much annual leave carries over?" "How do I book travel?" "What laptop do I get?"
  "How do I get a PIV card?" "Can I work while traveling?" "What is paid parental leave?"
  "How do I request overtime?" "Who approves my travel?" "What Slack channels should I join?"
  "How do I report a security incident?")
times=()
for round in 1 2 3 4 5; do
  for q in "${questions[@]}"; do
    times+=("$(ask "$q" | cut -d' ' -f2)")
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {
  printf "POST /api/v1/chat over %d questions: median %.1f ms, p95 %.1f ms\n", NR, a[int((NR+1)/2)]*1000, a[int(NR*0.95)]*1000 }'
