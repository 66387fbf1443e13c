import { InputError } from '../../../src/domain/input-error';
import { MAX_TEXT_FIELD_LENGTH } from '../../../src/domain/input-limits';
import { checkPostedArticle, isCalendarDay } from '../../../src/domain/posted-article';

function pathOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).path;
  }
  return 'no error';
}

test('a posted article is trimmed, empty fields dropped, and its date a calendar day', () => {
  expect(
    checkPostedArticle(
      { text: 'Body.', title: '  T ', source: '', url: null, date: ' 2024-02-29 ', replaces: ' a1 ' },
      100,
    ),
  ).toEqual({ text: 'Body.', meta: { title: 'T', date: '2024-02-29' }, replaces: 'a1' });
  expect(isCalendarDay('2024-02-30')).toBe(false);
  expect(isCalendarDay('2023-02-29')).toBe(false);
});

test.each([
  ['empty text', { text: '  ' }, ['text']],
  ['not a string', { text: 42 }, ['text']],
  ['over the byte cap (UTF-8 bytes, not characters)', { text: 'é'.repeat(60) }, ['text']],
  ['a date that is not a day', { text: 'x', date: '2024-13-45' }, ['date']],
  ['a partial date', { text: 'x', date: '2024-07' }, ['date']],
  ['a long title', { text: 'x', title: 't'.repeat(MAX_TEXT_FIELD_LENGTH + 1) }, ['title']],
])('%s: an InputError with the path of the argument', (_what, input, path) => {
  expect(pathOf(() => checkPostedArticle(input, 100))).toEqual(path);
});
