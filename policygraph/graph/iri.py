"""The one place IRIs are minted. Deterministic: the same input gives the same IRI.

IRIs stay readable (Chinese names are kept, as IRIs allow); characters that
are not safe in an IRI are percent-encoded.
"""

from __future__ import annotations

import hashlib
import re

from rdflib import Namespace, URIRef

BASE = "https://w3id.org/policygraph/"
PG = Namespace(BASE + "ns#")
ID = BASE + "id/"

_UNSAFE = re.compile(r"[^\w.\-~\u3400-\u9fff\uf900-\ufaff()]")


def slug(text: str) -> str:
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), text) or "_"


def document(doc_id: str) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}")


def cited_document(title: str, number: str = "") -> URIRef:
    """A document known only from a citation: keyed by its number, else its title."""
    key = number or title
    return URIRef(f"{ID}doc/cited-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}")


def clause(doc_id: str, path: str) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}/clause/{slug(path)}")


def row(doc_id: str, path: str, index: int) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}/clause/{slug(path)}/row/{index}")


def target(doc_id: str, path: str, index: int) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}/clause/{slug(path)}/target/{index}")


def deadline(doc_id: str, path: str, index: int) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}/clause/{slug(path)}/deadline/{index}")


def alignment(child_doc: str, child: str, parent_doc: str, parent: str) -> URIRef:
    return URIRef(f"{ID}align/{slug(child_doc)}/{slug(child)}/{slug(parent_doc)}/{slug(parent)}")


def derivation(child_doc: str, clause_path: str, index: int, parent_doc: str) -> URIRef:
    return URIRef(f"{ID}derive/{slug(child_doc)}/{slug(clause_path)}/{index}/{slug(parent_doc)}")


def responsibility(doc_id: str, path: str, body_name: str, role: str) -> URIRef:
    return URIRef(f"{ID}doc/{slug(doc_id)}/clause/{slug(path)}/by/{slug(body_name)}/{role}")


def body(jurisdiction: str, name: str) -> URIRef:
    """One node per body per jurisdiction: 莆田市's 市民政局 is not 珠海市's."""
    return URIRef(f"{ID}body/{slug(jurisdiction or '_')}/{slug(name)}")


def document_graph(doc_id: str) -> URIRef:
    """The named graph holding one document's own triples (in the store and on a server)."""
    return URIRef(f"{ID}graph/doc/{slug(doc_id)}")


SHARED_GRAPH = URIRef(ID + "graph/shared")  # ontology, sectors, parents outside the corpus, cited documents


def shared_graph(subject: str) -> URIRef:
    """The named graph of a triple no single document owns: by the jurisdiction of its body or place."""
    if subject.startswith(ID + "body/"):
        return URIRef(ID + "graph/bodies/" + subject[len(ID) + 5 :].split("/", 1)[0])
    if subject.startswith(ID + "place/"):
        return URIRef(ID + "graph/bodies/" + subject[len(ID) + 6 :])
    return SHARED_GRAPH


def place(name: str) -> URIRef:
    return URIRef(f"{ID}place/{slug(name)}")


LEVELS = {
    "national": PG.National,
    "province": PG.Province,
    "prefecture": PG.Prefecture,
    "county": PG.County,
    "township": PG.Township,
}
ROLES = {"lead": PG.Lead, "responsible": PG.Responsible}
KINDS = {
    "party": PG.PartyOrgan,
    "government": PG.GovernmentDepartment,
    "lower-government": PG.LowerGovernment,
    "other": PG.OtherBody,
}
