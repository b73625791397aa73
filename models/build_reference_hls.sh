#!/usr/bin/env bash
# Export, C-simulate and report the reference models that go through hls4ml; the firmware
# hand-off lands in firmware/<name>/. Run from the repository root after train_reference.sh.
set -euo pipefail
DATA=${DATA:-data/reference}
for name in ${MODELS:-hvae_8b hvae_8b_l1 vae_8b ae_8b hvae_8b_student bead_8b_student}; do
  bead-fpga export "models/$name" --data "$DATA"
  bead-fpga csim "models/$name" --data "$DATA"   # also writes firmware/$name/ (hls, rtl, emulator)
  bead-fpga csim "models/$name" --data "$DATA" --engine rtl   # proves firmware/$name/rtl's Verilog
  bead-fpga synth "models/$name" --part xcvu9p
done
# the transformer (encoder, mu head and MLP decoder: its reconstruction trigger) goes through
# bead-fpga's hls4ml extensions (bead_fpga/hls/ext); reuse 4 is its trigger setting (II 4 at
# 200 MHz: a new event every 20 ns)
# C-simulated on >= 100k events: the 20k background test events and 20k per signal
bead-fpga export models/transformer_8b --data "$DATA"
bead-fpga csim models/transformer_8b --data "$DATA" --events 20000 --reuse 4   # the hand-off at its trigger setting
bead-fpga csim models/transformer_8b --data "$DATA" --engine rtl
bead-fpga synth models/transformer_8b --part xcvu9p --reuse 4
# the BEAD HVAE-Transformer's whole score (encoder, latent transformer, decoder, MET head)
# goes through the same extensions
bead-fpga export models/bead_8b --data "$DATA"
bead-fpga csim models/bead_8b --data "$DATA" --events 40000
bead-fpga csim models/bead_8b --data "$DATA" --engine rtl
bead-fpga synth models/bead_8b --part xcvu9p
# the hand-off of a model proven exact can be rewritten without compiling: bead-fpga handoff MODEL_DIR
bead-fpga report models/hvae_8b models/hvae_8b_l1 models/vae_8b models/ae_8b models/transformer_8b models/bead_8b \
  models/hvae_8b_student models/bead_8b_student
