import { foldName, personKey } from '../../domain/names';
import { MAX_NAME_LENGTH } from './user-input';

/** Parameters every by-name statement takes: the raw name (ids match it), its fold and its person key. */
export interface NameParams {
  name: string;
  key: string;
  pkey: string;
}

/** The lookup keys of a typed name, or null when it cannot match anything (empty, or absurdly long). */
export function nameParams(name: string): NameParams | null {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) return null;
  const key = foldName(trimmed);
  if (key.length === 0 && !trimmed.includes(':')) return null;
  return { name: trimmed, key, pkey: personKey(trimmed) || key };
}
