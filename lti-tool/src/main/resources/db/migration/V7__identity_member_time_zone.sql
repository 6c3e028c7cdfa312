-- The time zone (IANA id, e.g. America/Cayenne) in which the people launched from this member see
-- dates; NULL: the consortium's (plume.display.time-zone).
ALTER TABLE member ADD COLUMN time_zone VARCHAR(64);
