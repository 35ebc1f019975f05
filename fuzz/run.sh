#!/usr/bin/env bash
# flocktory - Flocktory snippets for PHP
# SPDX-License-Identifier: BSD-3-Clause
#
# libFuzzer harnesses for the Zend-free C (the escaper and the scanners).
# Needs only clang with its fuzzer runtime (Debian's clang ships it).
#
#   fuzz/run.sh build                 build every harness, in every variant
#   fuzz/run.sh run SECONDS [NAME...] build if needed, then fuzz each harness
#                                     (every variant) for SECONDS
#   fuzz/run.sh list                  the harness names
#
# A harness is a fuzz/fuzz_NAME.c. Each links every Zend-free unit:
# flocktory_escape.c and the scanners that Makefile.frag lists in
# FLOCKTORY_SCANNERS, so that list lives in one place. The variants are
# "default" and, while the units have vector paths, "portable"
# (-DFLOCKTORY_PORTABLE, their byte-wise paths).
# Binaries, scratch corpora and crash artifacts go to $FLOCKTORY_FUZZ_OUT
# (default .dev/fuzz); the seed corpora in fuzz/corpus/ are only read.
# Environment: CC (default clang), FLOCKTORY_FUZZ_JOBS (parallel runs,
# default the number of CPUs), FLOCKTORY_FUZZ_FLAGS (extra libFuzzer flags).
# `run` exits 1 on any crash, failed property or sanitizer report.

set -euo pipefail

FUZZ_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FUZZ_DIR/.." && pwd)
OUT=${FLOCKTORY_FUZZ_OUT:-$ROOT/.dev/fuzz}
CC=${CC:-clang}
JOBS=${FLOCKTORY_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

# A variable of Makefile.frag, on one line.
frag_var() {
	sed -n "s/^$1[[:space:]]*=[[:space:]]*//p" "$ROOT/Makefile.frag"
}

SCANNERS=$(frag_var FLOCKTORY_SCANNERS)
if [ -z "$SCANNERS" ]; then
	echo "fuzz: no FLOCKTORY_SCANNERS in $ROOT/Makefile.frag" >&2
	exit 2
fi
UNITS="flocktory_escape.c"
for s in $SCANNERS; do
	UNITS="$UNITS $s.c"
done

# Vector paths ship on x86-64 and the byte-wise ones elsewhere, so while
# -DFLOCKTORY_PORTABLE chooses between them, both builds are fuzzed.
VARIANTS=default
# shellcheck disable=SC2086
if (cd "$ROOT" && grep -qs FLOCKTORY_PORTABLE php_flocktory_*.h $UNITS); then
	VARIANTS="default portable"
fi

variant_flags() {
	case $1 in
		portable) echo -DFLOCKTORY_PORTABLE ;;
		*) echo ;;
	esac
}

HARNESSES=""
for f in "$FUZZ_DIR"/fuzz_*.c; do
	f=${f##*/fuzz_}
	HARNESSES="${HARNESSES:+$HARNESSES }${f%.c}"
done

max_len() {
	case $1 in
		escape | attr) echo 16384 ;;
		*) echo 4096 ;;
	esac
}

CFLAGS_FUZZ="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Wall -Wextra"

binary() {
	echo "$OUT/bin/fuzz_$1-$2"
}

# Everything a harness binary depends on.
deps() {
	local u
	echo "$FUZZ_DIR/fuzz_$1.c" "$FUZZ_DIR"/fuzz_*.h "$FUZZ_DIR/run.sh" "$ROOT/Makefile.frag"
	for u in $UNITS; do
		echo "$ROOT/$u"
	done
	echo "$ROOT"/php_flocktory_*.h "$ROOT/flocktory_escape_table.h"
}

stale() {
	local bin d
	bin=$(binary "$1" "$2")
	[ -x "$bin" ] || return 0
	for d in $(deps "$1"); do
		[ "$d" -nt "$bin" ] && return 0
	done
	return 1
}

# The harnesses test the committed scanners, which is what ships; one that
# no longer matches its .re would be fuzzed in vain. Compared by content,
# since a checkout leaves the two files' times in any order.
check_scanners() {
	local s flags gen
	for s in $SCANNERS; do
		if [ ! -f "$ROOT/$s.c" ]; then
			echo "fuzz: $s.c is missing: regenerate the scanners (./dev gen)" >&2
			return 1
		fi
	done
	if ! command -v re2c >/dev/null; then
		echo "fuzz: re2c not found, the scanners are not compared with their .re" >&2
		return 0
	fi
	flags=$(frag_var FLOCKTORY_RE2C_FLAGS)
	mkdir -p "$OUT/gen"
	for s in $SCANNERS; do
		gen="$OUT/gen/$s.c"
		# shellcheck disable=SC2086
		re2c $flags -I "$ROOT" -o "$gen" "$ROOT/$s.re" || return 1
		if ! cmp -s "$gen" "$ROOT/$s.c"; then
			echo "fuzz: $s.c does not match $s.re: regenerate the scanners (./dev gen)" >&2
			return 1
		fi
	done
}

build_one() {
	local name=$1 variant=$2 bin log srcs=() u
	bin=$(binary "$name" "$variant")
	log="$OUT/log/build-$name-$variant.log"
	for u in $UNITS; do
		srcs+=("$ROOT/$u")
	done
	# shellcheck disable=SC2046,SC2086
	if ! "$CC" $CFLAGS_FUZZ $(variant_flags "$variant") -I"$ROOT" \
		"$FUZZ_DIR/fuzz_$name.c" "${srcs[@]}" -o "$bin.tmp" >"$log" 2>&1; then
		cat "$log" >&2
		echo "fuzz: building $name ($variant) failed" >&2
		return 1
	fi
	if [ -s "$log" ]; then
		cat "$log" >&2	# warnings
	fi
	mv "$bin.tmp" "$bin"
}

# Runs up to $JOBS of the queued commands at a time; fails if any failed.
run_parallel() {
	local failed=0 running=0 cmd
	for cmd in "$@"; do
		if [ "$running" -ge "$JOBS" ]; then
			wait -n || failed=1
			running=$((running - 1))
		fi
		eval "$cmd" &
		running=$((running + 1))
	done
	while [ "$running" -gt 0 ]; do
		wait -n || failed=1
		running=$((running - 1))
	done
	return $failed
}

cmd_build() {
	local force=${1:-} name variant cmds=() start
	command -v "$CC" >/dev/null || { echo "fuzz: $CC not found (apt-get install clang)" >&2; exit 1; }
	mkdir -p "$OUT/bin" "$OUT/log"
	check_scanners || exit 1
	start=$(date +%s)
	for name in $HARNESSES; do
		for variant in $VARIANTS; do
			if [ -n "$force" ] || stale "$name" "$variant"; then
				cmds+=("build_one $name $variant")
			fi
		done
	done
	if [ ${#cmds[@]} -gt 0 ]; then
		run_parallel "${cmds[@]}" || exit 1
	fi
	echo "fuzz: built ${#cmds[@]} of $(( $(wc -w <<<"$HARNESSES") * $(wc -w <<<"$VARIANTS") )) harness binaries in $OUT/bin ($(( $(date +%s) - start ))s)"
}

fuzz_one() {
	local name=$1 variant=$2 seconds=$3 bin work log rc=0
	bin=$(binary "$name" "$variant")
	work="$OUT/work/$name-$variant"
	log="$OUT/log/run-$name-$variant.log"
	rm -rf "$work"
	mkdir -p "$work/corpus" "$work/artifacts"
	# A scratch copy: libFuzzer writes what it finds into the first corpus
	# directory, and that must never be the repository.
	if [ -d "$FUZZ_DIR/corpus/$name" ]; then
		cp -R "$FUZZ_DIR/corpus/$name/." "$work/corpus/"
	fi
	local dict=()
	if [ -f "$FUZZ_DIR/$name.dict" ]; then
		dict=("-dict=$FUZZ_DIR/$name.dict")
	fi
	# shellcheck disable=SC2086
	"$bin" -max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout=25 \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
		"${dict[@]}" ${FLOCKTORY_FUZZ_FLAGS:-} "$work/corpus" >"$log" 2>&1 || rc=$?
	echo "$rc" >"$work/rc"
}

report_one() {
	local name=$1 variant=$2 work log rc execs findings
	work="$OUT/work/$name-$variant"
	log="$OUT/log/run-$name-$variant.log"
	rc=$(cat "$work/rc" 2>/dev/null || echo 1)
	execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
	if [ -z "$execs" ]; then
		execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
	fi
	if [ -z "$execs" ]; then
		# Stopped early: the last status line ("#1234 NEW ...").
		execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -n 1)
	fi
	execs=${execs:-0}
	findings=$(find "$work/artifacts" -type f | wc -l)
	if [ "$rc" != 0 ] && [ "$findings" -eq 0 ]; then
		findings=1
	fi
	if grep -qE '^==[0-9]+==ERROR|runtime error:|PROPERTY FAILED' "$log" && [ "$findings" -eq 0 ]; then
		findings=1
	fi
	echo "fuzz $name ($variant): $execs execs, $findings crashes"
	if [ "$findings" -gt 0 ]; then
		echo "---- $log (exit $rc) ----"
		grep -E 'PROPERTY FAILED|==flocktory-fuzz==|ERROR: |runtime error:|SUMMARY:|^    #[0-9]+ .* in |Test unit written|^artifact_prefix|^Base64' "$log" | head -n 40 || true
		echo "---- artifacts: $work/artifacts (reproduce: $(binary "$name" "$variant") FILE) ----"
	fi
	TOTAL_EXECS=$((TOTAL_EXECS + execs))
	TOTAL_FINDINGS=$((TOTAL_FINDINGS + findings))
	TOTAL_HARNESSES=$((TOTAL_HARNESSES + 1))
}

cmd_run() {
	local seconds=${1:-}
	shift || true
	local names=${*:-$HARNESSES} name variant cmds=()
	case $seconds in
		''|*[!0-9]*) echo "usage: fuzz/run.sh run SECONDS [NAME...]" >&2; exit 2 ;;
	esac
	for name in $names; do
		case " $HARNESSES " in
			*" $name "*) ;;
			*) echo "fuzz: unknown harness '$name' (have: $HARNESSES)" >&2; exit 2 ;;
		esac
	done
	cmd_build
	mkdir -p "$OUT/work" "$OUT/log"
	for name in $names; do
		for variant in $VARIANTS; do
			cmds+=("fuzz_one $name $variant $seconds")
		done
	done
	echo "fuzz: ${#cmds[@]} runs of ${seconds}s, $JOBS at a time"
	run_parallel "${cmds[@]}" || true
	TOTAL_EXECS=0 TOTAL_FINDINGS=0 TOTAL_HARNESSES=0
	for name in $names; do
		for variant in $VARIANTS; do
			report_one "$name" "$variant"
		done
	done
	echo "fuzz: $TOTAL_HARNESSES harnesses, $TOTAL_EXECS executions, $TOTAL_FINDINGS findings"
	[ "$TOTAL_FINDINGS" -eq 0 ]
}

case ${1:-} in
	build) cmd_build force ;;
	run) shift; cmd_run "$@" ;;
	list) echo "$HARNESSES" ;;
	*) echo "usage: fuzz/run.sh build | run SECONDS [NAME...] | list" >&2; exit 2 ;;
esac
