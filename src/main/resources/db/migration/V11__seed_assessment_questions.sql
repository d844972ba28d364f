-- The readiness quiz, written for people who know their own field but not necessarily computing.
-- Three questions per skill, mixing honest self-ratings with short situations. In every question the
-- weakest option scores 0 and the strongest 100.

INSERT INTO readiness_levels (slug, name, min_score, meaning) VALUES
    ('getting-started', 'Getting started', 0,
     'You are near the beginning, which is where everyone starts. Work through the next steps below before you apply; a few months of steady study and practice usually make a clear difference.'),
    ('building-up', 'Building up', 40,
     'You have a real base to work from. Close the gaps listed below and try a few practice projects, and you will be in a good position to apply.'),
    ('ready-to-apply', 'Ready to apply', 65,
     'You could start applying for paid projects now and keep strengthening your weaker skills while you work.'),
    ('ready-for-expert-work', 'Ready for expert work', 85,
     'Your answers point to specialist projects that lean on what you know. Aim for work that values your field, not only general labelling.');

INSERT INTO skill_weights (skill_slug, weight, reason) VALUES
    ('domain-expertise', 2, 'Counts double, because the guide calls knowing your field the most important qualification.'),
    ('attention-to-detail', 1, 'Counts once.'),
    ('analytical-thinking', 1, 'Counts once.'),
    ('ai-ml-literacy', 1, 'Counts once.'),
    ('communication', 1, 'Counts once.'),
    ('adaptability', 1, 'Counts once.');

INSERT INTO assessment_questions (slug, skill_slug, kind, prompt, hint, short_prompt, position) VALUES
    ('de-explain', 'domain-expertise', 'self-rating',
     'How well could you walk a newcomer through the tricky, borderline cases in your field?',
     NULL, 'explaining the hard cases in your field', 1),
    ('de-check-answer', 'domain-expertise', 'scenario',
     'A chatbot gives a smooth, confident answer to a question from your field. How would you judge whether it is right?',
     NULL, 'judging a confident chatbot answer', 2),
    ('de-current', 'domain-expertise', 'self-rating',
     'How current is your knowledge of your field?',
     NULL, 'how current your field knowledge is', 3),

    ('ad-guideline-slip', 'attention-to-detail', 'scenario',
     'You have labelled 300 of 500 customer reviews when you notice you have been marking lukewarm ones, such as “It is fine, I suppose”, as positive. The instructions say they are neutral. What do you do?',
     NULL, 'finding your own labelling slip', 4),
    ('ad-missed-mistakes', 'attention-to-detail', 'self-rating',
     'When you do careful, repetitive checking, how often does someone else find a mistake you missed?',
     NULL, 'how often others find your mistakes', 5),
    ('ad-reflection', 'attention-to-detail', 'scenario',
     'You are tagging every photo that shows a dog. One photo shows only a dog reflected in a shop window, and the instructions say nothing about reflections. What do you do?',
     NULL, 'an unclear photo to label', 6),

    ('at-hiring-bias', 'analytical-thinking', 'scenario',
     'A company wants a system that sorts job applications, trained on its past hiring decisions. Nearly everyone it hired before was a man. What is the main risk?',
     NULL, 'spotting bias in hiring data', 7),
    ('at-patterns', 'analytical-thinking', 'self-rating',
     'Faced with a large pile of information, how easily do you notice patterns, gaps or things that do not add up?',
     NULL, 'noticing patterns and gaps', 8),
    ('at-overfitting', 'analytical-thinking', 'scenario',
     'A model answers almost perfectly on the examples it was trained on, but poorly on new ones. What is the most likely explanation?',
     'You do not need any technical background; pick what sounds most reasonable.', 'why a model fails on new examples', 9),

    ('ai-how-models-learn', 'ai-ml-literacy', 'self-rating',
     'How much do you know about how AI models learn?',
     NULL, 'how AI models learn', 10),
    ('ai-accuracy', 'ai-ml-literacy', 'scenario',
     'A system that screens scans for a rare illness is 99% accurate. Only 1 scan in 100 shows the illness. Why might that figure be misleading?',
     NULL, 'a misleading accuracy figure', 11),
    ('ai-why-experts', 'ai-ml-literacy', 'scenario',
     'Why do AI companies pay specialists to prepare and check training data, instead of using whatever data they can find?',
     NULL, 'why AI companies pay specialists', 12),

    ('cm-justify-label', 'communication', 'scenario',
     'A reviewer asks why you gave an item a particular label. Which reply helps the project most?',
     NULL, 'explaining a labelling decision', 13),
    ('cm-writing', 'communication', 'self-rating',
     'How comfortable are you writing short, clear explanations for people you have never met?',
     NULL, 'writing clear explanations', 14),
    ('cm-compare-answers', 'communication', 'scenario',
     'You are asked to compare two chatbot answers to the same question. Both are partly right. What feedback is most useful?',
     NULL, 'giving feedback on two chatbot answers', 15),

    ('ap-new-tool', 'adaptability', 'scenario',
     'Your project moves to a labelling tool you have never used, starting tomorrow. What do you do?',
     NULL, 'picking up a new tool', 16),
    ('ap-changed-rules', 'adaptability', 'scenario',
     'Midway through a project the instructions change, and some of your earlier labels no longer fit. How do you respond?',
     NULL, 'instructions that change midway', 17),
    ('ap-self-taught', 'adaptability', 'self-rating',
     'When did you last teach yourself a new piece of software or a new way of working?',
     NULL, 'teaching yourself something new', 18);

INSERT INTO assessment_options (slug, question_slug, label, score, position) VALUES
    ('de-explain-1', 'de-explain', 'I would struggle beyond the basics', 0, 1),
    ('de-explain-2', 'de-explain', 'I could cover the common cases', 35, 2),
    ('de-explain-3', 'de-explain', 'I could explain most cases, including some unusual ones', 70, 3),
    ('de-explain-4', 'de-explain', 'I do this often, and colleagues bring me their hardest cases', 100, 4),

    ('de-check-answer-1', 'de-check-answer', 'If it sounds sure of itself, it is probably right', 0, 1),
    ('de-check-answer-2', 'de-check-answer', 'I would check that the spelling and grammar are correct', 10, 2),
    ('de-check-answer-3', 'de-check-answer', 'I would test it against what I know and flag anything that would mislead someone in my profession', 100, 3),
    ('de-check-answer-4', 'de-check-answer', 'I would search online and see whether other sites agree', 40, 4),

    ('de-current-1', 'de-current', 'I left the field many years ago', 0, 1),
    ('de-current-2', 'de-current', 'I catch up with it now and then', 40, 2),
    ('de-current-3', 'de-current', 'I keep up through my work', 75, 3),
    ('de-current-4', 'de-current', 'I work in it every day and keep on training', 100, 4),

    ('ad-guideline-slip-1', 'ad-guideline-slip', 'Carry on as before; a few labels will not matter', 0, 1),
    ('ad-guideline-slip-2', 'ad-guideline-slip', 'Label the rest correctly from now on', 40, 2),
    ('ad-guideline-slip-3', 'ad-guideline-slip', 'Go back, correct the earlier labels and tell the project lead what happened', 100, 3),
    ('ad-guideline-slip-4', 'ad-guideline-slip', 'Quietly start again from the first review', 30, 4),

    ('ad-missed-mistakes-1', 'ad-missed-mistakes', 'Often', 0, 1),
    ('ad-missed-mistakes-2', 'ad-missed-mistakes', 'Sometimes', 35, 2),
    ('ad-missed-mistakes-3', 'ad-missed-mistakes', 'Rarely', 70, 3),
    ('ad-missed-mistakes-4', 'ad-missed-mistakes', 'Almost never, and I have my own ways of double-checking', 100, 4),

    ('ad-reflection-1', 'ad-reflection', 'Tag it as a dog, because it looks like one', 30, 1),
    ('ad-reflection-2', 'ad-reflection', 'Skip it and tell nobody', 0, 2),
    ('ad-reflection-3', 'ad-reflection', 'Decide on my own and move on', 40, 3),
    ('ad-reflection-4', 'ad-reflection', 'Note it as unclear, ask the project team how reflections should be treated, and then treat them all the same way', 100, 4),

    ('at-hiring-bias-1', 'at-hiring-bias', 'There is none: data is neutral', 0, 1),
    ('at-hiring-bias-2', 'at-hiring-bias', 'The system may learn to favour men, because it copies the patterns in its examples', 100, 2),
    ('at-hiring-bias-3', 'at-hiring-bias', 'The application files may be too large to process', 10, 3),
    ('at-hiring-bias-4', 'at-hiring-bias', 'The system may sort applications too slowly', 10, 4),

    ('at-patterns-1', 'at-patterns', 'I find it hard to see the wood for the trees', 0, 1),
    ('at-patterns-2', 'at-patterns', 'I notice the obvious things', 35, 2),
    ('at-patterns-3', 'at-patterns', 'I usually spot what does not fit', 70, 3),
    ('at-patterns-4', 'at-patterns', 'It is a large part of my work, and I am good at it', 100, 4),

    ('at-overfitting-1', 'at-overfitting', 'It needs a faster computer', 0, 1),
    ('at-overfitting-2', 'at-overfitting', 'The new examples must be wrong', 20, 2),
    ('at-overfitting-3', 'at-overfitting', 'It memorised its training examples instead of learning the general rule behind them', 100, 3),
    ('at-overfitting-4', 'at-overfitting', 'It has not been shown enough examples of anything', 40, 4),

    ('ai-how-models-learn-1', 'ai-how-models-learn', 'Very little so far', 0, 1),
    ('ai-how-models-learn-2', 'ai-how-models-learn', 'I know they learn from examples', 40, 2),
    ('ai-how-models-learn-3', 'ai-how-models-learn', 'I understand training and testing, and why the quality of the data matters', 75, 3),
    ('ai-how-models-learn-4', 'ai-how-models-learn', 'I have taken a course on it, or could explain it to a friend', 100, 4),

    ('ai-accuracy-1', 'ai-accuracy', 'It is not misleading: 99% is excellent', 0, 1),
    ('ai-accuracy-2', 'ai-accuracy', 'Accuracy only makes sense for text, not for images', 0, 2),
    ('ai-accuracy-3', 'ai-accuracy', 'A system that always answers “healthy” would also be 99% accurate, so we need to know how many ill patients it actually catches', 100, 3),
    ('ai-accuracy-4', 'ai-accuracy', 'Perhaps some scans were never checked', 25, 4),

    ('ai-why-experts-1', 'ai-why-experts', 'Specialists type faster', 0, 1),
    ('ai-why-experts-2', 'ai-why-experts', 'A model is only as good as its examples, and specialists catch errors that others miss', 100, 2),
    ('ai-why-experts-3', 'ai-why-experts', 'To make the data set larger', 30, 3),
    ('ai-why-experts-4', 'ai-why-experts', 'The law always requires it', 15, 4),

    ('cm-justify-label-1', 'cm-justify-label', '“It felt right to me.”', 0, 1),
    ('cm-justify-label-2', 'cm-justify-label', '“I followed the instructions.”', 35, 2),
    ('cm-justify-label-3', 'cm-justify-label', '“The instructions say X; this item shows Y, so I chose Z. If that rule should not apply here, I will relabel the similar items.”', 100, 3),
    ('cm-justify-label-4', 'cm-justify-label', 'Change the label without replying', 15, 4),

    ('cm-writing-1', 'cm-writing', 'I avoid it when I can', 0, 1),
    ('cm-writing-2', 'cm-writing', 'I manage, but it takes me a while', 35, 2),
    ('cm-writing-3', 'cm-writing', 'Comfortable; I write notes and emails like this often', 70, 3),
    ('cm-writing-4', 'cm-writing', 'Very: explaining things in writing is part of my job', 100, 4),

    ('cm-compare-answers-1', 'cm-compare-answers', 'Pick one and leave no comment', 0, 1),
    ('cm-compare-answers-2', 'cm-compare-answers', 'Write “Both are poor.”', 10, 2),
    ('cm-compare-answers-3', 'cm-compare-answers', 'Rewrite both answers completely in my own style', 40, 3),
    ('cm-compare-answers-4', 'cm-compare-answers', 'Choose the better one and say exactly what each got wrong, and why', 100, 4),

    ('ap-new-tool-1', 'ap-new-tool', 'Turn the project down', 0, 1),
    ('ap-new-tool-2', 'ap-new-tool', 'Wait until someone trains me', 20, 2),
    ('ap-new-tool-3', 'ap-new-tool', 'Read its help pages, try it on a few practice items, and write down questions to ask', 100, 3),
    ('ap-new-tool-4', 'ap-new-tool', 'Start labelling and work it out as I go', 45, 4),

    ('ap-changed-rules-1', 'ap-changed-rules', 'Keep following the old rules; they were fine', 0, 1),
    ('ap-changed-rules-2', 'ap-changed-rules', 'Adapt, as long as someone tells me exactly what to do differently', 60, 2),
    ('ap-changed-rules-3', 'ap-changed-rules', 'Read the change, adjust, and point out earlier items that may need another look', 100, 3),
    ('ap-changed-rules-4', 'ap-changed-rules', 'Feel frustrated and ask to be moved to another project', 10, 4),

    ('ap-self-taught-1', 'ap-self-taught', 'I cannot remember', 0, 1),
    ('ap-self-taught-2', 'ap-self-taught', 'A few years ago', 35, 2),
    ('ap-self-taught-3', 'ap-self-taught', 'Within the last year', 70, 3),
    ('ap-self-taught-4', 'ap-self-taught', 'I do it all the time', 100, 4);

-- Which role, band and kinds of work to start from. Start rules are tried in order; the last has no
-- conditions, so everyone gets a suggestion.
INSERT INTO recommendation_rules (slug, kind, position, skill_slug, min_skill_score, min_years, min_overall,
        career_role_slug, pay_band_slug, work_type_slug, explanation) VALUES
    ('start-senior', 'start', 1, 'domain-expertise', 85, 8, 75, 'senior-data-trainer', 'senior-expert', NULL,
     'Long experience and strong field knowledge, together with good all-round skills, are what specialist projects look for.'),
    ('start-domain-trainer', 'start', 2, 'domain-expertise', 60, 3, NULL, 'ai-data-trainer', 'domain-trainer', NULL,
     'Solid field knowledge backed by a few years of experience lets you skip general labelling and start with work that needs an expert.'),
    ('start-entry', 'start', 3, NULL, NULL, NULL, NULL, 'entry-annotator', 'entry-annotator', NULL,
     'General labelling is the usual way in: it teaches you how projects run while you build up your field knowledge and experience.'),
    ('work-annotation', 'work-type', 1, NULL, NULL, NULL, NULL, NULL, NULL, 'annotation-labeling',
     'Labelling is open to everyone and is the most common first project.'),
    ('work-validation', 'work-type', 2, 'attention-to-detail', 60, NULL, NULL, NULL, NULL, 'validation-curation',
     'Checking other people''s labels suits someone who catches small mistakes.'),
    ('work-feedback', 'work-type', 3, 'communication', 60, NULL, NULL, NULL, NULL, 'model-feedback',
     'Judging and explaining model answers needs clear writing.'),
    ('work-prompts', 'work-type', 4, 'ai-ml-literacy', 60, NULL, NULL, NULL, NULL, 'prompt-engineering',
     'Writing test prompts is easier once you understand how models learn and fail.');
