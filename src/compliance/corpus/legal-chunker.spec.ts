import { chunkLegalText, embeddingText, MAX_CHUNK_CHARS, splitSentences } from './legal-chunker.js';
import { readSharedText } from '../../../test/support/shared-file.js';

// The official text sits in the shared folder beside the repository (CI has it too).
const OFFICIAL = readSharedText('corpus', 'eed-2023-1791.txt');

describe(chunkLegalText.name, () => {
  const chunks = chunkLegalText({ documentId: 'eed', title: 'Directive (EU) 2023/1791', text: OFFICIAL });

  it('finds all 40 articles and 17 annexes of the official text, in order', () => {
    const labels = [...new Set(chunks.map((c) => c.metadata.article).filter(Boolean))];
    const expected = [...Array.from({ length: 40 }, (_, i) => `Article ${i + 1}`), ...'I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII'.split(' ').map((n) => `Annex ${n}`)];
    expect(labels).toEqual(expected);
  });

  it('keeps the article titles, including multi-line annex titles', () => {
    const byArticle = (label: string) => chunks.find((c) => c.metadata.article === label)?.metadata.articleTitle;
    expect(byArticle('Article 11')).toBe('Energy management systems and energy audits');
    expect(byArticle('Article 8')).toBe('Energy savings obligation');
    expect(byArticle('Annex VI')).toBe('MINIMUM CRITERIA FOR ENERGY AUDITS INCLUDING THOSE CARRIED OUT AS PART OF ENERGY MANAGEMENT SYSTEMS');
  });

  it('does not take a wrapped cross-reference ("Article 28" alone on a line) for a heading', () => {
    const article11 = chunks.filter((c) => c.metadata.article === 'Article 11').map((c) => c.text).join('\n');
    expect(article11).toContain('in accordance with Article 28');
  });

  it('keeps every chunk within the size limit and numbers chunks in order', () => {
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(chunks.map((c) => c.metadata.chunkIndex)).toEqual(chunks.map((_, i) => i));
  });

  it('makes one chunk per numbered paragraph, labelled with its paragraph and recognised as the official text', () => {
    const article11 = chunks.filter((c) => c.metadata.article === 'Article 11');
    // Long paragraphs (11(2), 11(5)) are cut into pieces that keep their paragraph.
    expect([...new Set(article11.map((c) => c.metadata.paragraph))]).toEqual(Array.from({ length: 12 }, (_, i) => `11(${i + 1})`));
    expect(article11.every((c) => c.metadata.source === 'official')).toBe(true);
    expect(chunks.find((c) => c.metadata.article === 'Annex VI')?.metadata.paragraph).toBe('Annex VI');
  });

  it('labels a passage whose words differ from the official text as uploaded, whatever its title claims', () => {
    const forged = OFFICIAL.replace('subsequent energy audits are carried out at least every four years', 'no further energy audits are needed');
    const article11 = chunkLegalText({ documentId: 'f', title: 'Directive (EU) 2023/1791 (official consolidated text)', text: forged }).filter((c) => c.metadata.article === 'Article 11');
    expect(article11.filter((c) => c.metadata.source === 'uploaded').map((c) => c.metadata.paragraph)).toEqual(['11(2)']);
  });

  it('drops Official Journal footnotes and keeps wrapped references inside their sentence', () => {
    const text = chunks.map((c) => c.text).join('\n');
    expect(text).not.toContain('(OJ L 243, 9.7.2021');
    expect(text).not.toMatch(/\n\(EU\) 2018\/1999/);
    expect(text).toContain('The obligation to transpose this Directive into national law');
  });

  it('never cuts a numbered paragraph that fits in one chunk', () => {
    const paragraph = /(?:^|\n)(\d{1,2})\. /g;
    for (const chunk of chunks.filter((c) => c.metadata.article === 'Article 11')) {
      const starts = [...chunk.text.matchAll(paragraph)];
      if (starts.length > 0) expect(chunk.text.startsWith(`${starts[0][1]}. `) || starts[0].index === 0).toBe(true);
    }
    const first = chunks.find((c) => c.metadata.article === 'Article 11');
    expect(first?.text).toMatch(/^1\. Member States shall ensure that enterprises with an average annual consumption higher than 85 TJ[\s\S]*11 October 2027\./);
  });

  it('marks text before Article 1 (the recitals) as outside any article', () => {
    expect(chunks[0].metadata.article).toBeUndefined();
    expect(chunks[0].metadata.documentId).toBe('eed');
  });

  it('reads our Markdown notes: "# Article N — Title" then paragraphs and points', () => {
    const note = '# Article 11 — Energy management systems and energy audits\n\nIntro paragraph.\n\n1. First numbered paragraph\nwrapped on two lines.\n(a) point one;\n(b) point two.\n\n2. Second paragraph.';
    const [intro, first, second] = chunkLegalText({ documentId: 'n', title: 'Article 11 — Energy management systems and energy audits', text: note, source: 'bundled' });
    // Our notes number their paragraphs their own way: their numbers are never taken for the directive's.
    expect(intro.metadata).toEqual({ documentId: 'n', title: 'Article 11 — Energy management systems and energy audits', article: 'Article 11', articleTitle: 'Energy management systems and energy audits', source: 'bundled', chunkIndex: 0 });
    expect([intro.text, first.text, second.text]).toEqual(['Intro paragraph.', '1. First numbered paragraph wrapped on two lines.\n(a) point one;\n(b) point two.', '2. Second paragraph.']);
    const chunk = intro;
    expect(embeddingText(chunk).startsWith('Article 11 Energy management systems and energy audits\n')).toBe(true);
    expect(chunkLegalText({ documentId: 'a', title: 'A', text: '# Annex VI — Audits\n\nText.' })[0].metadata.article).toBe('Annex VI');
    expect(chunkLegalText({ documentId: 'p', title: 'P', text: 'Article 3 - Grid policy\nText.' })[0].metadata).toMatchObject({ article: 'Article 3', articleTitle: 'Grid policy' });
  });

  it("keeps a note's list whole with its lead-in when the numbered block above it and the block below it are long", () => {
    const long = (words: string) => `${words} `.repeat(20).trim();
    const note = [
      '# Article 8 — Energy savings obligation',
      `1. Rates, first period. ${long('The first period ran on sales.')}`,
      'Rates from 2021, as a share of consumption:\n(a) 0,8 % from 2021;\n(b) 1,3 % from 2024;\n(c) 1,5 % from 2026;\n(d) 1,9 % from 2028.',
      `Cyprus and Malta. ${long('They have lower rates by derogation.')}`,
    ].join('\n\n');
    const texts = chunkLegalText({ documentId: 'n', title: 'Article 8', text: note, source: 'bundled' }, 700).map((chunk) => chunk.text);
    expect(texts.find((text) => text.includes('(c) 1,5 %'))).toContain('(d) 1,9 % from 2028.');
    expect(texts.find((text) => text.includes('(d) 1,9 %'))).toContain('Rates from 2021, as a share of consumption:');
  });

  it("cites a note passage with the law's paragraph when it names exactly one of its own article, or opens on one", () => {
    const note = [
      '# Article 11 — Energy management systems and energy audits',
      'Intro naming nothing.',
      '1. Management systems. Under Article 11(1), enterprises above 85 TJ must run one.',
      '2. Exemptions. Under Article 11(10) and Article 11(11), some are exempt.',
      '3. Links. Article 12(1) sets data centre duties; Article 11(7) covers SMEs.',
      // Opens on one paragraph and names another in passing: cited with the one it opens on.
      '4. Under Article 11(2), audits follow every four years. Their experts qualify under Article 11(5) or Article 28.',
      '5. Several paragraphs matter here; Article 11(3) and Article 11(4) on reporting, and Article 11(9) on deemed audits.',
    ].join('\n\n');
    const paragraphs = chunkLegalText({ documentId: 'n', title: 'Article 11', text: note, source: 'bundled' }).map((chunk) => chunk.metadata.paragraph);
    expect(paragraphs).toEqual([undefined, '11(1)', undefined, '11(7)', '11(2)', undefined]);
    const annex = chunkLegalText({ documentId: 'a', title: 'Annex VI', text: '# Annex VI — Audits\n\n1. Under Annex VI(2), audits cover transport.', source: 'bundled' });
    expect(annex[0].metadata.paragraph).toBe('Annex VI(2)');
  });

  it('cuts a sentence longer than the limit between words, never inside one', () => {
    const words = Array.from({ length: 200 }, (_, i) => `provider${i}`);
    const chunks = chunkLegalText({ documentId: 'x', title: 'X', text: `# Annex XV — Contracts\n\n${words.join(' ')}` }, 300);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(300);
    expect(chunks.flatMap((chunk) => chunk.text.split(' '))).toEqual(words);
  });

  it('splits a paragraph larger than the limit at sentence ends', () => {
    const sentence = 'Member States shall ensure that the obligation is met in full. ';
    const chunksOfLong = chunkLegalText({ documentId: 'x', title: 'X', text: `# Article 1 — Long\n\n1. ${sentence.repeat(60)}` }, 400);
    expect(chunksOfLong.length).toBeGreaterThan(5);
    for (const chunk of chunksOfLong) {
      expect(chunk.text.length).toBeLessThanOrEqual(400);
      expect(chunk.text.trim().endsWith('.')).toBe(true);
    }
  });
});

describe(splitSentences.name, () => {
  it('keeps a paragraph number with its sentence and splits at sentence ends and point lines', () => {
    expect(splitSentences('1. First one. Second one; then\n(a) a point')).toEqual(['1. First one.', 'Second one; then', '(a) a point']);
  });

  it("does not end a sentence at an Official Journal page or a regulation's number", () => {
    const amendment = 'Point (1) is replaced by a reference to Directive (EU) 2023/1791 (OJ L 231, 20.9.2023, p. 1). The rest stays.';
    expect(splitSentences(amendment)).toEqual(['Point (1) is replaced by a reference to Directive (EU) 2023/1791 (OJ L 231, 20.9.2023, p. 1).', 'The rest stays.']);
    expect(splitSentences('As defined in Regulation (EC) No. 1099/2008. Next.')).toEqual(['As defined in Regulation (EC) No. 1099/2008.', 'Next.']);
  });

  it("keeps the official text's dash points on lines of their own, so each is a sentence", () => {
    const annex = 'Article 1\nSubject matter\n1. Text.\nANNEX XV\nMINIMUM ITEMS\n— Guaranteed savings to be achieved by implementing\nthe measures.\n— The duration of the contract, terms and period of notice.';
    const [item] = chunkLegalText({ documentId: 'x', title: 'x', text: annex }).filter((c) => c.metadata.article === 'Annex XV');
    expect(splitSentences(item.text)).toEqual(['— Guaranteed savings to be achieved by implementing the measures.', '— The duration of the contract, terms and period of notice.']);
  });
});
