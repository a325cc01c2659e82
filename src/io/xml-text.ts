/**
 * XML 1.0 cannot hold most control characters, lone surrogates, U+FFFE or U+FFFF, not even as
 * character references. Text stored before Weave refused control characters may still hold them, so
 * the XML writers put U+FFFD (the replacement character) in their place; the JSON export keeps them.
 */
const NOT_XML = /(?![\t\n\r\u007f-\u009f])\p{Cc}|[\p{Cs}\uFFFE\uFFFF]/u;
/** Allowed, but some parsers read them as line breaks (XML 1.1 style): written as references. */
const AS_REFERENCE = /[\u007f-\u009f\u2028\u2029]/u;
const FINISHING = new RegExp(`${NOT_XML.source}|${AS_REFERENCE.source}`, "gu");

/**
 * A whole document made well-formed for any stored text, in one pass. Safe on the serialised
 * document because its markup is ASCII: only attribute values and text hold these characters.
 */
export function finishXml(document: string): string {
  return document.replace(FINISHING, (char) =>
    AS_REFERENCE.test(char) ? `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};` : "\uFFFD",
  );
}

const ENTITIES: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

/** Text for an XML attribute or element, read back exactly (tabs and line breaks as references). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}
