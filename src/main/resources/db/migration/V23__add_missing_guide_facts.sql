-- Facts of the published guide that the portal did not state yet, in our own words: image and text
-- annotation as named kinds of the work, personalized marketing and creative content as specialist
-- uses of AI, and roles on the AI product side as a further career step. (The pay-band note, which
-- says to check current rates for one's own field and region, is a message: pay.bands.note.)
-- Whole bodies are replaced, since UPDATE cannot append portably; each keeps its earlier text.

UPDATE guide_sections SET body = 'This is where most people start. The work means attaching tags, labels or other descriptive information (known as metadata) to raw data so a model can learn from it. Typical tasks are listed below by type of material.

The work is usually named after the material it deals with:

- **Image annotation** helps computer vision: boxes drawn around objects, pictures divided into their regions (segmentation), and whole scenes sorted into categories.
- **Text annotation** helps natural language processing: words tagged by part of speech, names of people, places and organizations marked as named entities, the sentiment of a passage judged, and whole documents filed under categories.
- **Audio annotation** helps systems that listen: speech written down, speakers told apart, and sounds put into categories.'
WHERE slug = 'annotation-and-labeling';

UPDATE guide_sections SET body = 'AI is moving past everyday jobs into demanding specialist territory, such as scientific research, complex financial modeling, marketing personalized to each customer, and the generation of creative content (stories, pictures, advertising copy) where tone and taste decide whether the result works. Broad, generic data sets simply do not hold enough of the right material for a system to excel there, which is why such projects look for people who know the field.

Experts make sure the training data reflects how their field really works, including its complications and its particular vocabulary. The more specialized the application, the more that knowledge counts.'
WHERE slug = 'specialized-applications';

UPDATE guide_sections SET body = 'Most people begin with entry-level annotation and build from there. From the core trainer role, the path can lead up to a senior position or sideways into several specialisms, shown below. Some go further still, into roles on the AI product side, where knowing how the training data was made helps decide what a product should do and how well it must do it.

The outlook is good, especially for people with strong expertise in a field. As AI becomes more capable and is used in more sensitive settings, the need for human oversight and careful data work is expected to keep growing. This is not a stopgap job waiting to disappear; it is a lasting part of building AI that works well and responsibly.'
WHERE slug = 'career-path';
