"""The offline second opinion's verdict on a vendor's reading, in one of three plain states.

- `differences`: the offline MRZ re-read and the vendor disagree on the listed fields;
- `agrees`: both readings hold the `compared` fields and agree on every one of them;
- `unavailable`: there was nothing to compare, and `reason` says why (no MRZ found, an unsure read...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.domain.compare import FieldDifference

OpinionState = Literal["differences", "agrees", "unavailable"]
# no_mrz: no machine-readable zone in the picture; unsure: one was read but its check digits do not hold;
# nothing_in_common: no field was on both readings; failed: the re-read itself failed; not_installed
NoOpinionReason = Literal["no_mrz", "unsure", "nothing_in_common", "failed", "not_installed"]


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    state: OpinionState
    differences: tuple[FieldDifference, ...] = ()
    compared: tuple[str, ...] = ()  # the field keys both readings hold (compared, whatever the state)
    reason: NoOpinionReason | None = None  # set when state is "unavailable"

    @classmethod
    def unavailable(cls, reason: NoOpinionReason) -> SecondOpinion:
        return cls("unavailable", reason=reason)

    @classmethod
    def of(cls, differences: list[FieldDifference], compared: list[str]) -> SecondOpinion:
        if differences:
            return cls("differences", tuple(differences), tuple(compared))
        if not compared:
            return cls.unavailable("nothing_in_common")
        return cls("agrees", (), tuple(compared))
