"""A validator for the part of XML Schema 1.0 our two written schemas use (the venv has neither lxml nor
xmlschema): global elements, named complex types holding one xs:sequence of elements with minOccurs/maxOccurs,
named simple types restricting a built-in type by enumeration, length and pattern, the built-ins xs:string, date,
dateTime, boolean, positiveInteger and nonNegativeInteger, and elementFormDefault. Anything else in a schema raises
NotImplementedError, so a schema this cannot read is never taken as valid."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"


@dataclass
class _Simple:
    base: str
    enumeration: list[str] = field(default_factory=list)
    min_length: int | None = None
    max_length: int | None = None
    patterns: list[str] = field(default_factory=list)


@dataclass
class _Particle:
    name: str
    type_name: str
    min_occurs: int
    max_occurs: float


class Schema:
    def __init__(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self.target = root.get("targetNamespace", "")
        self.qualified = root.get("elementFormDefault") == "qualified"
        self.complex: dict[str, list[_Particle]] = {}
        self.simple: dict[str, _Simple] = {}
        self.elements: dict[str, str] = {}
        for node in root:
            if node.tag == f"{XS}element":
                name = node.get("name", "")
                inline = node.find(f"{XS}complexType")
                if inline is not None:
                    self.complex[f"#{name}"] = self._sequence(inline)
                    self.elements[name] = f"#{name}"
                else:
                    self.elements[name] = self._local(node.get("type", ""))
            elif node.tag == f"{XS}complexType":
                self.complex[node.get("name", "")] = self._sequence(node)
            elif node.tag == f"{XS}simpleType":
                self.simple[node.get("name", "")] = self._restriction(node)
            elif not isinstance(node.tag, str) or node.tag == f"{XS}annotation":
                continue
            else:
                raise NotImplementedError(node.tag)

    def _local(self, qname: str) -> str:
        return qname.split(":", 1)[1] if ":" in qname and not qname.startswith("xs:") else qname

    def _sequence(self, node: ET.Element) -> list[_Particle]:
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) != 1 or children[0].tag != f"{XS}sequence":
            raise NotImplementedError("only a complexType with one sequence")
        particles = []
        for element in children[0]:
            if element.tag != f"{XS}element" or element.get("type") is None:
                raise NotImplementedError("only typed elements in a sequence")
            high = element.get("maxOccurs", "1")
            particles.append(_Particle(element.get("name", ""), self._local(element.get("type", "")),
                                       int(element.get("minOccurs", "1")),
                                       float("inf") if high == "unbounded" else int(high)))
        return particles

    def _restriction(self, node: ET.Element) -> _Simple:
        restriction = node.find(f"{XS}restriction")
        if restriction is None:
            raise NotImplementedError("only restrictions")
        simple = _Simple(restriction.get("base", ""))
        for facet in restriction:
            value = facet.get("value", "")
            if facet.tag == f"{XS}enumeration":
                simple.enumeration.append(value)
            elif facet.tag == f"{XS}minLength":
                simple.min_length = int(value)
            elif facet.tag == f"{XS}maxLength":
                simple.max_length = int(value)
            elif facet.tag == f"{XS}pattern":
                simple.patterns.append(value)
            else:
                raise NotImplementedError(facet.tag)
        return simple

    def errors(self, document: bytes) -> list[str]:
        """Every way `document` breaks the schema (empty: valid)."""
        root = ET.fromstring(document)
        problems: list[str] = []
        name = root.tag.removeprefix(f"{{{self.target}}}")
        if root.tag != f"{{{self.target}}}{name}" or name not in self.elements:
            return [f"unexpected root {root.tag}"]
        self._check(root, self.elements[name], f"/{name}", problems)
        return problems

    def _check(self, node: ET.Element, type_name: str, where: str, problems: list[str]) -> None:
        if type_name in self.complex:
            if (node.text or "").strip():
                problems.append(f"{where}: text in a complex element")
            children = list(node)
            position = 0
            for particle in self.complex[type_name]:
                tag = f"{{{self.target}}}{particle.name}" if self.qualified else particle.name
                count = 0
                while position < len(children) and children[position].tag == tag and count < particle.max_occurs:
                    self._check(children[position], particle.type_name, f"{where}/{particle.name}", problems)
                    position += 1
                    count += 1
                if count < particle.min_occurs:
                    problems.append(f"{where}: missing {particle.name}")
            problems.extend(f"{where}: unexpected {child.tag}" for child in children[position:])
            return
        if len(node):
            problems.append(f"{where}: elements inside a simple value")
        self._value(node.text or "", type_name, where, problems)

    def _value(self, text: str, type_name: str, where: str, problems: list[str]) -> None:
        if type_name in self.simple:
            simple = self.simple[type_name]
            self._value(text, simple.base, where, problems)
            if simple.enumeration and text not in simple.enumeration:
                problems.append(f"{where}: {text!r} not in {simple.enumeration}")
            if simple.min_length is not None and len(text) < simple.min_length:
                problems.append(f"{where}: shorter than {simple.min_length}")
            if simple.max_length is not None and len(text) > simple.max_length:
                problems.append(f"{where}: longer than {simple.max_length}")
            problems.extend(f"{where}: {text!r} does not match {p}" for p in simple.patterns
                            if not re.fullmatch(p, text))
            return
        checks = {
            "xs:string": lambda t: True,
            "xs:date": lambda t: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t)) and bool(dt.date.fromisoformat(t)),
            "xs:dateTime": lambda t: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", t))
            and bool(dt.datetime.fromisoformat(t)),
            "xs:boolean": lambda t: t in ("true", "false", "1", "0"),
            "xs:positiveInteger": lambda t: t.isdigit() and int(t) > 0,
            "xs:nonNegativeInteger": lambda t: t.isdigit(),
        }
        if type_name not in checks:
            raise NotImplementedError(type_name)
        try:
            ok = checks[type_name](text)
        except ValueError:
            ok = False
        if not ok:
            problems.append(f"{where}: {text!r} is not a valid {type_name}")
