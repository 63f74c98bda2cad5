/**
 * Input bounds. Reading only the head of a message keeps the worst case (a 1 MB paste, a log dump)
 * to a few tens of milliseconds; complaints are stated near the top of a reply anyway.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** Fewer words than this say too little to judge tone ("ok", "thanks!"). */
export const MIN_WORDS = 3;

/** Date phrases resolved per message; compromise-dates costs a few ms per phrase. */
export const MAX_DEADLINES = 8;

/** Issues reported per message; the sidebar shows a short list, not every sentence. */
export const MAX_ISSUES = 6;
