#!/usr/bin/env bash
# Export, C-simulate and report the reference models that go through hls4ml; the firmware
# hand-off lands in firmware/<name>/. Run from the repository root after train_reference.sh.
set -euo pipefail
DATA=${DATA:-data/reference}
for name in ${MODELS:-hvae_8b vae_8b ae_8b}; do
  bead-fpga export "models/$name" --data "$DATA"
  bead-fpga csim "models/$name" --data "$DATA"
  bead-fpga synth "models/$name" --part xcvu9p
done
bead-fpga report models/hvae_8b models/vae_8b models/ae_8b
