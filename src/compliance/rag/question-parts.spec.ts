import { questionParts } from './question-parts.js';

describe(questionParts.name, () => {
  it('returns a question with a single ask as it is', () => {
    expect(questionParts('Which enterprises must carry out an energy audit?')).toEqual(['Which enterprises must carry out an energy audit?']);
  });

  it('splits a further ask after "and" followed by a question word or an auxiliary', () => {
    expect(questionParts("Can we make bidders disclose the building's life-cycle emissions, and where must we publish the contract's efficiency impact?")).toEqual([
      "Can we make bidders disclose the building's life-cycle emissions",
      "where must we publish the contract's efficiency impact?",
    ]);
  });

  it('leaves out the sentences that only describe the asker, and takes each question sentence as an ask', () => {
    expect(questionParts('We run a 600-bed hospital owned by the region. Do we have to publish our consumption? Which figures go in it?')).toEqual([
      'Do we have to publish our consumption?',
      'Which figures go in it?',
    ]);
  });

  it('splits at a comma only after a clause that is itself an ask, never inside a relative or conditional clause', () => {
    expect(questionParts('Which buildings go on the list, when is it due, how often is it updated?')).toEqual(['Which buildings go on the list', 'when is it due', 'how often is it updated?']);
    expect(questionParts('For tenders above the EU thresholds, are we obliged to buy efficient equipment?')).toEqual(['For tenders above the EU thresholds, are we obliged to buy efficient equipment?']);
    expect(questionParts('Our plant, which uses 90 TJ, what must we do?')).toEqual(['Our plant, which uses 90 TJ, what must we do?']);
  });

  it('splits at a dash or a semicolon, and drops a tail too short to ask anything of its own', () => {
    expect(questionParts('Is that how it works - what is the 3 % calculated on?')).toEqual(['Is that how it works', 'what is the 3 % calculated on?']);
    expect(questionParts('What is the threshold; who checks it?')).toEqual(['What is the threshold', 'who checks it?']);
    expect(questionParts('Do we need an audit, and why?')).toEqual(['Do we need an audit']);
  });

  it('takes the last sentence when none ends with a question mark', () => {
    expect(questionParts('Our network emits 130 g per kWh. Tell me the limit that applies and who checks it.')).toEqual(['Tell me the limit that applies', 'who checks it.']);
  });
});
