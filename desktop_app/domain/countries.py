"""Country codes: ISO 3166-1 (through pycountry) plus the ICAO Doc 9303 specials, demonyms and full names.

Alpha-3 is canonical. `to_alpha3` accepts alpha-2, alpha-3, ICAO codes (`D` = Germany, `UTO`, `XXA`...),
official and common English names and a table of demonyms (English and Spanish, as vendors return them).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib import resources

import pycountry

# ICAO Doc 9303 part 3 codes that are not ISO 3166-1 alpha-3 (value: description, for display).
ICAO_SPECIAL_CODES: dict[str, str] = {
    "UTO": "Utopia (ICAO specimen)",
    "XXA": "Stateless person",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Unspecified nationality",
    "EUE": "European Union",
    "UNO": "United Nations Organization",
    "UNA": "United Nations specialized agency",
    "UNK": "Kosovo (UNMIK)",
    "RKS": "Kosovo",
    "XKX": "Kosovo",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
    "XOM": "Sovereign Military Order of Malta",
    "XPO": "INTERPOL",
    "XCC": "Caribbean Community",
    "XCE": "Council of Europe",
    "XCO": "Common Market for Eastern and Southern Africa",
    "XDC": "Southern African Development Community",
    "XEC": "Economic Community of West African States",
    "XES": "Organisation of Eastern Caribbean States",
    "XMP": "Parliamentary Assembly of the Council of Europe",
    "XBA": "African Development Bank",
    "XIM": "African Export-Import Bank",
    "XAA": "Asian Development Bank",
}

# Codes seen on documents or from vendors that map to another canonical code.
_ALIASES: dict[str, str] = {
    "D": "DEU",  # Germany writes D<< in the MRZ
    "XK": "RKS",
    "UK": "GBR",
    "EL": "GRC",
    "EU": "EUE",
}

_ALPHA3_TO_ALPHA2_SPECIAL: dict[str, str] = {"RKS": "XK", "XKX": "XK", "UNK": "XK"}

# Demonyms and name variants vendors return (normalised: upper case, no accents, single spaces).
_NAMES: dict[str, str] = {
    "AFGHAN": "AFG", "ALBANIAN": "ALB", "ALGERIAN": "DZA", "AMERICAN": "USA", "ANDORRAN": "AND",
    "ANGOLAN": "AGO", "ARGENTINE": "ARG", "ARGENTINIAN": "ARG", "ARGENTINA": "ARG", "ARGENTINO": "ARG",
    "ARMENIAN": "ARM", "AUSTRALIAN": "AUS", "AUSTRIAN": "AUT", "AZERBAIJANI": "AZE", "BAHRAINI": "BHR",
    "BANGLADESHI": "BGD", "BELARUSIAN": "BLR", "BELGIAN": "BEL", "BOLIVIAN": "BOL", "BOLIVIANA": "BOL",
    "BOLIVIANO": "BOL", "BOLIVIA": "BOL", "BOSNIAN": "BIH", "BRAZILIAN": "BRA", "BRASILENA": "BRA",
    "BRASILENO": "BRA", "BRASILEIRA": "BRA", "BRASILEIRO": "BRA", "BRITISH": "GBR", "BRITISH CITIZEN": "GBR",
    "BULGARIAN": "BGR", "CAMBODIAN": "KHM", "CAMEROONIAN": "CMR", "CANADIAN": "CAN", "CANADIENSE": "CAN",
    "CHILEAN": "CHL", "CHILENA": "CHL", "CHILENO": "CHL", "CHINESE": "CHN", "CHINA": "CHN", "CHINO": "CHN",
    "CHINA MAINLAND": "CHN", "COLOMBIAN": "COL", "COLOMBIANA": "COL", "COLOMBIANO": "COL",
    "COSTA RICAN": "CRI", "COSTARRICENSE": "CRI", "CROATIAN": "HRV", "CUBAN": "CUB", "CUBANA": "CUB",
    "CUBANO": "CUB", "CYPRIOT": "CYP", "CZECH": "CZE", "DANISH": "DNK", "DOMINICAN": "DOM",
    "DOMINICANA": "DOM", "DOMINICANO": "DOM", "DUTCH": "NLD", "NETHERLANDS": "NLD", "HOLLAND": "NLD",
    "ECUADORIAN": "ECU", "ECUADOREAN": "ECU", "ECUATORIANA": "ECU", "ECUATORIANO": "ECU", "ECUADOR": "ECU",
    "EGYPTIAN": "EGY", "SALVADORAN": "SLV", "SALVADORENA": "SLV", "SALVADORENO": "SLV", "ENGLISH": "GBR",
    "ESTONIAN": "EST", "ETHIOPIAN": "ETH", "FILIPINO": "PHL", "FILIPINA": "PHL", "PHILIPPINE": "PHL",
    "FINNISH": "FIN", "FRENCH": "FRA", "FRANCESA": "FRA", "FRANCES": "FRA", "FRANCAISE": "FRA", "GEORGIAN": "GEO",
    "GERMAN": "DEU", "DEUTSCH": "DEU", "ALEMANA": "DEU", "ALEMAN": "DEU", "GHANAIAN": "GHA", "GREEK": "GRC",
    "GUATEMALAN": "GTM", "GUATEMALTECA": "GTM", "GUATEMALTECO": "GTM", "HAITIAN": "HTI",
    "HONDURAN": "HND", "HONDURENA": "HND", "HONDURENO": "HND", "HONG KONG": "HKG", "HONG KONGER": "HKG",
    "HUNGARIAN": "HUN", "ICELANDIC": "ISL", "INDIAN": "IND", "INDONESIAN": "IDN", "IRANIAN": "IRN",
    "IRAN": "IRN", "IRAQI": "IRQ", "IRISH": "IRL", "ISRAELI": "ISR", "ITALIAN": "ITA", "ITALIANA": "ITA",
    "ITALIANO": "ITA", "IVORIAN": "CIV", "JAMAICAN": "JAM", "JAPANESE": "JPN", "JORDANIAN": "JOR",
    "KAZAKH": "KAZ", "KAZAKHSTANI": "KAZ", "KENYAN": "KEN", "KOREAN": "KOR", "SOUTH KOREAN": "KOR",
    "SOUTH KOREA": "KOR", "KOREA": "KOR", "REPUBLIC OF KOREA": "KOR", "NORTH KOREAN": "PRK", "NORTH KOREA": "PRK",
    "KOSOVAR": "RKS", "KOSOVO": "RKS", "KUWAITI": "KWT", "KYRGYZ": "KGZ", "LAO": "LAO", "LAOTIAN": "LAO",
    "LAOS": "LAO", "LATVIAN": "LVA", "LEBANESE": "LBN", "LIBYAN": "LBY", "LITHUANIAN": "LTU",
    "LUXEMBOURGISH": "LUX", "MACEDONIAN": "MKD", "MACAU": "MAC", "MACAO": "MAC", "MALAYSIAN": "MYS",
    "MALTESE": "MLT", "MEXICAN": "MEX", "MEXICANA": "MEX", "MEXICANO": "MEX", "MOLDOVAN": "MDA",
    "MOLDOVA": "MDA", "MONGOLIAN": "MNG", "MONTENEGRIN": "MNE", "MOROCCAN": "MAR", "NEPALESE": "NPL",
    "NEPALI": "NPL", "NEW ZEALANDER": "NZL", "NICARAGUAN": "NIC", "NICARAGUENSE": "NIC", "NIGERIAN": "NGA",
    "NORWEGIAN": "NOR", "OMANI": "OMN", "PAKISTANI": "PAK", "PALESTINIAN": "PSE", "PALESTINE": "PSE",
    "PANAMANIAN": "PAN", "PANAMENA": "PAN", "PANAMENO": "PAN", "PARAGUAYAN": "PRY", "PARAGUAYA": "PRY",
    "PARAGUAYO": "PRY", "PERUVIAN": "PER", "PERUANA": "PER", "PERUANO": "PER", "POLISH": "POL",
    "PORTUGUESE": "PRT", "PORTUGUESA": "PRT", "PORTUGUES": "PRT", "PUERTO RICAN": "PRI", "QATARI": "QAT",
    "ROMANIAN": "ROU", "RUSSIAN": "RUS", "RUSSIA": "RUS", "RUSA": "RUS", "RUSO": "RUS", "SAUDI": "SAU",
    "SAUDI ARABIAN": "SAU", "SCOTTISH": "GBR", "SENEGALESE": "SEN", "SERBIAN": "SRB", "SINGAPOREAN": "SGP",
    "SLOVAK": "SVK", "SLOVAKIAN": "SVK", "SLOVENIAN": "SVN", "SLOVENE": "SVN", "SOUTH AFRICAN": "ZAF",
    "SPANISH": "ESP", "ESPANOLA": "ESP", "ESPANOL": "ESP", "SRI LANKAN": "LKA", "SUDANESE": "SDN",
    "SWEDISH": "SWE", "SWISS": "CHE", "SUIZA": "CHE", "SUIZO": "CHE", "SYRIAN": "SYR", "SYRIA": "SYR",
    "TAIWANESE": "TWN", "TAIWAN": "TWN", "TAJIK": "TJK", "TANZANIAN": "TZA", "TANZANIA": "TZA", "THAI": "THA",
    "TUNISIAN": "TUN", "TURKISH": "TUR", "TURKEY": "TUR", "TURKMEN": "TKM", "UGANDAN": "UGA",
    "UKRAINIAN": "UKR", "EMIRATI": "ARE", "UAE": "ARE", "UNITED ARAB EMIRATES": "ARE", "URUGUAYAN": "URY",
    "URUGUAYA": "URY", "URUGUAYO": "URY", "UZBEK": "UZB", "VENEZUELAN": "VEN", "VENEZOLANA": "VEN",
    "VENEZOLANO": "VEN", "VENEZUELA": "VEN", "VIETNAMESE": "VNM", "VIETNAM": "VNM", "VIET NAM": "VNM",
    "WELSH": "GBR", "YEMENI": "YEM", "ZAMBIAN": "ZMB", "ZIMBABWEAN": "ZWE", "ESTADOUNIDENSE": "USA",
    "NORTEAMERICANA": "USA", "NORTEAMERICANO": "USA", "UNITED STATES": "USA", "UNITED STATES OF AMERICA": "USA",
    "USA": "USA", "U S A": "USA", "US": "USA", "UNITED KINGDOM": "GBR", "GREAT BRITAIN": "GBR",
    "UTOPIAN": "UTO", "UTOPIA": "UTO", "STATELESS": "XXA", "STATELESS PERSON": "XXA", "REFUGEE": "XXB",
    "GERMANY": "DEU", "FEDERAL REPUBLIC OF GERMANY": "DEU", "PEOPLES REPUBLIC OF CHINA": "CHN",
    "PEOPLE S REPUBLIC OF CHINA": "CHN", "RUSSIAN FEDERATION": "RUS", "CZECH REPUBLIC": "CZE",
}


def _name_key(raw: str) -> str:
    text = unicodedata.normalize("NFKD", raw)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).upper()
    text = re.sub(r"[^A-Z0-9]+", " ", text)
    return " ".join(text.split())


@cache
def _iso_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(alpha2 -> alpha3, alpha3 -> alpha2, normalised name -> alpha3) from pycountry."""
    a2: dict[str, str] = {}
    a3: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        alpha2 = str(country.alpha_2)
        alpha3 = str(country.alpha_3)
        a2[alpha2] = alpha3
        a3[alpha3] = alpha2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str) and value:
                names.setdefault(_name_key(value), alpha3)
    return a2, a3, names


def is_known_alpha3(code: str) -> bool:
    """True for ISO alpha-3 codes and the ICAO specials."""
    return code in _iso_tables()[1] or code in ICAO_SPECIAL_CODES


@cache
def icao_extra_codes() -> dict[str, str]:
    """ICAO Doc 9303 part 3 codes that are not ISO 3166-1 alpha-3 (code -> meaning), from `icao_codes.csv`
    (its header cites the source)."""
    text = resources.files(__package__).joinpath("icao_codes.csv").read_text(encoding="utf-8")
    rows = csv.reader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code: meaning for code, meaning in rows}


def is_icao_code(raw: str) -> bool:
    """Whether an MRZ state or nationality field (`UTO`, `D<<`, `BE<`) holds an ICAO code: ISO alpha-3 or a Doc 9303
    part 3 extra, left-aligned and padded with fillers (`BE<`, `EGI` and `132` are not)."""
    code = raw.rstrip("<")
    if "<" in code or not code.isalpha():
        return False
    return code in _iso_tables()[1] or code in icao_extra_codes()


def to_alpha3(raw: str | None) -> str | None:
    """ISO/ICAO alpha-3 for a code (alpha-2, alpha-3, `D`, MRZ-padded `D<<`), a name or a demonym; None if unknown."""
    if raw is None:
        return None
    text = raw.strip().upper().strip("<").strip()
    if not text:
        return None
    alpha2_to_3, alpha3_to_2, names = _iso_tables()
    if text in _ALIASES:
        return _ALIASES[text]
    if len(text) == 3 and (text in alpha3_to_2 or text in ICAO_SPECIAL_CODES):
        return text
    if len(text) == 2 and text in alpha2_to_3:
        return alpha2_to_3[text]
    key = _name_key(text)
    if key in _NAMES:
        return _NAMES[key]
    if key in names:
        return names[key]
    return None


def alpha3_to_alpha2(alpha3: str | None) -> str | None:
    """ISO alpha-2 for an alpha-3 code (Kosovo's ICAO codes -> XK); None when there is none."""
    if alpha3 is None:
        return None
    code = alpha3.strip().upper()
    if code == "D":
        code = "DEU"
    if code in _ALPHA3_TO_ALPHA2_SPECIAL:
        return _ALPHA3_TO_ALPHA2_SPECIAL[code]
    return _iso_tables()[1].get(code)


def all_alpha3() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-3 code pycountry knows (sorted)."""
    return tuple(sorted(_iso_tables()[1]))
