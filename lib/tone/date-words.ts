/** Words of dates, shared by the deadline finder and the cue rules that read dates (patterns, case-insensitive). */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A day of the month: "3", "3rd". */
export const ORD = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
