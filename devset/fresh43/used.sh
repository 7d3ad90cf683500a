#!/bin/bash
# usage: used.sh STRING... ; greps devset (own folder excluded, fresh44 included) and /work/stage
for s in "$@"; do echo "== $s"; grep -rliF -- "$s" /work/main/devset /work/stage 2>/dev/null | grep -v '/fresh43/' | head; done
