import { withoutMailWrapping } from './mail-wrapping.js';

describe(withoutMailWrapping.name, () => {
  it('drops header lines, thread markers and quote markers and keeps the subject and the body', () => {
    const written = [
      'From: Facilities Team',
      'Sent: Monday, 3 March 2026 09:12',
      'Subject: FW: RE: heat meter location',
      '',
      'Hi,',
      '> Can someone confirm before the contractor arrives?',
      'Where does the directive say the heat meter has to be installed?',
    ].join('\n');
    expect(withoutMailWrapping(written)).toBe(
      ['heat meter location', '', 'Hi,', 'Can someone confirm before the contractor arrives?', 'Where does the directive say the heat meter has to be installed?'].join('\n'),
    );
  });

  it('reads the markers whatever their case and spacing, German ones included', () => {
    expect(withoutMailWrapping('Subject : Aw: Wg:  audit deadline\n>> When is the first audit due?')).toBe('audit deadline\nWhen is the first audit due?');
  });

  it('leaves a question without wrapping as it was written, colons and arrows inside a line included', () => {
    for (const question of ['Re the audit: when is it due?', 'Our 2 MW site (load > 1 MW): must we report?', 'Quick one: from when must data centres report?']) {
      expect(withoutMailWrapping(question)).toBe(question);
    }
  });
});
