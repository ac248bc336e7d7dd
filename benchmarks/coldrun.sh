#!/usr/bin/env bash
# The run a CI user times: `liaison validate` from a cold JVM, against ajv-cli 5 (with
# ajv-formats, --spec=draft2020: each file checked against schema/liaison.schema.json) on the
# generated directories of 10k and 100k records, and `validate examples` against yamllint
# (-d relaxed). Liaison runs through its launcher (cli/target/liaison) and through `java -jar`,
# on each JDK given. Every command runs once per round, in alternating order, under hyperfine;
# the table gives medians and the ratios of the targets of issue 18.
#
#   benchmarks/coldrun.sh [--runs N] [--smoke]
#
# --smoke: the smallest dataset (1k records), one round, no target judged: CI runs it to prove
# the peers install and every path gives the same output and exit status.
# COLDRUN_JDKS: the JDK homes to run Liaison on (default: the java on PATH, and Temurin 25 at
# /usr/lib/jvm/temurin-25-jdk-amd64 if there). Needs the jars built first:
#   ./mvnw -B -Dquick -pl cli,benchmarks -am package -DskipTests
# Results: benchmarks/results/coldrun.json (target/coldrun-smoke.json for --smoke).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=5
smoke=false
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --smoke) smoke=true; runs=1 ;;
    *) echo "usage: benchmarks/coldrun.sh [--runs N] [--smoke]" >&2; exit 2 ;;
  esac
  shift
done

for jar in cli/target/liaison.jar cli/target/liaison benchmarks/target/benchmarks.jar; do
  if [ ! -f "$jar" ]; then
    echo "coldrun: $jar is missing: ./mvnw -B -Dquick -pl cli,benchmarks -am package -DskipTests" >&2
    exit 2
  fi
done

# The peers: hyperfine and yamllint from Debian's packages, ajv-cli from npm (pinned by
# benchmarks/coldrun/package-lock.json)
missing=()
command -v hyperfine > /dev/null || missing+=(hyperfine)
command -v yamllint > /dev/null || missing+=(yamllint)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi
if [ ! -x benchmarks/coldrun/node_modules/.bin/ajv ]; then
  (cd benchmarks/coldrun && npm ci --no-audit --no-fund --silent)
fi
ajv=$root/benchmarks/coldrun/node_modules/.bin/ajv

default_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
jdks=${COLDRUN_JDKS:-$default_jdk $(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 2>/dev/null || true)}
work=$(mktemp -d "${TMPDIR:-/tmp}/liaison-coldrun.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LIAISON_CACHE=$work/cache # the launcher's archives: made below, before the timed runs

# The data: GeneratedDataset's directories of small YAML files (25 records a file)
if $smoke; then sizes=(1000); else sizes=(10000 100000); fi
declare -A dirs
while read -r records _ path; do
  dirs[$records]=$path/files
done < <(java -cp benchmarks/target/benchmarks.jar org.liaison.benchmarks.GeneratedDataset \
  "${sizes[@]}" | grep ' records: ')

# The commands of each group: name, then command line (hyperfine -N: no shell between)
groups=()
declare -A names cmds
add() { # group name command
  names[$1]+="$2"$'\n'
  cmds[$1]+="$3"$'\n'
}
jdk_label() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
for records in "${sizes[@]}"; do
  g=$records
  groups+=("$g")
  add "$g" ajv "$ajv validate --spec=draft2020 -c ajv-formats -s schema/liaison.schema.json -d ${dirs[$records]}/**/*.yaml"
  for jdk in $jdks; do
    v=$(jdk_label "$jdk")
    add "$g" "liaison-$v" "env JAVA_HOME=$jdk cli/target/liaison validate ${dirs[$records]}"
    add "$g" "java-jar-$v" "$jdk/bin/java -jar cli/target/liaison.jar validate ${dirs[$records]}"
  done
done
groups+=(examples)
add examples yamllint "yamllint -d relaxed examples"
for jdk in $jdks; do
  v=$(jdk_label "$jdk")
  add examples "liaison-$v" "env JAVA_HOME=$jdk cli/target/liaison validate examples"
  add examples "java-jar-$v" "$jdk/bin/java -jar cli/target/liaison.jar validate examples"
done

# Same output and exit status on every JDK and path, on good data and on bad: the launcher runs
# three times, so that its third run maps the archive its second made
mkdir -p "$work/bad"
cp examples/* "$work/bad/"
printf '%s\n' 'liaison: 1' 'institutions:' '  - id: broken-unit' '    name: Broken' \
  '    kind: university' '    parent: no-such-institution' '  - id: [unclosed' \
  > "$work/bad/zz-broken.yaml"
checks=("${dirs[${sizes[0]}]}" examples "$work/bad")
for data in "${checks[@]}"; do
  ref=
  for jdk in $jdks; do
    for path in launcher jar; do
      for i in $([ $path = launcher ] && echo 1 2 3 || echo 1); do
        if [ $path = launcher ]; then
          set +e; env JAVA_HOME="$jdk" cli/target/liaison validate --format json "$data" \
            > "$work/out" 2> "$work/err"; status=$?; set -e
        else
          set +e; "$jdk/bin/java" -jar cli/target/liaison.jar validate --format json "$data" \
            > "$work/out" 2> "$work/err"; status=$?; set -e
        fi
        got="$status"$'\n'$(cat "$work/out" "$work/err")
        if [ -z "$ref" ]; then
          ref=$got
        elif [ "$got" != "$ref" ]; then
          echo "coldrun: $path on $jdk, run $i, differs on $data:" >&2
          diff <(echo "$ref") <(echo "$got") >&2 || true
          exit 1
        fi
      done
    done
  done
  echo "same output and exit status ($(echo "$ref" | head -1)) on every JDK and path: $data"
done
# The peers agree the data is valid (hyperfine stops on a failing command)
"$ajv" validate --spec=draft2020 -c ajv-formats -s schema/liaison.schema.json \
  -d "${dirs[${sizes[0]}]}/**/*.yaml" > /dev/null
yamllint -d relaxed examples > /dev/null

# The timed rounds: every command once a round, the order reversed every other round
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
for round in $(seq "$runs"); do
  for g in "${groups[@]}"; do
    mapfile -t n < <(printf '%s' "${names[$g]}")
    mapfile -t c < <(printf '%s' "${cmds[$g]}")
    args=()
    order=$(seq 0 $((${#n[@]} - 1)))
    if [ $((round % 2)) = 0 ]; then order=$(echo "$order" | tac); fi
    for i in $order; do args+=(-n "${n[$i]}" "${c[$i]}"); done
    hyperfine -N --runs 1 --style none --export-json "$work/$g-$round.json" "${args[@]}" \
      > /dev/null
  done
  echo "round $round of $runs done" >&2
done
load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

if $smoke; then out=benchmarks/target/coldrun-smoke.json; else out=benchmarks/results/coldrun.json; fi
python3 benchmarks/coldrun.py "$work" "$out" "$smoke" "$load_before" "$load_after" \
  "${groups[@]}" -- $jdks
