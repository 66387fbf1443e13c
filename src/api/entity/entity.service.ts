import type { Entity } from './entity.interface';
import type { EntityRepository, EntityRow } from './entity.repository';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Maps a stored node of any label to the GraphQL type of that label. */
export function entityFromRow(row: EntityRow): Entity & Record<string, unknown> {
  const base = { id: row.id, label: row.label, name: str(row.name) ?? str(row.title) ?? row.id };
  switch (row.label) {
    case 'Person':
      return {
        ...base,
        aliases: strs(row.aliases),
        title: str(row.title),
        countryCode: str(row.country),
        firstSeen: str(row.firstSeen),
        lastSeen: str(row.lastSeen),
      };
    case 'Organization':
      return { ...base, kind: str(row.kind), aliases: strs(row.aliases), countryCode: str(row.country) };
    case 'Place':
      return { ...base, countryCode: str(row.country) };
    case 'Topic':
      return { ...base, aliases: strs(row.aliases) };
    case 'Meeting':
      return {
        ...base,
        kind: str(row.kind),
        date: str(row.date),
        dateStart: str(row.dateStart),
        dateEnd: str(row.dateEnd),
        datePrecision: str(row.datePrecision),
        format: str(row.format),
        series: str(row.series),
        ordinal: typeof row.ordinal === 'number' ? row.ordinal : null,
        aliases: strs(row.aliases),
      };
    case 'Article':
      return {
        ...base,
        title: str(row.title),
        date: str(row.date),
        source: str(row.source),
        url: str(row.url),
      };
    default:
      return base;
  }
}

export class EntityService {
  constructor(private readonly entities: EntityRepository) {}

  async byId(id: string): Promise<Entity | null> {
    if (id.length === 0 || id.length > 500) return null;
    const [row] = await this.entities.byIds([id]);
    return row ? entityFromRow(row) : null;
  }
}
