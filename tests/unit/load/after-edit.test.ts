import { renamingAfterEdit } from '../../../src/load/identity/after-edit';

describe('renamingAfterEdit', () => {
  it('names a person from the sources left and drops the keys and titles only the removed article gave', () => {
    const r = renamingAfterEdit({
      id: 'person:hallo-ines',
      label: 'Person',
      nameKeys: [
        'hallo-ines',
        'hallo-ines-maria',
        'halloines',
        'hallomariaines',
        'ineshallo',
        'inesmariahallo',
      ],
      familyKeys: ['hallo', 'ines', 'maria'],
      names: ['Ines Hallo'],
      aliases: ['Hallo Ines'],
      titles: [
        { title: 'Minister', date: '2024-01-02' },
        { title: 'Deputy Minister', date: '2023-05-01' },
      ],
    });
    expect(r.props).toMatchObject({
      name: 'Ines Hallo',
      aliases: ['Hallo Ines'],
      title: 'Minister',
      titles: ['Deputy Minister', 'Minister'],
      familyKeys: ['hallo', 'ines'],
      personKey: 'hallo-ines',
    });
    expect(r.dropKeys).toEqual(['hallo-ines-maria', 'hallomariaines', 'inesmariahallo']);
    expect(r.dropFamilyKeys).toEqual(['maria']);
    expect(r.addKeys).toEqual([]);
  });

  it('picks the fullest name left for an organization, with no person fields', () => {
    const r = renamingAfterEdit({
      id: 'org:xx:agency',
      label: 'Organization',
      nameKeys: ['agency', 'theagencyforpeace'],
      familyKeys: [],
      names: ['Agency'],
      aliases: ['Peace Agency'],
      titles: [],
    });
    expect(r.props).toEqual({
      name: 'Agency',
      aliases: ['Peace Agency'],
      nameKeys: ['agency', 'peaceagency'],
      aliasText: 'Agency | Peace Agency',
    });
    expect([r.addKeys, r.dropKeys]).toEqual([['peaceagency'], ['theagencyforpeace']]);
  });

  it("gives a topic the key text of the keys left, where a removed form's key no longer matches", () => {
    const r = renamingAfterEdit({
      id: 'topic:coastalfisheries',
      label: 'Topic',
      nameKeys: ['coastalfisheries', 'fishingquotas'],
      familyKeys: [],
      names: ['coastal fisheries'],
      aliases: ['fish stocks'],
      titles: [],
    });
    expect(r.props.keyText).toBe('coastalfisheries fishstocks');
    expect(String(r.props.keyText)).not.toContain('quotas');
    expect(String(r.props.keyText)).toContain('fishstock');
  });
});
