/**
 * Instructions aimed at the assistant rather than questions about the directive. Checked in code, before any
 * model sees the text, so the outcome never depends on a model choosing to obey its system prompt.
 */
const INJECTION_PATTERNS: readonly RegExp[] = [
  // Said to the assistant, not of someone else: "firms that ignore the audit rules", "if a supplier bypasses the
  // rules" describe non-compliance, whose penalties are the directive's subject.
  // So is one asked of with a modal ("When can a contracting authority skip the EED's purchasing rules?", "may the municipality
  // disregard the guidelines?"), unless what is asked is the assistant.
  /(?<!\b(?:that|who|which|they|firms|companies|businesses|enterprises|suppliers|operators|owners|landlords|tenants|members|authorities|bodies|states|parties|providers)\s+(?:(?:still|simply|just|often|openly|repeatedly|deliberately|keep|continue to)\s+)?)(?<!\b(?:can|may|could|might|must|does|do|did|will|would|should|shall)\s+(?:a|an|the|our|their|its|any|every|each|such|some)\s+(?!(?:assistant|model|bot|chatbot|ai|system|llm|copilot)\b)(?:[\w'’-]+\s+){1,3})\b(ignore|disregard|forget|override|bypass|skip)\b[^.?!\n]{0,40}\b(instructions?|rules?|prompts?|guidelines?|context|directions?|constraints?|guardrails?)\b/i,
  /\b(system|developer|hidden|initial|original)\s+(prompt|message|instructions?)\b/i,
  /\byou\s+are\s+(now|no\s+longer)\b/i,
  // Role play asked of the assistant: an order opening a sentence or clause, or "you" told to. A third party that acts
  // or behaves ("can a municipality act as an aggregator?", "may retailers behave like that?") is the directive's subject.
  /(?:^|[.!?:;,]\s*|\b(?:and|please|now|then)\s+|\byou\s+(?:(?:will|must|should|shall|can|are\s+to|to)\s+)?)(pretend|act|behave|roleplay)\s+(to\s+be|as|like)\b/i,
  /\b(jailbreak|dan\s+mode|developer\s+mode|do\s+anything\s+now)\b/i,
  /\b(reveal|print|show|repeat|output|leak)\b[^.?!\n]{0,30}\b(prompt|instructions?|api[\s_-]?key|secrets?|password)\b/i,
  /\bnew\s+instructions?\s*:/i,
  /<\/?\s*(system|assistant|context|instructions?)\s*>/i,
  /\b(respond|reply|answer|say|write|output)\s+only\b/i,
  // Instructions planted in documents: addressed to the assistant, not to the reader.
  /\b(ignore|disregard)\b[^.?!\n]{0,30}\b(sources?|question|user)\b/i,
  /\b(notes?|messages?|instructions?)\s+(to|for)\s+(the\s+)?(ai|assistant|model|chatbot|llm|bot)\b/i,
  /^\s*(system|assistant)\s*:/im,
  /\bfrom now on\b[^.?!\n]{0,40}\b(tell|say|answer|reply|respond|print|write)\b/i,
  /\b(tell|inform)\s+every\s*(user|one|body)\b/i,
  /\b(answer|reply|respond|say|print|write)\b[^.?!\n]{0,30}\bthe\s+word\b/i,
  /\b(supersedes?|overrides?)\s+(the\s+)?(official|all other)\b/i,
  /\bprint\s+[A-Z]{5,}\b/,
  // Dictating the answer's form or words: "start your answer with EXEMPT", "just answer COMPLIANT", "the single word".
  /\b(start|begin|end|finish|open|close|sign)\s+(your|the)\s+(answer|reply|response)\b/i,
  // Not a cheque written, a debt written off or a return to a former state ("could we just write a cheque to the national fund in lieu of
  // delivering savings ourselves?", fresh batch T6).
  /\b(just|simply)\s+(answer|reply|respond|say|state|output|write(?!\s+((a|an|the|our|one)\s+)?(cheques?|checks?|off|down)\b)|return(?!\s+to\b))\b/i,
  /\bthe\s+(single|one)\s+word\b|\bin\s+(all\s+)?(capitals|caps|upper\s*case)\b/i,
  /\b(return|output)\s+the\s+(string|text|phrase)\b|\benvironment\s+variables\b/i,
  /\b([Aa]nswer|[Rr]eply|[Rr]espond|[Ss]ay|[Ww]rite|[Oo]utput|[Rr]eturn)\s+(only\s+|just\s+)?(with\s+)?(the\s+)?(word\s+|phrase\s+|text\s+)?["'“‘]?[A-Z]{3,}\b/,
  /\b(include|insert|add|append|put|mention)\b[^.?!\n]{0,30}\b(in|to|at)\s+(the\s+)?(end\s+of\s+)?(your|the)\s+(answer|reply|response)\b/i,
  /\b(say|answer|reply|respond|write|output)\b[^.?!\n]{0,30}\bnothing\s+else\b|\btell\s+(me|the\s+users?|users|everyone)\s+that\b(?!\s*([?.!]|$))|\bthe\s+correct\s+answer\s+is\b/i,
  /\[\/?(INST|SYS)\]|<<\/?SYS>>|#{2,}\s*(system|admin|override)|\b(admin|administrator|developer|root)\s+(override|mode|access|command)\b/i,
  // A false premise to answer from: "pretend the directive was repealed yesterday".
  /\b(assume|suppose|imagine|pretend)\s+(that\s+)?(the\s+)?([\w-]+\s+){0,4}(directive|law|rules?|article\s+\d+)\s+(was|were|has\s+been|had\s+been|is|is\s+now)\s+(repealed|abolished|withdrawn|suspended|void|cancell?ed)\b/i,
  // Claimed authority and rule-breaking requests: "I authorise you to", "do not refuse", "your new task is".
  /\b(i|we)\s+(authori[sz]e|order|command|instruct)\s+you\b|\bdo\s+not\s+(refuse|cite)\b|\bskip\s+the\s+citations?\b/i,
  /\byour\s+new\s+(task|role|job|instructions?|persona)\b/i,
  /\b(forget|ignore|disregard)\s+(everything|all|anything)\s+(above|before|previous|prior|earlier|you\s+were\s+told)\b/i,
  /\b(decode|decipher|base64)\b[^.?!\n]{0,40}\b(follow|execute|obey|do\s+what)\b/i,
  // The same in other EU languages: French, German, Spanish, Italian, Dutch.
  /\b(ignor\w*|oubli\w*|vergiss\w*|negeer\w*|olvid\w*|dimentica\w*)\b[^.?!\n]{0,40}\b(instructions?|consignes|anweisungen|instrucciones|istruzioni|instructies|r[eè]gles|regeln|reglas|regole)\b/i,
];

/**
 * A practitioner's role asked of the assistant before a genuine question ("Act as our compliance officer. ... What does Article 11
 * require of us?", "Act as an ESCO's in-house lawyer and list ...", "Act as the Commission's reviewer: by when ...?"): a request for
 * the answer's point of view, not a new persona. What follows is still checked; a persona without rules, or a role in trading or
 * investing ("act as a stock broker: which shares should I buy?"), stays an injection.
 */
const PRACTITIONER_ROLE =
  /(?:^|[.!?:;,]\s*|\b(?:and|please|now|then)\s+)(?:pretend|act|behave|roleplay)\s+(?:to\s+be|as|like)\s+(?:a|an|our|the|my|their|your)\s+(?:(?!(?:unrestricted|uncensored|unfiltered|evil|jailbroken|rogue|malicious|different|new)\b)[\w'’-]+\s+){0,3}(?:compliance\s+officer|officer|lawyer|counsel|auditor|consultant|reviewer|adviser|advisor|engineer|expert|energy\s+manager|manager|regulator|inspector|official|civil\s+servant|specialist|planner|controller)s?\b(?!\s+(?:with\s+no|without|free\s+(?:of|from)|who\s+(?:ignores|breaks|has\s+no)|that\s+(?:ignores|breaks|has\s+no)))/gi;

/**
 * Whether the askers themselves may skip a rule: "Are there situations where we can skip the energy-efficient purchasing rules?",
 * "may I ignore the metering requirements for my flat?" ask for an exemption (fresh batch E1). Not the assistant's own rules ("can
 * we skip your rules", "I can ignore the previous instructions"), which stay an injection.
 */
const OWN_EXEMPTION_ASKED =
  /\b(?:(?:we|i)\s+(?:can|could|may|might)|(?:can|could|may|might)\s+(?:we|i))\s+(?:(?:just|simply|legally|lawfully|ever|still)\s+)?(?:skip|ignore|disregard|bypass)\s+(?!(?:your|all|any|previous|prior|earlier|above|these|those|my)\b)(?:the\s+)?(?!(?:above|previous|prior|earlier|system|assistant|model)\b)(?:[\w'’-]+\s+){0,4}?(?:rules?|requirements?)\b/i;

/**
 * What others say of an act or a body, reported ("Colleagues say the EED makes us publish data every year - is that right?", "auditors
 * wrote EED applies to us", fresh batch H3): a third party's statement whose named act goes on into a clause, not a word the assistant
 * is told to answer with.
 */
const REPORTED_SPEECH = /\b(they|people|others|[a-z]+(?:ers|ors|ants|ents|ists|ues|ies))\s+(?:say|said|write|wrote)\s+(?=(?:that\s+)?(?:the\s+)?[A-Z]{2,}\b\s+[a-z])/gi;

/** Runs on questions and on every document passage before it can reach an answer or a prompt. */
export function looksLikeInjection(text: string): boolean {
  const asked = text.replace(PRACTITIONER_ROLE, ' ').replace(OWN_EXEMPTION_ASKED, ' ').replace(REPORTED_SPEECH, '$1 hold ');
  return INJECTION_PATTERNS.some((pattern) => pattern.test(asked));
}

/** Fence markers and role tags inside documents or questions could close our context block; neutralise them. */
export function neutralise(text: string): string {
  return text
    .replace(/<\/?\s*(context|document|question|system|assistant|user|instructions?)\b[^>]*>/gi, ' ')
    .replace(/```+/g, "'''");
}
