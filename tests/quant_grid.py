"""One check for every model: each quantized tensor is an integer multiple of a power-of-two
scale, within the signed or unsigned range of its declared bit width."""

from __future__ import annotations

import math

import brevitas.nn as qnn
import torch


def is_power_of_two(s: torch.Tensor) -> bool:
    e = math.log2(float(s.detach()))
    return e == round(e)


def check_grid(name: str, value: torch.Tensor, scale: torch.Tensor, bits: int, signed: bool) -> None:
    assert is_power_of_two(scale), f"{name}: scale {float(scale)} is not a power of two"
    ints = value.detach() / scale.detach()
    assert torch.equal(ints, torch.round(ints)), f"{name}: values off the grid"
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    assert ints.min() >= lo and ints.max() <= hi, f"{name}: {ints.min()}..{ints.max()}, {bits} bits"


def assert_model_on_grid(model: torch.nn.Module, x: torch.Tensor, bits: int) -> dict[str, tuple]:
    """Run ``model`` and its trigger on ``x``; check every activation quantizer's output (at
    ``bits``; the configured ``input_bits`` and ``score_bits`` for the input and the score)
    and every weight and bias. Returns
    what each activation quantizer produced: ``{name: (out, scale, bit_width, signed)}``."""
    seen: dict[str, tuple] = {}
    hooks = []
    for name, mod in model.named_modules():
        if isinstance(mod, (qnn.QuantIdentity, qnn.QuantReLU)):
            def hook(m, _inp, out, name=name):
                aq = m.act_quant
                seen[name] = (out, aq.scale(), aq.bit_width(), aq.is_signed)
            hooks.append(mod.register_forward_hook(hook))
    try:
        with torch.no_grad():
            model(x)
            model.trigger(x)
    finally:
        for h in hooks:
            h.remove()

    n_acts = sum(isinstance(m, (qnn.QuantIdentity, qnn.QuantReLU)) for m in model.modules())
    assert len(seen) == n_acts, "an activation quantizer never ran"
    for name, (out, scale, width, signed) in seen.items():
        wide = {"input_q": model.cfg.input_bits, "score_q": model.cfg.score_bits}
        assert int(width) == wide.get(name, bits), name
        check_grid(name, out, scale, int(width), signed)
    for name, mod in model.named_modules():
        if isinstance(mod, qnn.QuantLinear):
            w = mod.quant_weight()
            assert int(w.bit_width) == bits and w.signed
            check_grid(f"{name}.weight", w.value, w.scale, bits, True)
            if mod.bias is not None:
                b = mod.quant_bias()
                assert int(b.bit_width) == bits
                check_grid(f"{name}.bias", b.value, b.scale, bits, True)
    return seen
