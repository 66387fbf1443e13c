// Places: meeting venues, one entry per name, with the state of a capital or of "City, Country".
import { capitalCountry, lookupCountry } from './country-gazetteer';
import type { ExtractedPlace } from './extraction.types';

export class PlaceList {
  readonly list: ExtractedPlace[] = [];
  private readonly byName = new Map<string, ExtractedPlace>();

  idOf(name: string): string {
    let p = this.byName.get(name);
    if (!p) {
      p = { id: `l${this.list.length + 1}`, name, country: placeCountry(name) };
      this.list.push(p);
      this.byName.set(name, p);
    }
    return p.id;
  }
}

function placeCountry(name: string): string | null {
  const base = name.split(',')[0]!.trim();
  const tail = name.split(',')[1]?.trim();
  return (
    capitalCountry(name) ??
    capitalCountry(base) ??
    (tail ? (lookupCountry(tail)?.code ?? null) : null) ??
    lookupCountry(base)?.code ??
    null
  );
}
