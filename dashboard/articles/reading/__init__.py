"""The rules :class:`dashboard.articles.candidates.Reader` reads a sentence with, one concept per module,
each importing only the ones before it: ``text`` (sentences, tokens, word lists) → ``names`` (people) →
``organisations`` → ``groups`` → ``german`` (its word order) → ``posts`` (which words of moving tell a
move) → ``sides`` (which side an organisation is on, and whose it is) → ``movers`` (who of a sentence's
people moves). Plain functions of a sentence's tokens and mentions and the language's word lists
(:mod:`dashboard.articles.lexicon`), some remembered (``functools.cache``); no state of a document."""
