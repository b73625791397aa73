#!/usr/bin/env bash
# Rebuild the committed reference models (8-bit, with float twins) from generated data.
# Run from the repository root with the project installed: bash models/train_reference.sh
# (MODELS="hvae ae" bash models/train_reference.sh rebuilds only those).
# Each model is trained with its type's default trigger, reconstruction for every type (the
# transformer's reconstruction trigger keeps its software AUC, 0.920 on Ato4l, where its encoder-only
# latent trigger lost 0.23; the loss masks empty slots for it, so the trigger is a training-time
# choice); TRIGGER=latent rebuilds the encoder-only variants of the benchmark table.
set -euo pipefail
DATA=${DATA:-data/reference}
[ -f "$DATA/background_for_training.h5" ] || bead-fpga data generate --out "$DATA" --events 200000 --seed 0
for model in ${MODELS:-hvae vae ae transformer bead}; do
  # the transformer's QAT epoch costs ~10x an MLP's on a CPU: half the events (QAT 3 min,
  # float twin 1.5 min, evaluate 3.5 min on 2 shared cores, reconstruction trigger)
  budget="--epochs 20 --max-events 200000"
  [ "$model" = transformer ] && budget="--epochs 20 --max-events 100000"
  # bead trains in three phases of --epochs each (QAT 13-16 min on 2 shared cores)
  [ "$model" = bead ] && budget="--epochs 10 --max-events 200000"
  bead-fpga train --model "$model" --quantize 8 --data "$DATA" --out "models/${model}_8b" \
    ${TRIGGER:+--trigger "$TRIGGER"} $budget --seed 0 --no-progress
  bead-fpga train --model "$model" --quantize float --data "$DATA" --out "models/${model}_8b/float_twin" \
    ${TRIGGER:+--trigger "$TRIGGER"} $budget --seed 0 --no-progress
  bead-fpga evaluate "models/${model}_8b" --data "$DATA"
  rm -f "models/${model}_8b/checkpoint.pt" "models/${model}_8b/float_twin/checkpoint.pt"
done
# hvae_8b_l1: hvae_8b's training exactly (same data, budget and seed give the same weights: the
# error norm is not in the loss) with a score that sums |error| instead of error**2 (--error-norm
# l1): no squarers, a shallower circuit (two clocks at 40 MHz; benchmarks/results/rtl_options_hvae_8b_l1.md)
if [ -z "${MODELS:-}" ] || [[ " $MODELS " == *" hvae "* ]]; then
  for bits in 8 float; do
    out=models/hvae_8b_l1; [ "$bits" = float ] && out=models/hvae_8b_l1/float_twin
    bead-fpga train --model hvae --quantize "$bits" --error-norm l1 --data "$DATA" --out "$out" \
      --epochs 20 --max-events 200000 --seed 0 --no-progress
  done
  bead-fpga evaluate models/hvae_8b_l1 --data "$DATA"
  rm -f models/hvae_8b_l1/checkpoint.pt models/hvae_8b_l1/float_twin/checkpoint.pt
fi
# the distilled students (CMS CICADA's recipe, `bead-fpga distill`): a 57-12-1 MLP per teacher that
# regresses its score, the cheap firmware option (one clock at 40 MHz); ~1.5 min each
for teacher in ${STUDENTS:-hvae_8b bead_8b}; do
  rm -rf "models/${teacher}_student"
  bead-fpga distill "models/$teacher" --out "models/${teacher}_student" --data "$DATA" --seed 0
  bead-fpga evaluate "models/${teacher}_student" --data "$DATA"
done
