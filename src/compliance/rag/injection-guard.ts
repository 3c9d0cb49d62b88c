/**
 * Instructions aimed at the assistant rather than questions about the directive. Checked in code, before any
 * model sees the text, so the outcome never depends on a model choosing to obey its system prompt.
 */
const INJECTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|skip)\b[^.?!\n]{0,40}\b(instructions?|rules?|prompts?|guidelines?|context|directions?|constraints?|guardrails?)\b/i,
  /\b(system|developer|hidden|initial|original)\s+(prompt|message|instructions?)\b/i,
  /\byou\s+are\s+(now|no\s+longer)\b/i,
  /\b(pretend|act|behave|roleplay)\s+(to\s+be|as|like)\b/i,
  /\b(jailbreak|dan\s+mode|developer\s+mode|do\s+anything\s+now)\b/i,
  /\b(reveal|print|show|repeat|output|leak)\b[^.?!\n]{0,30}\b(prompt|instructions?|api[\s_-]?key|secrets?|password)\b/i,
  /\bnew\s+instructions?\s*:/i,
  /<\/?\s*(system|assistant|context|instructions?)\s*>/i,
  /\b(respond|reply|answer|say)\s+only\s+(with|in)\b/i,
  // Instructions planted in documents: addressed to the assistant, not to the reader.
  /\b(ignore|disregard)\b[^.?!\n]{0,30}\b(sources?|question|user)\b/i,
  /\b(notes?|messages?|instructions?)\s+(to|for)\s+(the\s+)?(ai|assistant|model|chatbot|llm|bot)\b/i,
  /^\s*(system|assistant)\s*:/im,
  /\bfrom now on\b[^.?!\n]{0,40}\b(tell|say|answer|reply|respond|print|write)\b/i,
  /\b(tell|inform)\s+every\s*(user|one|body)\b/i,
  /\b(answer|reply|respond|say|print|write)\b[^.?!\n]{0,30}\bthe\s+word\b/i,
  /\b(supersedes?|overrides?)\s+(the\s+)?(official|all other)\b/i,
  /\bprint\s+[A-Z]{5,}\b/,
];

/** Runs on questions and on every document passage before it can reach an answer or a prompt. */
export function looksLikeInjection(text: string): boolean {
  return INJECTION_PATTERNS.some((pattern) => pattern.test(text));
}

/** Fence markers and role tags inside documents or questions could close our context block; neutralise them. */
export function neutralise(text: string): string {
  return text
    .replace(/<\/?\s*(context|document|question|system|assistant|user|instructions?)\b[^>]*>/gi, ' ')
    .replace(/```+/g, "'''");
}
