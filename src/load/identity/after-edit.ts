// What a node is called once an edited article's old body is gone: its names, keys and titles from the sources left.
import { personKey } from '../../domain/names';
import { familyKeysOf, fullestName, mergeAliases } from '../identity-rules';
import { byFullness, byText, without } from './clusters';
import { keyTextOf, latest, nameKeysOf } from './entity-plans';
import type { EntityLabel } from './identity.types';

/** A node whose names or titles only the removed article gave, with what its other sources give. */
export interface NamesLeft {
  id: string;
  label: EntityLabel;
  /** as stored */
  nameKeys: string[];
  familyKeys: string[];
  /** from the MENTIONS (REPORTS) edges of the articles left */
  names: string[];
  aliases: string[];
  titles: Array<{ title: string; date: string | null }>;
}

/** The properties to set and the key edges to add and drop. */
export interface Renaming {
  id: string;
  label: EntityLabel;
  props: Record<string, unknown>;
  addKeys: string[];
  dropKeys: string[];
  addFamilyKeys: string[];
  dropFamilyKeys: string[];
}

/** The node's names, keys and titles as a load of the articles left would give them (the rules of buildPlan). */
export function renamingAfterEdit(left: NamesLeft): Renaming {
  const name = fullestName(left.names) ?? fullestName(left.aliases) ?? left.id;
  const aliases = mergeAliases(name, left.names, left.aliases);
  const forms = [name, ...aliases];
  const nameKeys = nameKeysOf(left.label, forms);
  const props: Record<string, unknown> = { name, aliases, nameKeys, aliasText: forms.join(' | ') };
  if (left.label === 'Topic') props.keyText = keyTextOf(nameKeys);
  let familyKeys: string[] = [];
  if (left.label === 'Person') {
    familyKeys = familyKeysOf(forms);
    Object.assign(props, {
      personKey: personKey(name),
      familyKeys,
      title: latest(
        left.titles.map((t) => ({ date: t.date, value: t.title })),
        byFullness,
      ),
      titles: [...new Set(left.titles.map((t) => t.title))].sort(byText),
    });
  }
  return {
    id: left.id,
    label: left.label,
    props,
    addKeys: without(nameKeys, left.nameKeys),
    dropKeys: without(left.nameKeys, nameKeys),
    addFamilyKeys: without(familyKeys, left.familyKeys),
    dropFamilyKeys: without(left.familyKeys, familyKeys),
  };
}
