import { descendants, only, parseXml, select } from "./xmlTree";

describe("parseXml (the manifest tests' XML reader)", () => {
  it("reads elements, attributes with entities, text, and skips the declaration and comments", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- note --><a x="1 &gt; 0"><b>t &amp; u</b><c/><b y="2"/></a>',
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 > 0" });
    expect(select(root, ["b"]).map((element) => element.text)).toEqual(["t & u", ""]);
    expect(only(root, ["c"]).children).toEqual([]);
    expect(
      descendants(root).map(
        ({ element, ancestors }) =>
          `${ancestors.map((ancestor) => ancestor.name).join("/")}/${element.name}`,
      ),
    ).toEqual(["a/b", "a/c", "a/b"]);
  });

  it.each([
    ["an unclosed element", "<a><b></a>"],
    ["a stray closing tag", "<a></b>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>text"],
    ["a duplicate attribute", '<a x="1" x="2"/>'],
    ["an unquoted attribute", "<a x=1/>"],
    ["nothing", "  "],
  ])("rejects %s", (_case, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it("only() insists on exactly one match", () => {
    const root = parseXml("<a><b/><b/></a>");
    expect(() => only(root, ["b"])).toThrow("expected one <b>, found 2");
    expect(() => only(root, ["c"])).toThrow("found 0");
  });
});
