// An organization's positions oldest first (fragments/position-page): `org` is the organization's id on each edge.
CREATE RANGE INDEX position_org_since IF NOT EXISTS FOR ()-[h:HOLDS_POSITION]-() ON (h.org, h.since)
