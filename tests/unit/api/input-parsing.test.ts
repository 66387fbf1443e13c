import countries from 'i18n-iso-countries';
import { countryCode } from '../../../src/api/common/country-code';
import { dateWindow, partialDateSpan } from '../../../src/api/common/date-window';
import { nameParams } from '../../../src/api/common/name-lookup';
import { FACT_RELATIONSHIPS, relationshipTypes } from '../../../src/api/traversal/relationship-type';
import { ParleyError } from '../../../src/errors/parley.error';

test('partial dates cover the days they name', () => {
  expect(partialDateSpan('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  expect(partialDateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  expect(partialDateSpan('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
  expect(partialDateSpan('2024-07-24')).toEqual({ start: '2024-07-24', end: '2024-07-24' });
  for (const bad of ['2024-13', '2024-02-30', '2024-1', '24', 'yesterday', '2024-07-24T00:00', '0000', '']) {
    expect(partialDateSpan(bad)).toBeNull();
  }
});

test('a window rejects non-dates naming the argument, and to before from', () => {
  expect(dateWindow('2024', '2024-06')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  expect(dateWindow(null, undefined)).toEqual({ from: null, to: null });
  const fail = (from: string | null, to: string | null) => {
    try {
      dateWindow(from, to);
    } catch (e) {
      return (e as ParleyError).details.argument;
    }
    return 'accepted';
  };
  expect(fail('not a date', null)).toBe('from');
  expect(fail(null, '2024-99')).toBe('to');
  expect(fail('2025', '2024')).toBe('to');
});

test('names fold to lookup keys; empty and absurd names match nothing', () => {
  expect(nameParams(' Kim Hong-kyun ')).toEqual({
    name: 'Kim Hong-kyun',
    key: 'kimhongkyun',
    pkey: 'hongkyun-kim',
  });
  expect(nameParams('')).toBeNull();
  expect(nameParams('  ')).toBeNull();
  expect(nameParams('x'.repeat(10_000))).toBeNull();
  expect(nameParams('"*()')).toBeNull();
});

test('countries by code or English name', () => {
  expect(countryCode('kr')).toBe('KR');
  expect(countryCode('South Korea')).toBe('KR');
  expect(countryCode('Nowhere Land')).toBeNull();
  expect(countryCode('  united states of america ')).toBe('US');
  expect(countryCode('uk')).toBe('GB');
  expect(countryCode('xa')).toBe('XA');
});

test('an English name gives the code the library gives for it, every name in any case', () => {
  const names = Object.values(countries.getNames('en', { select: 'all' }) as Record<string, string[]>).flat();
  expect(names.length).toBeGreaterThan(250);
  for (const name of names)
    for (const variant of [name, name.toUpperCase(), name.toLowerCase()])
      expect(countryCode(variant)).toBe(countries.getAlpha2Code(variant, 'en') ?? null);
});

test('relationship types come from the whitelist only', () => {
  expect(relationshipTypes(undefined)).toEqual(FACT_RELATIONSHIPS);
  expect(relationshipTypes(['ATTENDED', 'ATTENDED', 'DROP DATABASE', 'MENTIONS'])).toEqual([
    'ATTENDED',
    'MENTIONS',
  ]);
});
