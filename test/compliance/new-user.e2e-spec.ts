import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Issue 10: what a new user tried first, against the bundled notes and then with the official text added
 * (read from ../shared, never copied into the repository).
 */
const OFFICIAL = readFileSync(join(process.cwd(), '..', 'shared', 'corpus', 'eed-2023-1791.txt'), 'utf8');
/** The dashboard's own suggestions, read from its source so that a new suggestion is tested too. */
const SUGGESTIONS = [...readFileSync(join(process.cwd(), 'client', 'src', 'features', 'copilot', 'components', 'question-form.tsx'), 'utf8')
  .split('export const EXAMPLE_QUESTIONS = [')[1]
  .split('];')[0]
  .matchAll(/'([^']+)'/g)].map((m) => m[1]);

interface Answer {
  answer: string;
  refused: boolean;
  reason?: string;
  citations: { article?: string; paragraph?: string; source: string; excerpt: string; documentId: string; used: boolean }[];
}

describe('copilot answers a new user (bundled notes, then the official text added)', () => {
  let app: TestApp;
  const ask = async (question: string): Promise<Answer> => (await request(app.server).post('/api/compliance/ask').send({ question }).expect(200)).body as Answer;

  beforeAll(async () => {
    app = await startTestApp({ ASK_RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => app.close());

  const cases = (setting: string) => {
    it.each([
      ['What is Article 11?', 'Article 11'],
      ['What does Article 11 say?', 'Article 11'],
      ['Explain Article 26.', 'Article 26'],
      ['Summarise Article 12 of Directive 2023/1791', 'Article 12'],
      ['What does Annex VI require?', 'Annex VI'],
      ['What is the purpose of the directive?', 'Article 1'],
      ['What is the EED trying to achieve?', 'Article 1'],
    ])(`${setting}: "%s" is answered from %s, never refused`, async (question, article) => {
      const result = await ask(question);
      expect(result.refused).toBe(false);
      expect(result.citations[0].article).toBe(article);
      expect(new Set(result.citations.filter((c) => c.used).map((c) => c.article))).toEqual(new Set([article]));
      expect(result.answer.startsWith(`${article} (`)).toBe(true);
    });

    it(`${setting}: the Article 8 rates are everyone's rates, not the Cyprus and Malta derogation`, async () => {
      // Asked in the imperative or as "which rates apply" too (fresh batch D4).
      // "Article 8" named: its number is no figure to match ("the options listed in paragraph 8", fresh batch W9).
      for (const question of ['What are the annual energy savings rates under Article 8?', 'What are the annual savings rates under Article 8?', 'What annual savings rate applies from 2028 to 2030?', 'List the annual savings rates.', 'Which annual savings rates apply?']) {
        const result = await ask(question);
        expect(result.citations[0].article).toBe('Article 8');
        expect(result.answer).toMatch(/1[.,]9 ?%/);
        expect(result.answer).not.toMatch(/Cyprus|Malta|0[.,]24|0[.,]45/);
      }
      const derogation = await ask('Do Cyprus and Malta have lower annual savings rates?');
      expect(derogation.answer).toMatch(/0[.,]24 ?%/);
    });

    it(`${setting}: a paragraph typed without its article's word is that article's paragraph, not a line of the correlation table`, async () => {
      for (const [question, paragraph] of [['26(6)?', '26(6)'], ['what does 11(2) require?', '11(2)']]) {
        const result = await ask(question);
        expect([question, result.citations[0].article, result.citations[0].paragraph]).toEqual([question, `Article ${paragraph.replace(/\(.*$/, '')}`, paragraph]);
      }
    });

    it(`${setting}: a definition question is answered with the asked entry of the glossary, not the entries around it`, async () => {
      for (const [question, entry, fact] of [
        ["What counts as 'split incentives'?", /split incentives/i, /owners and tenants/],
        ['What does the directive mean by energy performance contracting?', /energy performance contracting/i, /contractually agreed level/],
        ["What's a 'public body' in the EED?", /public bodies/i, /national, regional or local authorities/],
      ] as const) {
        const result = await ask(question);
        expect([question, result.citations[0].article]).toEqual([question, 'Article 2']);
        expect(result.answer).toMatch(entry);
        expect(result.answer).toMatch(fact);
        // Not the glossary's lead-in or its other entries ("(22) 'implementing public authority' means ...").
        expect(result.answer).not.toMatch(/following definitions apply|implementing public authority|international standard|‘final customer’/);
      }
    });

    it(`${setting}: a bare "What is X?" on a term the glossary holds is answered with its entry, and an article asked for what it is beside the asker's scene is answered`, async () => {
      for (const [question, fact] of [
        ['What is an energy audit?', /systematic procedure/],
        ['What is energy poverty?', /essential energy services/],
        ['What is cogeneration?', /simultaneous generation/],
      ] as const) {
        const result = await ask(question);
        expect([question, result.citations[0].article]).toEqual([question, 'Article 2']);
        expect(result.answer).toMatch(fact);
      }
      const article = await ask("What is Article 11? We're a manufacturer using roughly 120 TJ a year.");
      expect(article.refused).toBe(false);
      expect(article.citations[0].article).toBe('Article 11');
    });

    it(`${setting}: an old article's new place comes with the new article's title`, async () => {
      const result = await ask('Old Article 9 on gas metering - new article number in the recast?');
      expect(result.answer).toMatch(/corresponds to Article 13 \(Metering for natural gas\)/);
    });

    it(`${setting}: the whole act asked for in outline, or for whom it is, is answered from its subject matter and scope`, async () => {
      for (const question of ['Give me an overview of the EED', 'Who does the EED apply to?', 'What is the EED?']) {
        const result = await ask(question);
        expect([question, result.citations[0]?.article]).toEqual([question, 'Article 1']);
        expect(result.answer).toMatch(/common framework of measures/);
      }
    });

    it(`${setting}: the directive's annexes and chapters asked for as such are listed, each cited with its place`, async () => {
      for (const question of ['What are the annexes of the directive?', 'List the annexes']) {
        const result = await ask(question);
        expect([question, result.refused]).toEqual([question, false]);
        expect(result.answer).toMatch(/^The directive has 17 annexes\. Annex I: National contributions/);
        expect(result.answer).toMatch(/Annex XVII: Correlation table \[17\]\.$/);
        expect(result.answer).not.toMatch(/[A-Z]{5,}/);
        expect(result.citations.map((c) => c.article)).toEqual(Array.from({ length: 17 }, (_, i) => `Annex ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'][i]}`));
      }
      const chapters = await ask('How is the EED structured?');
      expect(chapters.answer).toMatch(/^The directive has 40 articles in 7 chapters/);
      expect(chapters.answer).toContain('Chapter III, Articles 8 to 20: efficiency in energy use');
      expect(chapters.citations.map((c) => c.article)).toEqual(['Article 1', 'Article 5', 'Article 8', 'Article 21', 'Article 25', 'Article 28', 'Article 32']);
      // A topic asked of the annexes is retrieval's to answer.
      const metering = await ask('List the annexes on metering');
      expect(metering.answer).not.toMatch(/^The directive has/);
    });

    it(`${setting}: a slip of the keyboard in a long word costs no answer`, async () => {
      for (const [question, article] of [
        ['Is the Energy Effiicency Directive directly binding on energy companies?', 'Article 40'],
        ['By which date each year must national cogenreation statistics go to the Commission?', 'Article 35'],
      ]) {
        const result = await ask(question);
        expect([question, result.refused]).toEqual([question, false]);
        expect(result.citations.map((c) => c.article)).toContain(article);
      }
    });

    it(`${setting}: the directive named as where to look does not make an unrelated question its own`, async () => {
      for (const question of [
        'According to the EED, what should I feed a 10-year-old cat with a sensitive stomach?',
        'What should I feed a 10-year-old cat under the EED rules?',
        'From an EED perspective, what is the difference between a crocodile and an alligator?',
      ]) {
        expect([question, (await ask(question)).refused]).toEqual([question, true]);
      }
      const asked = await ask('According to the EED, which companies must have an energy management system?');
      expect(asked.refused).toBe(false);
      expect(asked.citations[0].article).toBe('Article 11');
    });

    it(`${setting}: every suggested question of the dashboard is answered in full`, async () => {
      expect(SUGGESTIONS.length).toBeGreaterThanOrEqual(3);
      for (const question of SUGGESTIONS) {
        const result = await ask(question);
        expect(result.refused).toBe(false);
        // No sentence that announces what follows ("the annual rates below", "the following criteria:") ends the answer.
        expect(result.answer).not.toMatch(/\b(rates|criteria|points|items|requirements|list) below\b[^.]*[.;:]?\s*(\[\d+\])?\s*$/i);
        expect(result.answer).not.toMatch(/(:|the following|as follows)\s*(\[\d+\])?\s*$/i);
        expect(result.answer.length).toBeLessThanOrEqual(1400);
      }
      const savings = await ask('What are the energy savings obligations of member states?');
      expect(savings.answer).toMatch(/1[.,]9 ?%/);
      expect(savings.answer).toMatch(/0[.,]8 ?%/);
    });
  };

  describe('bundled notes only', () => {
    cases('notes');

    it("cites bundled notes as such, with the law's paragraph the passage restates", async () => {
      const result = await ask('Which enterprises must carry out an energy audit and how often?');
      expect(result.citations[0]).toMatchObject({ article: 'Article 11', source: 'bundled' });
      expect(result.citations[0].paragraph).toBe('11(2)');
    });
  });

  describe('official text added', () => {
    let officialId: string;
    beforeAll(async () => {
      const added = await request(app.server).post('/api/compliance/documents').send({ title: 'Directive (EU) 2023/1791', content: OFFICIAL, contentType: 'text/plain' }).expect(201);
      officialId = added.body.documentId as string;
    });

    cases('official');

    it('quotes and cites the official text first, with its paragraph', async () => {
      const result = await ask('By when must enterprises above 10 TJ carry out their first energy audit?');
      expect(result.answer).toContain('11 October 2026');
      expect(result.citations[0]).toMatchObject({ documentId: officialId, article: 'Article 11', paragraph: '11(2)', source: 'official' });
    });

    it('goes straight to an article named by its old Directive 2012/27/EU number', async () => {
      const result = await ask('What did Article 8 of Directive 2012/27/EU require about energy audits, and what applies now?');
      expect(result.refused).toBe(false);
      expect(result.citations[0].article).toBe('Article 11');
    });

    it('answers a recital named by its number from that recital, cited as such', async () => {
      const result = await ask('What does recital 30 say?');
      expect(result.refused).toBe(false);
      expect(result.answer).toMatch(/^Recital 30: The need for the Union to improve its energy efficiency/);
      expect(result.citations[0]).toMatchObject({ documentId: officialId, paragraph: 'Recital 30', source: 'official' });
    });

    it('answers which recital is on a topic from the recitals that match it, and refuses one on an unrelated topic', async () => {
      const poverty = await ask('Is there a recital about energy poverty?');
      expect(poverty.refused).toBe(false);
      expect(poverty.answer).toMatch(/^Recital \d+: Energy poverty is a key concept/);
      expect(poverty.citations[0]).toMatchObject({ documentId: officialId, paragraph: expect.stringMatching(/^Recital \d+$/), source: 'official' });
      const heatPumps = await ask('Which recital deals with heat pumps?');
      expect(heatPumps.answer).toMatch(/^Recital \d+: Heat pumps are important/);
      expect((await ask('Is there a recital about football?')).refused).toBe(true);
    });

    it('never shows footnote tails or OJ references', async () => {
      const result = await ask('What is the energy efficiency first principle?');
      expect(result.answer).not.toMatch(/\(OJ [LC]|p\.\s*\d+\)/);
      for (const citation of result.citations) expect(citation.excerpt).not.toMatch(/\(OJ [LC]/);
    });
  });

  it('never shows the Markdown of an uploaded document, in answers or in excerpts', async () => {
    const markdown = [
      '# Heat network policy',
      '',
      '## Customer notice',
      '',
      '**Our district heating company** must give *household customers* one month of notice before any price increase.',
      '',
      '- We also publish the `tariff` table every January.',
    ].join('\n');
    const added = await request(app.server).post('/api/compliance/documents').send({ title: 'Heat network policy', content: markdown, contentType: 'text/markdown' }).expect(201);
    try {
      const result = await ask('How much notice does our district heating company give household customers before a price increase?');
      const fromUpload = result.citations.filter((c) => c.documentId === added.body.documentId);
      expect(fromUpload.every((c) => c.source === 'uploaded')).toBe(true);
      expect(result.answer).not.toMatch(/(^|\s)#{1,6}\s|\*\*|`|(^|\s)\*\w/);
      for (const citation of result.citations) expect(citation.excerpt).not.toMatch(/(^|\s)#{1,6}\s|\*\*|`/);
    } finally {
      await request(app.server).delete(`/api/compliance/documents/${added.body.documentId as string}`).expect(204);
    }
  });
});
