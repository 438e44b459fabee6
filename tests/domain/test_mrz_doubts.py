"""Honest MRZ verdicts: which characters of a read are not trusted, and how that reaches `mrz.local_check`."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.checks import finalize
from desktop_app.domain.countries import icao_extra_codes, is_icao_code
from desktop_app.domain.mrz import MrzFormat, layout_spans, parse_mrz, repair_mrz, scan_result_from_mrz
from desktop_app.domain.mrz_doubts import NAME_UNSURE_BELOW, disagreement_doubts, mrz_doubts
from desktop_app.domain.schema import MrzDoubt
from tests.domain.mrz_builder import TODAY, Doc, any_document, write_mrz

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
LOW = NAME_UNSURE_BELOW / 2


def _scores(lines: list[str], low: dict[tuple[int, int], float] | None = None) -> list[list[float]]:
    rows = [[1.0] * len(line) for line in lines]
    for (ln, col), score in (low or {}).items():
        rows[ln][col] = score
    return rows


def _doubts(lines: list[str], low: dict[tuple[int, int], float] | None = None) -> list[MrzDoubt]:
    return mrz_doubts(repair_mrz(lines, today=TODAY, scores=_scores(lines, low)), today=TODAY)


# --------------------------------------------------------------------------- codes

def test_icao_code_table() -> None:
    for code in ("UTO", "D<<", "XXC", "GBN", "RKS", "UNK", "XOM", "EGY", "TWN", "COD"):
        assert is_icao_code(code), code
    for code in ("BE<", "EGI", "132", "I3Z", "<<<", "<UT", "CMW", "D<D"):
        assert not is_icao_code(code), code
    assert {"D", "GBD", "GBN", "GBO", "GBP", "GBS", "XOM", "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "XPO",
            "XES", "XMP", "XDC", "XBA", "XIM", "EUE", "RKS"} <= set(icao_extra_codes())


def test_unknown_codes_are_doubts_never_checked() -> None:
    egi = [TD3[0], TD3[1].replace("UTO7408", "EGI7408")]
    be = [TD3[0].replace("P<UTO", "P<BE<"), TD3[1]]
    assert parse_mrz(egi, today=TODAY).valid  # the check digits do not cover the nationality
    assert [(d.field, d.reason) for d in _doubts(egi)] == [("nationality", "code")]
    assert [(d.field, d.reason) for d in _doubts(be)] == [("issuing_state", "code")]


def test_nationality_132_stays_as_printed_and_is_flagged() -> None:
    rou = ["IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941"]
    repaired = repair_mrz(rou, today=TODAY)
    assert repaired.lines == rou  # not forced to I3Z: that is no code either
    assert repaired.read is not None
    assert repaired.read.valid
    assert [(d.field, d.shown, d.reason) for d in mrz_doubts(repaired, today=TODAY)] == [
        ("nationality", "132", "code")]


def test_a_digit_becomes_a_letter_in_a_code_only_when_that_makes_a_real_code() -> None:
    broken = [TD3[0].replace("P<UTO", "P<UT0"), TD3[1]]
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == TD3
    assert _doubts(broken) == []


def test_document_code_c1_stays_as_printed_and_is_flagged() -> None:
    usa = ["C1USA0223456791EAC9730051220<<", "4910040M9411014CAN<<<<<<<<<<<0", "CRITTENDEN<<LEE<W<<<<<<<<<<<<<"]
    repaired = repair_mrz(usa, today=TODAY)
    assert repaired.lines[0].startswith("C1USA")
    assert repaired.read is not None
    assert not repaired.read.valid  # this specimen prints a wrong number and composite check digit
    assert ("document_code", "format") in {(d.field, d.reason) for d in mrz_doubts(repaired, today=TODAY)}


def _alternatives(lines: list[str], seconds: dict[tuple[int, int], str]) -> list[str]:
    rows = [[" "] * len(line) for line in lines]
    for (ln, col), alt in seconds.items():
        rows[ln][col] = alt
    return ["".join(row) for row in rows]


def test_a_code_that_is_none_takes_the_second_choice_that_makes_one_and_stays_in_doubt() -> None:
    usa = ["C1U8A0223456791EAC9730051220<<", "4910040M9411014CAN<<<<<<<<<<<0", "CRITTENDEN<<LEE<W<<<<<<<<<<<<<"]
    # a digit in a code is always a misread: its second choice is taken even when the recogniser was sure of it
    repaired = repair_mrz(usa, today=TODAY, scores=_scores(usa), alternatives=_alternatives(usa, {(0, 3): "S"}))
    assert repaired.lines[0].startswith("C1USA")
    assert repaired.guessed == [(0, 3)]
    assert ("issuing_state", "S", "8", "unsure") in {(d.field, d.shown, d.alternatives, d.reason)
                                                    for d in mrz_doubts(repaired, today=TODAY)}
    assert repair_mrz(usa, today=TODAY).lines[0].startswith("C1U8A")  # no second choices: as read


def test_a_sure_letter_or_two_possible_codes_leave_the_print() -> None:
    egi = [TD3[0], TD3[1].replace("UTO7408", "EGI7408")]
    second = _alternatives(egi, {(1, 12): "Y"})
    sure = repair_mrz(egi, today=TODAY, scores=_scores(egi), alternatives=second)
    assert sure.lines == egi
    assert [(d.field, d.reason) for d in mrz_doubts(sure, today=TODAY)] == [("nationality", "code")]
    unsure = repair_mrz(egi, today=TODAY, scores=_scores(egi, {(1, 12): 0.6}), alternatives=second)
    assert unsure.lines[1].startswith("L898902C36EGY")
    assert [(d.field, d.shown, d.reason) for d in mrz_doubts(unsure, today=TODAY)] == [("nationality", "Y", "unsure")]
    result = finalize(_local_result(unsure.lines, mrz_doubts(unsure, today=TODAY)), today=TODAY)
    assert result.mrz.local_check == "fail"
    # EGR and EGY are both codes: which one was printed is a guess
    both = repair_mrz(egi, today=TODAY, scores=_scores(egi, {(1, 11): 0.6, (1, 12): 0.6}),
                      alternatives=_alternatives(egi, {(1, 11): "R", (1, 12): "Y"}))
    assert both.lines == egi
    assert both.guessed == []


# --------------------------------------------------------------------------- forcing only where a check confirms

def test_a_check_digit_read_as_a_letter_shows_the_digit_even_when_the_check_fails() -> None:
    broken = [TD3[0], TD3[1].replace("7408122", "740812B")]  # 740812's check digit is 2, not 8
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines[1].startswith("L898902C36UTO7408128")
    assert repaired.read is not None
    assert repaired.read.checks.date_of_birth is False


def test_letters_in_a_date_are_forced_only_when_the_check_digit_confirms() -> None:
    confirmed = [TD3[0], TD3[1].replace("7408122", "74O8I22")]
    assert repair_mrz(confirmed, today=TODAY).lines == TD3
    unconfirmed = [TD3[0], TD3[1].replace("7408122", "74O8I23")]  # the check digit fails either way
    repaired = repair_mrz(unconfirmed, today=TODAY)
    assert repaired.lines == unconfirmed  # what was read stays
    assert repaired.read is not None
    assert repaired.read.checks.date_of_birth is False


def test_printed_wrong_check_digits_are_never_repaired_into_a_pass() -> None:
    cmw = ["IDCMW<512849702<<<<<<<<<<<<<<<", "6104128M1402209CMW<<<<<<<<<<<1", "PUBLIC<<JON<<<<<<<<<<<<<<<<<<<"]
    repaired = repair_mrz(cmw, today=TODAY)
    assert repaired.read is not None
    assert not repaired.read.valid
    result = finalize(_local_result(repaired.lines, mrz_doubts(repaired, today=TODAY)), today=TODAY)
    assert result.mrz.local_check == "fail"


# --------------------------------------------------------------------------- names

def test_fillers_read_as_c_are_cleaned_or_flagged() -> None:
    piotr = ["P<UTOPIOTR<C<CC<C<CCCC<CC<<<<<<<<<<<<<<<<<<<", TD3[1]]
    repaired = repair_mrz(piotr, today=TODAY)
    # CCCC is no name part, and the CC after it then follows `<<<`; the lone C and the first CC may be initials
    # beside a misread filler (`KK` from `<K`), so they are flagged, not changed
    assert repaired.lines[0] == "P<UTOPIOTR<C<CC<C<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    assert [(d.field, d.position, d.shown, d.alternatives, d.reason) for d in mrz_doubts(repaired, today=TODAY)] == [
        ("surname", 7, "C", "<", "filler"), ("surname", 12, "C", "<", "filler")]


def test_letters_after_a_filler_run_are_flagged() -> None:
    che = ["IDCHES0002068<8<<<<<<<<<<<<<<<", "8102287F1301014CHE<<<<<<<<<<<4", "VADIS<<QUO<<<<<<<<<<<<<<<<<<<S"]
    assert [(d.field, d.reason) for d in _doubts(che)] == [("given_names", "filler")]
    assert _doubts([*che[:2], "CRITTENDEN<<LEE<W<<<<<<<<<<<<<"]) == []  # an initial W is a name


def test_a_name_starting_with_a_filler_or_holding_a_digit_is_flagged() -> None:
    assert ("surname", "format") in {(d.field, d.reason) for d in _doubts([TD3[0].replace("UTOE", "UTO<"), TD3[1]])}
    assert ("given_names", "format") in {(d.field, d.reason) for d in _doubts([TD3[0].replace("ANNA", "AN9A"),
                                                                                  TD3[1]])}


def test_unsure_name_character_is_flagged() -> None:
    col = TD3[0].index("ANNA") + 1
    doubts = _doubts(TD3, {(0, col): LOW})
    assert [(d.field, d.position, d.shown, d.reason) for d in doubts] == [("given_names", 2, "N", "unsure")]
    assert _doubts(TD3, {(0, col): 0.99}) == []


def test_forced_name_letter_is_flagged_only_when_the_digit_was_unsure() -> None:
    col = TD3[0].index("MARIA") + 1
    read_0 = [TD3[0][:col] + "4" + TD3[0][col + 1:], TD3[1]]  # 4 has no letter twin: kept and flagged
    assert ("given_names", "format") in {(d.field, d.reason) for d in _doubts(read_0)}
    oh = [TD3[0].replace("ERIKSSON", "ERIKSS0N"), TD3[1]]
    assert repair_mrz(oh, today=TODAY).lines == TD3
    assert _doubts(oh) == []
    unsure = _doubts(oh, {(0, TD3[0].index("ON<<")): LOW})
    assert [(d.field, d.shown, d.reason) for d in unsure] == [("surname", "O", "forced")]


# --------------------------------------------------------------------------- look-alikes the check digit cannot see

def test_unsure_g_or_6_in_the_document_number_is_flagged() -> None:
    lines = _valid_td3(number="L898G02C3")
    swapped = [lines[0], lines[1].replace("L898G", "L8986")]
    assert parse_mrz(lines, today=TODAY).valid
    assert parse_mrz(swapped, today=TODAY).valid  # G and 6 differ by 10: no check digit sees the swap
    doubts = _doubts(lines, {(1, 4): LOW})
    assert [(d.field, d.position, d.shown, d.alternatives, d.reason) for d in doubts] == [
        ("document_number", 5, "G", "6", "lookalike")]
    assert _doubts(lines) == []  # read with certainty: trusted


def test_i_and_1_swapped_in_one_field_are_flagged() -> None:
    # positions 1 and 4 of the number have the same weight: I->1 at one and 1->I at the other cancel out
    doc_lines = _valid_td3(number="A1BCI2345")
    doubts = _doubts(doc_lines, {(1, 1): LOW, (1, 4): LOW})
    assert {(d.field, d.position) for d in doubts} == {("document_number", 2), ("document_number", 5)}
    assert _doubts(doc_lines, {(1, 4): LOW}) == []  # alone, no look-alike of I keeps the check digit


def _valid_td3(number: str) -> list[str]:
    from tests.domain.mrz_builder import cd

    body = number + cd(number) + TD3[1][10:28]
    optional = TD3[1][28:42]
    line2 = body + optional + cd(optional)
    line2 += cd(line2[0:10] + line2[13:20] + line2[21:43])
    return [TD3[0], line2]


@given(any_document, st.integers(0, 200))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_an_unsure_character_whose_look_alike_also_validates_is_always_flagged(doc: Doc, pick: int) -> None:
    """The property behind 'never a false pass': if the recogniser was unsure of a check-covered character and
    one of its look-alikes gives valid check digits too, the read is never trusted as it is."""
    lines = write_mrz(doc)
    covered = [cell for key, cls, cells in layout_spans(parse_mrz(lines, today=TODAY).format)
               if cls in ("digit", "alnum") for cell in cells if lines[cell[0]][cell[1]] != "<"]
    if not covered:
        return
    ln, col = covered[pick % len(covered)]
    twins = {"G": "6", "6": "G", "1": "L", "L": "1", "0": "", "8": "", "S": "", "5": ""}
    twin = twins.get(lines[ln][col], "")
    doubts = _doubts(lines, {(ln, col): LOW})
    if twin:
        alt = [*lines]
        alt[ln] = alt[ln][:col] + twin + alt[ln][col + 1:]
        if parse_mrz(alt, today=TODAY).valid and (twin.isdigit() or not _digit_cell(lines, ln, col)):
            assert any(d.reason == "lookalike" for d in doubts), (lines, ln, col)
    assert all(d.reason != "lookalike" or d.alternatives for d in doubts)


def _digit_cell(lines: list[str], ln: int, col: int) -> bool:
    fmt = parse_mrz(lines, today=TODAY).format
    return any(cls == "digit" and (ln, col) in cells for _, cls, cells in layout_spans(fmt))


@given(any_document)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_sure_reads_of_valid_documents_have_no_character_doubts(doc: Doc) -> None:
    """Every character read with certainty: only the rule-based doubts can remain (codes, name shape)."""
    doubts = _doubts(write_mrz(doc))
    assert all(d.reason in ("code", "format", "filler") for d in doubts), doubts


# --------------------------------------------------------------------------- finalize

def _local_result(lines: list[str], doubts: list[MrzDoubt]):  # type: ignore[no-untyped-def]
    result = scan_result_from_mrz(parse_mrz(lines, today=TODAY))
    result.mrz.doubts = list(doubts)
    return result


def test_finalize_fails_the_check_on_any_doubt_and_names_the_character() -> None:
    doubt = MrzDoubt(field="document_number", position=5, shown="G", alternatives="6", reason="lookalike")
    result = finalize(_local_result(TD3, [doubt]), today=TODAY)
    assert result.mrz.local_check == "fail"
    assert result.mrz.local_check_detail.document_number is True  # the check digits themselves pass
    assert result.outcome == "partial"
    assert "Check this character: document number, 5th character could be G or 6." in result.warnings
    again = finalize(result, today=TODAY)
    assert again.warnings.count("Check this character: document number, 5th character could be G or 6.") == 1


def test_finalize_without_doubts_is_unchanged() -> None:
    result = finalize(_local_result(TD3, []), today=TODAY)
    assert result.mrz.local_check == "pass"
    assert not any(w.startswith("Check") for w in result.warnings)


def test_cli_json_keeps_its_contract_and_lists_the_doubts() -> None:
    from desktop_app.domain.schema import to_json_dict

    egi = [TD3[0], TD3[1].replace("UTO7408", "EGI7408")]
    repaired = repair_mrz(egi, today=TODAY)
    data = to_json_dict(finalize(_local_result(egi, mrz_doubts(repaired, today=TODAY)), today=TODAY))
    assert data["mrz"]["lines"] == egi
    assert data["mrz"]["local_check"] == "fail"
    assert data["outcome"] == "partial"
    assert data["mrz"]["doubts"] == [
        {"field": "nationality", "position": 0, "shown": "EGI", "alternatives": "", "reason": "code"}]
    assert "Check the nationality: EGI is not an ICAO country code." in data["warnings"]


def test_a_digit_in_the_document_code_becomes_a_letter_only_into_a_known_code() -> None:
    po = ["P0FRAXU<<KEVIN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "ZL79269726FRA4305297F261110380288X756<<<<<14"]
    assert repair_mrz(po, today=TODAY).lines[0].startswith("POFRA")
    assert _doubts(po) == []


def test_twins_in_an_alphanumeric_field_use_the_plain_score() -> None:
    """`ZS` read `25` in a document number: Z->2 and S->5 at weights 7 and 3 cancel out (-231 - 69 = -300), so
    the read validates. Sure of each glyph's shape (twin-inclusive 0.99) but not of letter or digit (0.4), the
    number is flagged: the class of an alphanumeric position decides nothing."""
    truth = _valid_td3(number="ZS0000177")
    read = [truth[0], "25" + truth[1][2:]]
    assert parse_mrz(read, today=TODAY).valid
    scores = _scores(read, {(1, 0): 0.4, (1, 1): 0.4})
    class_scores = _scores(read, {(1, 0): 0.99, (1, 1): 0.99})
    repaired = repair_mrz(read, today=TODAY, scores=scores, class_scores=class_scores)
    doubts = mrz_doubts(repaired, today=TODAY)
    assert {(d.field, d.position, d.reason) for d in doubts} == {("document_number", 1, "lookalike"),
                                                                 ("document_number", 2, "lookalike")}


# --------------------------------------------------------------------------- reads that disagree

def test_a_name_letter_another_read_gave_otherwise_is_in_doubt() -> None:
    misread = [TD3[0].replace("ERIKSSON", "ERIKSSDN"), TD3[1]]
    doubts = disagreement_doubts(MrzFormat.TD3, misread, [TD3])
    assert [(d.field, d.position, d.shown, d.alternatives, d.reason) for d in doubts] == [
        ("surname", 7, "D", "O", "unsure")]


def test_codes_disagreeing_are_doubts_check_covered_fields_are_left_to_the_check_digits() -> None:
    other = [TD3[0].replace("P<UTO", "P<UTD"), TD3[1].replace("L898902C3", "L898902G3").replace("UTO74", "UT074")]
    doubts = disagreement_doubts(MrzFormat.TD3, TD3, [other])
    assert [(d.field, d.shown, d.alternatives) for d in doubts] == [("issuing_state", "O", "D"),
                                                                    ("nationality", "O", "0")]


def test_agreeing_or_misshapen_reads_and_known_doubts_add_nothing() -> None:
    shifted = [TD3[0].replace("ERIKSSON<<", "ERIKSON<<<"), TD3[1][:-1]]  # a line of another length: not comparable
    assert disagreement_doubts(MrzFormat.TD3, TD3, [TD3, shifted]) == []
    misread = [TD3[0].replace("ERIKSSON", "ERIKSSDN"), TD3[1]]
    known = [MrzDoubt(field="surname", position=7, shown="D", alternatives="O", reason="unsure")]
    assert disagreement_doubts(MrzFormat.TD3, misread, [TD3], known) == []


def test_an_unsure_filler_look_alike_whose_second_choice_was_a_filler_is_in_doubt() -> None:
    """`MABROUK<CALAAELDIN` (a turned Egyptian passport): the recogniser's C at 0.6 had the filler as its second
    choice, both reads agreed, the check digits passed; a sure C, or one with another second choice, stays."""
    egy = ["P<EGYMABROUK<CALAAELDIN<ISMAIL<MOHAMED<<<<<<", "A000513764EGY6002202M1503151<<<<<<<<<<<<<<06"]
    col = egy[0].index("<C") + 1
    seconds = [" " * col + "<" + " " * (len(egy[0]) - col - 1), " " * len(egy[1])]

    def doubts(score: float, second: list[str]) -> list[tuple[str, int, str, str]]:
        repair = repair_mrz(egy, today=TODAY, scores=_scores(egy, {(0, col): score}), alternatives=second)
        return [(d.field, d.position, d.alternatives, d.reason) for d in mrz_doubts(repair, today=TODAY)]

    assert doubts(0.6, seconds) == [("surname", col - 4, "<", "filler")]
    assert doubts(0.97, seconds) == []
    assert doubts(0.6, [seconds[0].replace("<", "G"), seconds[1]]) == []
