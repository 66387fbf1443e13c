// Puts the titles of a graph loaded before titles had one form (extract/title-forms) in that form: each person's
// `title` and `titles`, its mentions' `titles` and position keys (`facts`), its attendances' `title`, and its
// positions, those that become one merged (its sources counted again from the mentions that state it). Batched by
// person: `parley migrate` runs it again with the `after` it returns until that is null; marked done on the LoadLock
// node once per version of the rule (a new version maps the forms an older one stored). Its name sorts it after
// upgrade/sources-on-mentions, whose position keys on mentions it recounts from.
// $after: the last person id done, or null; $inputs: {titles: {stored title: its form}, marker:
// 'titles-one-form@<version>'} for the stored titles whose form differs (src/load/upgrade-inputs.ts), or null when the
// migration was started without them (not run, not marked)
MERGE (l:LoadLock {id: 'identity'})
WITH l WHERE $inputs IS NOT NULL AND NOT $inputs.marker IN coalesce(l.upgrades, [])
CALL (l) {
  WITH l WHERE size(keys($inputs.titles)) > 0
  MATCH (p:Person) WHERE p.id > coalesce($after, '')
  WITH p ORDER BY p.id LIMIT 2000
  CALL (p) {
    WITH p, $inputs.titles AS f
    WHERE any(t IN coalesce(p.titles, []) WHERE f[t] IS NOT NULL)
      OR (p.title IS NOT NULL AND f[p.title] IS NOT NULL)
    SET p.title = CASE WHEN p.title IS NULL THEN null ELSE coalesce(f[p.title], p.title) END,
        p.titles = COLLECT { UNWIND coalesce(p.titles, []) AS t RETURN DISTINCT coalesce(f[t], t) AS x ORDER BY x }
    WITH p, f
    CALL (p, f) {
      MATCH ()-[m:MENTIONS]->(p)
      WHERE any(t IN coalesce(m.titles, []) WHERE f[t] IS NOT NULL)
      SET m.titles = COLLECT { UNWIND m.titles AS t RETURN DISTINCT coalesce(f[t], t) AS x ORDER BY x },
          m.facts = CASE WHEN m.facts IS NULL THEN null ELSE COLLECT {
            UNWIND m.facts AS k
            WITH k, split(k, '|') AS s
            RETURN DISTINCT CASE WHEN s[0] = 'HOLDS_POSITION' AND f[s[2]] IS NOT NULL
              THEN s[0] + '|' + s[1] + '|' + f[s[2]] ELSE k END AS x ORDER BY x
          } END
    }
    CALL (p, f) {
      MATCH (p)-[a:ATTENDED]->()
      WHERE f[a.title] IS NOT NULL
      SET a.title = f[a.title]
    }
    CALL (p, f) {
      MATCH (p)-[h:HOLDS_POSITION]->(o)
      WITH p, o, coalesce(f[h.title], h.title) AS title, collect(h) AS hs
      WHERE size(hs) > 1 OR hs[0].title <> title
      WITH p, o, title, hs, hs[0] AS keep,
        reduce(x = null, h IN hs | CASE WHEN h.firstSeen IS NOT NULL AND (x IS NULL OR h.firstSeen < x) THEN h.firstSeen ELSE x END) AS first,
        reduce(x = null, h IN hs | CASE WHEN h.lastSeen IS NOT NULL AND (x IS NULL OR h.lastSeen > x) THEN h.lastSeen ELSE x END) AS last
      SET keep.title = title, keep.firstSeen = first, keep.lastSeen = last, keep.since = first, keep.until = last,
        keep.sourceCount = CASE WHEN size(hs) = 1 THEN keep.sourceCount ELSE COUNT {
          MATCH ()-[m:MENTIONS]->(p) WHERE 'HOLDS_POSITION|' + o.id + '|' + title IN m.facts
        } END
      WITH hs
      UNWIND hs[1..] AS gone
      DELETE gone
    }
  }
  RETURN count(p) AS done, max(p.id) AS last
}
CALL (l, done) {
  WITH l WHERE done < 2000
  SET l.upgrades = coalesce(l.upgrades, []) + $inputs.marker
}
RETURN CASE WHEN done < 2000 THEN null ELSE last END AS after
