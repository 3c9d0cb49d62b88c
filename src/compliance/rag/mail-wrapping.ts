/**
 * A question pasted from an e-mail or a chat thread comes with the message's wrapping: header lines ("From: Facilities Team",
 * "Sent: Monday 09:12"), reply and forward markers ("Subject: FW: heat meter location") and quote markers ("> Can someone
 * confirm?"). The wrapping names people and tools, never a rule, and its markers read as unknown acronyms; what is asked is
 * the message's text, the subject's words included.
 */
const HEADER_LINE = /^[ \t]*(?:from|to|cc|bcc|sent|date|reply-to)[ \t]*:[^\n]*(?:\n|$)/gim;
const SUBJECT_LABEL = /^([ \t]*)subject[ \t]*:[ \t]*/gim;
/** "RE:", "Fwd:", "FW:", and the German and French markers ("AW:", "WG:", "TR:"), repeated as mail clients stack them. */
const THREAD_MARKERS = /^([ \t]*)(?:(?:re|fwd?|aw|wg|tr)[ \t]*:[ \t]*)+/gim;
const QUOTE_MARKER = /^([ \t]*)(?:>[ \t]?)+/gm;

/** The message without its e-mail wrapping; text that has none is returned as it was written. */
export function withoutMailWrapping(text: string): string {
  if (!/^[ \t]*(?:from|to|cc|sent|date|subject|re|fwd?|fw|aw|wg|tr)[ \t]*:|^[ \t]*>/im.test(text)) return text;
  return text.replace(HEADER_LINE, '').replace(SUBJECT_LABEL, '$1').replace(THREAD_MARKERS, '$1').replace(QUOTE_MARKER, '$1').trim();
}
