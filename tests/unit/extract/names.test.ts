import { foldName, personKey } from '../../../src/domain/names';

describe('foldName', () => {
  it('folds like the scorer', () => {
    expect(foldName('Kim Hong-kyun')).toBe('kimhongkyun');
    expect(foldName('Rénan Müller')).toBe('renanmuller');
  });
});

describe('personKey', () => {
  it('ignores order, initials and hyphens', () => {
    expect(personKey('Hayashi Yoshimasa')).toBe(personKey('Yoshimasa Hayashi'));
    expect(personKey('Antony J. Blinken')).toBe(personKey('Antony Blinken'));
    expect(personKey('Kim Hong-kyun')).toBe('hongkyun-kim');
    expect(personKey('Joseph R. Biden, Jr.')).toBe(personKey('Joseph Biden'));
  });
});
