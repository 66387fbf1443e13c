// English names for ISO codes that an extraction implies (a person's country) without listing the country itself.
import countries from 'i18n-iso-countries';

export function countryDisplayName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
