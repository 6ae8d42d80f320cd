"""Forms on the pages and the leads they bring: which forms a page gets, what a post must hold, spam
defences, the `form_submissions` store, exports and owner notifications."""
