"""Before a file is written: each target's required fields, per guest, as one line the operator can act on."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.registration import alloggiati, meldeschein, pms, ses, siba
from desktop_app.domain.registration.guest import Guest, Stay


@dataclass(frozen=True, slots=True)
class Missing:
    guest: Guest
    fields: tuple[str, ...]

    def sentence(self) -> str:
        return f"{self.guest.display_name}: missing {', '.join(self.fields)}"


def missing_fields(target: str, guests: list[Guest], stay: Stay) -> list[Missing]:
    """Every guest that lacks something `target` needs, with the fields, in input order (empty: ready to write)."""
    per_guest: dict[int, list[str]] = {}
    if target == "meldeschein":
        for form in meldeschein.forms(guests):
            per_guest.setdefault(form.guest.index, []).extend(meldeschein.missing(form.guest, on_form=True))
            for traveller in form.fellow_travellers:
                per_guest.setdefault(traveller.index, []).extend(meldeschein.missing(traveller, on_form=False))
    else:
        for guest in guests:
            if target == "alloggiati":
                lacking = alloggiati.missing(guest)
            elif target == "ses":
                lacking = ses.missing(guest, stay)
            elif target == "siba":
                lacking = siba.missing(guest)
            elif target == "mews":
                lacking = pms.missing_mews(guest)
            elif target == "json":
                lacking = pms.missing_generic(guest)
            else:
                raise ValueError(f"unknown registration target {target!r}")
            per_guest[guest.index] = lacking
    by_index = {guest.index: guest for guest in guests}
    return [Missing(by_index[index], tuple(dict.fromkeys(fields)))
            for index, fields in sorted(per_guest.items()) if fields]
