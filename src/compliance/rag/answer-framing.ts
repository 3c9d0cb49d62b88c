/**
 * What a practitioner wraps around a question to frame the answer they want, never what they ask: a label filing it under the
 * directive ("Regarding the EED: ..."), a request for the citation ("Please cite the article."), a greeting and a signed-off name
 * ("Hi team, ... Cheers, Anna"). The answer cites its articles anyway. Left in, the directive's name and the word "article" read as evidence that the
 * question is the directive's: wrapped so, 19 % and 3 % of the dev split's off-topic questions were answered.
 */
export const DIRECTIVE_LABEL =
  /^\s*(regarding|re|about|concerning|on|(quick )?question (on|about))\s+(the )?(recast )?(EED|energy efficiency directive|directive)\s*[:,–—-]\s*/i;
const CITATION_REQUEST =
  /[\s,;]*\b(please |pls |kindly )?(cite|quote|reference|name|give|include|add|show) (me |us )?(the |your )?(relevant |exact |specific )?(articles?|paragraphs?|provisions?|sources?|legal basis|references?)( numbers?| you (rely|relied|are relying) on| used| in (the|your) answer)?( please)?\s*[.!]?\s*$/i;
const GREETING = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening))( (all|team|everyone|folks|there|colleagues|[A-Z][a-z]+))?\s*[,!:;–—-]\s*/i;
/** The sign-off word in any case; the name after it capitalised, as names are ("thanks, regards" is not a name). */
const SIGNED_OFF = /[\s,;]*\b([Cc]heers|[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Bb]est wishes|BR|[Bb]r),?\s+[A-Z][a-z]+\.?\s*$/;

/** The question without its framing; a question that is nothing but framing is returned as it was written. */
export function withoutAnswerFraming(question: string): string {
  const framed = question.replace(SIGNED_OFF, '').replace(CITATION_REQUEST, '').replace(GREETING, '').replace(DIRECTIVE_LABEL, '').trim();
  return framed.length > 0 ? framed : question;
}
