// One pass over an XML part with saxes, namespace-aware: elements are matched by namespace URI and
// local name, so any prefix a writer chooses reads the same, and strict OOXML's namespaces are
// mapped to the transitional ones (same schema, other names) before a handler sees them. No tree is
// built; the part is decoded and fed to the parser in slices, so a large worksheet never exists as
// one string.

import { SaxesParser, type SaxesTagNS } from "saxes";
import { transitionalNamespaces } from "../preflightParts";
import { SPREADSHEET } from "./namespaces";
import { PackageReadError } from "./packageReadError";

export interface XmlElement {
  /** The namespace URI, strict OOXML spelled as transitional. */
  readonly uri: string;
  readonly local: string;
  /** An attribute's value by local name, in no namespace unless one is given. */
  attribute(local: string, uri?: string): string | undefined;
}

export interface XmlHandlers {
  readonly open?: (element: XmlElement) => void;
  readonly close?: (element: XmlElement) => void;
  /** Character data (text and CDATA) inside the current element. */
  readonly text?: (text: string) => void;
}

/** Characters decoded and parsed at a time: large enough to be fast, small enough to stay light. */
const SLICE_BYTES = 1 << 20;

/** Parses one part; a malformed part throws PackageReadError naming it. */
export function parseXmlPart(partName: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true });
  const { open, close, text } = handlers;
  if (open !== undefined)
    parser.on("opentag", (tag) => {
      open(new TagElement(tag));
    });
  if (close !== undefined)
    parser.on("closetag", (tag) => {
      close(new TagElement(tag));
    });
  if (text !== undefined) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    // The decoder drops a byte-order mark and keeps characters split across slices whole.
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      const slice = bytes.subarray(start, Math.min(start + SLICE_BYTES, bytes.length));
      parser.write(decoder.decode(slice, { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error: unknown) {
    throw PackageReadError.inPart(partName, error);
  }
}

/** A saxes tag seen through XmlElement; a class, so a worksheet's many cells cost no closures. */
class TagElement implements XmlElement {
  readonly uri: string;
  readonly local: string;
  private readonly tag: SaxesTagNS;

  constructor(tag: SaxesTagNS) {
    this.tag = tag;
    this.uri = canonicalNamespace(tag.uri);
    this.local = tag.local;
  }

  attribute(local: string, namespace = ""): string | undefined {
    const { attributes } = this.tag;
    if (namespace === "") {
      // An attribute without a prefix is in no namespace, and keyed by its local name.
      const plain = attributes[local];
      return plain?.prefix === "" ? plain.value : undefined;
    }
    for (const key in attributes) {
      const attribute = attributes[key];
      if (attribute?.local === local && canonicalNamespace(attribute.uri) === namespace)
        return attribute.value;
    }
    return undefined;
  }
}

const canonical = new Map<string, string>([[SPREADSHEET, SPREADSHEET]]);

function canonicalNamespace(uri: string): string {
  if (uri === "" || uri === SPREADSHEET) return uri;
  let spelled = canonical.get(uri);
  if (spelled === undefined) {
    spelled = transitionalNamespaces(uri);
    canonical.set(uri, spelled);
  }
  return spelled;
}
