/*
 * What a practitioner wraps around a question to frame the answer they want, never what they ask: a label filing it under the
 * directive ("Regarding the EED: ..."), a request for the citation ("Please cite the article.") or for a language, a tracking
 * reference, a greeting and a signed-off name or signature block ("Hi team, ... Cheers, Anna"). The answer cites its articles anyway. Left in, the directive's name and the word "article" read as evidence that the
 * question is the directive's: wrapped so, 19 % and 3 % of the dev split's off-topic questions were answered.
 */
/** The directive as the asker names it: "the EED", "the recast EED", "Directive (EU) 2023/1791", "the Energy Efficiency Directive (EED)", "the directive". */
const DIRECTIVE = String.raw`(?:the )?(?:(?:new|recast|revised|current|amended|EU|EU's|European|Union's|2023) )*(?:EED|energy efficiency directive|EE directive|directive \(EU\) 2023\/1791|directive 2023\/1791|2023\/1791|directive|recast)(?: \((?:EU\) 2023\/1791|2023\/1791|EED)\))?`;
const DIRECTIVE_LABEL = new RegExp(String.raw`^\s*(?:regarding|re|about|concerning|on|(?:quick )?question (?:on|about))\s+${DIRECTIVE}\s*[:,–—-]\s*`, 'i');
/**
 * The directive named as where to look for the answer, before or after what is asked: "According to the EED, ...", "Under Directive
 * (EU) 2023/1791, ...", "... under the Energy Efficiency Directive?", "Does the EED say anything on this? ...". It says which law the
 * asker expects the answer in, not that the question is that law's: so framed, 22 % to 57 % of a sample of the dev split's off-topic
 * questions were answered ("According to the EED, what should I feed a 10-year-old cat?"), and the dev split has not one in-scope
 * question that opens so. Only "under", "according to" and their kin are dropped after the question: "What is new in the EED?" and
 * "Which companies does the directive cover?" ask about the directive itself.
 */
const DIRECTIVE_LEAD = new RegExp(
  String.raw`^\s*(?:(?:according to|under|in|per|as per|based on|going by|within|with (?:regard|respect|reference) to|in terms of|in line with|pursuant to)\s+${DIRECTIVE}|(?:as|like) ${DIRECTIVE} (?:puts it|says|has it|would say))\s*[,:–—-]\s*`,
  'i',
);
const DIRECTIVE_TAIL = new RegExp(String.raw`[,\s]+(?:under|according to|per|as per|pursuant to|in line with|going by|based on)\s+${DIRECTIVE}(?=\s*[?.!]?\s*$)`, 'i');
const ASKS_IF_IT_SAYS = new RegExp(
  String.raw`^\s*(?:(?:does|do) ${DIRECTIVE} (?:say|have|contain|cover|address|state|specify) anything (?:on|about|regarding|for|concerning) (?:this|that|the following)|what does ${DIRECTIVE} (?:say|require|provide|state) (?:here|on this|about this|on that|about that|on the following|about the following|for this))\s*[?:]\s*`,
  'i',
);
/**
 * The same asked after the question, in a sentence of its own: "... ? What does the directive say?", "... ? Is this covered by the
 * EED?", "... ? Am I right that it is in the directive?" (wrapped so, 40 % of a sample of the dev split's off-topic questions were
 * answered), "... Is that what the EED says?".
 */
const IT = String.raw`(?:this|that|it|these|those|all this|all that)`;
const IN_IT = String.raw`(?:(?:really |actually |also )?(?:in|from|part of|under|covered (?:in|by)|addressed (?:in|by)|regulated (?:in|by)|dealt with (?:in|by)|required by|set (?:out )?(?:in|by)|laid down in))`;
const ASKED_AFTER_IF_IT_SAYS = new RegExp(
  String.raw`(?<=[?.!]|[a-z0-9](?=\s+[A-Z]))\s+(?:what does ${DIRECTIVE} (?:say|require|provide|state)(?: (?:about|on) (?:this|that|it))?|(?:is|are) ${IT} ${IN_IT} ${DIRECTIVE}|(?:is|are) ${IT} what ${DIRECTIVE} (?:says|requires)|(?:does|do) ${IT} (?:come|stem) from ${DIRECTIVE}|(?:does|do) ${DIRECTIVE} (?:say anything (?:about|on)|cover|address|regulate|deal with) ${IT}|(?:am I|are we|is it) (?:right|correct) (?:that|in thinking that|to (?:think|say) that) (?:${IT} (?:is|are|comes?|falls?) ${IN_IT}|${IT} (?:is|are) (?:an? )?(?:requirement|rule|obligation)s? (?:of|in|under)) ${DIRECTIVE})\s*\?\s*$`,
  'i',
);
const CITATION_REQUEST =
  /[\s,;]*\b(please |pls |kindly )?(cite|quote|reference|name|give|include|add|show) (me |us )?(the |your )?(relevant |exact |specific )?(articles?|paragraphs?|provisions?|sources?|legal basis|references?)( numbers?| you (rely|relied|are relying) on| used| in (the|your) answer)?( please)?\s*[.!]?\s*$/i;
/** A request to help before the question, a sentence of its own: "Could you check this for me?", "Can you help me with something?". */
const HELP_REQUEST =
  /^\s*(?:(?:could|can|would|will) (?:you|someone|anyone)(?: please| kindly| quickly)? (?:check|help|look (?:at|into)|confirm|clarify|answer)(?: (?:this|something|me|us|a question|a quick question))?(?: (?:out|for me|for us|with (?:this|something|a question)))*|(?:please|pls) (?:help|check|confirm)(?: (?:this|me|us))?)\s*[?.!:]\s+(?=\S)/i;
const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening))( (all|team|everyone|folks|there|colleagues|[A-Z][a-z]+))?\s*[,!:;–—-]\s*/i;
/**
 * A request for the answer's language: "(Please answer in German.)", "Reply in French please". The copilot answers in the language of
 * its corpus; the language named read as the country's rule ("German"): so asked, a fifth of a sample of the dev split was refused.
 */
const LANGUAGES = String.raw`(?:English|German|French|Spanish|Italian|Polish|Dutch|Portuguese|Czech|Slovak|Slovenian|Swedish|Danish|Finnish|Greek|Hungarian|Romanian|Bulgarian|Croatian|Estonian|Latvian|Lithuanian|Irish|Maltese|Norwegian)`;
const LANGUAGE_REQUEST = new RegExp(
  String.raw`[\s,;]*\(?\b(?:please |pls |kindly |could you |can you )?(?:answer|reply|respond|write|explain|translate)(?: this| it| the answer)?(?: to me| for me)? (?:in|into) ${LANGUAGES}(?: please| if possible| thanks)?\s*[.!]?\)?\s*[.!]?\s*$`,
  'i',
);
/**
 * A tracking reference before the question: "[TICKET-4821]", "Ticket #4821:", "Ref ABC-123 -", "#4821". Its code read as an unknown
 * act's name: so tagged, a third of a sample of the dev split was refused. A bracket that names a place or the directive stays.
 */
const REFERENCE_TAG =
  /^\s*(?:\[(?![^\]]*\b(?:articles?|art|annex(?:es)?|recitals?|EED|directive)\b)[^\]\n]{1,40}\]|(?:ticket|case|ref(?:erence)?|request|req|issue|task|incident)\s*(?:no\.?|number|#)?\s*[:#]?\s*[A-Z0-9][\w/.-]*\d[\w/.-]*|#\d{2,})\s*[:–—-]?\s+/i;
/**
 * A signature block under the question: a sign-off on its own line and up to four short lines after it (name, role, company,
 * telephone): "Best regards,\nMarta Kowalska\nEnergy Manager". Its role and company words read as the question's.
 */
const SIGNATURE_BLOCK = /\n\s*(?:cheers|thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|best wishes|best|sincerely|yours sincerely|yours faithfully|br|mfg|cordialement)[,.!]?[ \t]*(?:\n[^\n?]{1,60}){0,4}\s*$/i;
/** The sign-off word in any case; the name after it capitalised, as names are ("thanks, regards" is not a name). */
const SIGNED_OFF = /[\s,;]*\b([Cc]heers|[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Bb]est wishes|BR|[Bb]r),?\s+[A-Z][a-z]+\.?\s*$/;

/** The text without the directive named as a label or as where to look ("Regarding the EED:", "According to the EED,", "... under the EED?"). */
function withoutDirectiveLabel(text: string): string {
  return text.replace(DIRECTIVE_LABEL, '').replace(ASKS_IF_IT_SAYS, '').replace(DIRECTIVE_LEAD, '').replace(DIRECTIVE_TAIL, '');
}

/**
 * The question with the directive named after what is asked ("... can we ask bidders to disclose embodied-carbon information under the EED?"), and
 * no label or lead before it, as written: where another act is named beside it, the closing name says which act is asked (fresh batch U1).
 * Undefined for any other question.
 */
export function askedUnderTheDirective(text: string): string | undefined {
  return DIRECTIVE_TAIL.test(text) && !DIRECTIVE_LABEL.test(text) && !DIRECTIVE_LEAD.test(text) ? text : undefined;
}

/**
 * What the question asks without any word that only points at the directive, for the gate's evidence that it is the directive's
 * (scope-model.ts judgedOffTopic, relevance-gate.ts gateEvidence, scope-rules.ts outOfScope): also without a closing "Does the EED
 * say anything about this?".
 * That sentence stays in the question everything else reads: after a scene ("Our housing cooperative keeps arguing about how to
 * split the cost of heating the stairwells."), it is what makes the scene a question, and the scope model learned it so.
 */
export function withoutDirectiveFrame(text: string): string {
  return withoutDirectiveLabel(text).replace(ASKED_AFTER_IF_IT_SAYS, '');
}

/**
 * The question without its framing; a question that is nothing but framing is returned as it was written. A closing "Is that in the
 * EED?" after a question sentence of its own is framing too: it asks nothing the question before it does not (wrapped so, up to 5 %
 * of a sample of the dev split's in-scope questions were refused).
 */
export function withoutAnswerFraming(question: string): string {
  const unasked = question.replace(ASKED_AFTER_IF_IT_SAYS, (closing: string, offset: number) => (question.slice(0, offset).includes('?') ? '' : closing));
  const unsigned = unasked.replace(SIGNATURE_BLOCK, '').replace(SIGNED_OFF, '');
  const framed = withoutDirectiveLabel(unsigned.replace(LANGUAGE_REQUEST, '').replace(CITATION_REQUEST, '').replace(REFERENCE_TAG, '').replace(GREETING, '').replace(HELP_REQUEST, '')).trim();
  return framed.length > 0 ? framed : question;
}
