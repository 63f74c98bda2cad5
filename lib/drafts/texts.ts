/**
 * Every sentence the drafts and the coach produce, keyed, so a translation is one new table.
 * `{name}` marks a value filled in by code; `[…]` marks a fact only the user knows and must fill in
 * before sending: the drafts never invent those.
 */
const EN = {
  'date.locale': 'en-GB',
  'date.pattern': '{weekday} {day} {month}',
  'date.missing': '[date]',

  'greeting.named': 'Hi {name},',
  'greeting.anonymous': 'Hello,',
  'signature.nameMissing': '[your name]',

  'owner.us': 'us',
  'owner.client': 'you',
  'owner.missing': '[us or you]',

  'level.calm': 'calm',
  'level.concerned': 'concerned',
  'level.upset': 'upset',
  'level.escalation': 'escalation',

  'issueStatus.open': 'open',
  'issueStatus.in-progress': 'in progress',
  'issueStatus.resolved': 'resolved',

  'commitmentStatus.proposed': 'proposed',
  'commitmentStatus.agreed': 'agreed',
  'commitmentStatus.fulfilled': 'fulfilled',
  'commitmentStatus.declined': 'declined',

  'channel.email': 'email',
  'channel.call': 'call',
  'channel.meeting': 'meeting',
  'channel.chat': 'chat',
  'channel.other': 'other',

  'step.listen': 'listening',
  'step.quantify': 'getting specifics',
  'step.agree': 'agreeing the issue list',
  'step.plan': 'planning',
  'step.execute': 'fixing',
  'step.monitor': 'monitoring',

  'commitment.agreed': 'Once these are resolved, you agreed to: {text}.',
  'commitment.proposed': 'Once these are resolved, as we discussed, you would: {text}. Please confirm that is right.',
  'commitment.missing': 'Once these are resolved, you will: [what the client agreed to do, e.g. pay the invoice or renew].',

  'first.empathy.calm': 'Thank you for letting me know about this.',
  // The analyser did not score the message (another language, too short): no feeling is assumed.
  'first.empathy.unscored': 'Thank you for your message. I want to make sure I get this right.',
  'first.empathy.concerned': 'Thank you for raising this. I understand why it worries you, and I want to get it right.',
  'first.empathy.upset': "I'm sorry. You expected better from us, and you're right to be frustrated.",
  'first.empathy.escalation': "I'm sorry. This is serious, and I'm handling it personally as my first priority.",
  'first.issues.intro': 'Here is what I understand has gone wrong:',
  'first.generalities.intro': 'So that we fix the right things, I need a little more detail:',
  'first.generality.question': 'You wrote "{quote}". Could you give me one or two recent examples, with dates if you have them?',
  'first.generality.questionMore': 'You also wrote "{quote}". Could you point me to an example of that too?',
  'first.ownership': "This is our responsibility, and I'm taking ownership of putting it right.",
  'first.asks.one': 'You asked: {asks}. The plan will answer that.',
  'first.asks.many': 'You asked: {asks}. The plan will answer each of these.',
  'first.deadlines': 'You mentioned {deadlines}. The plan will say plainly what we can do by then.',
  'first.plan.short': "You'll have a written plan from me by {date}.",
  'first.plan.full': "You'll have a written plan from me by {date}, with an action, an owner and a date for each point.",
  'first.meantime': "If I learn anything important before then, I'll tell you straight away.",
  'first.confirm': 'Is this list complete? If I have missed anything or got something wrong, please tell me.',
  'first.calm.thanks': 'Thank you for your message.',
  'first.calm.asks': "You asked for {asks}: I'll come back to you on that by {date}.",
  'first.calm.reply': "I'll come back to you by {date}.",
  'first.noIssues.ask': 'So that I understand exactly what went wrong, could you tell me what happened, when, and what it affected for you?',

  'followUp.subject': 'Summary of our call and next steps',
  'followUp.thanks.short': 'Thank you for the call {when}. To confirm in writing:',
  'followUp.thanks.full': 'Thank you for taking the time to talk {when}. As promised, here is what we agreed, in writing.',
  'followUp.when': 'on {date}',
  'followUp.whenMissing': '[when we spoke]',
  'followUp.summary': 'Summary: {summary}.',
  'followUp.summaryMissing': '[summary of the call]',
  'followUp.issues.agreed': 'The issues we agreed on:',
  'followUp.issues.unconfirmed': 'The issues as I understood them (please confirm):',
  'followUp.issues.none': '[the issues we agreed on]',
  'followUp.plan': "You'll have the written plan from me by {date}.",
  'followUp.confirm': "If anything here doesn't match your notes, please tell me and I'll correct it.",

  'plan.subject': 'Our plan to put things right',
  'plan.intro.short': 'Here is our plan for each point you raised.',
  'plan.intro.full':
    'As promised, here is our plan. Each point you raised has an action, an owner and a date, and a test we can both use to know it is fixed.',
  'plan.action': '- {action} (owner: {owner}, by {date}{doneWhen})',
  'plan.quickWin': '- Quick win: {action} (owner: {owner}, by {date}{doneWhen})',
  'plan.doneWhen': '; done when {test}',
  'plan.actionMissing': '- [action for this issue] (owner: [us or you], by [date])',
  'plan.resolvedWhen': 'Resolved when: {test}',
  'plan.resolvedWhenMissing': '[how we will both know this is fixed]',
  'plan.other': 'Also:',
  'plan.updates': "I'll send you a status update by {date} at the latest.",
  'plan.agree': 'Does this plan work for you? Please reply to agree it, or tell me what to change.',

  'status.subject': 'Update: {title}',
  'status.subjectUntitled': 'Update on where things stand',
  'status.overdue': "This update is late: I said you would hear from me by {date}, and I'm sorry I didn't.",
  'status.intro': 'Thank you for bearing with us while we put this right. Here is where things stand.',
  'status.introShort': 'Thank you for bearing with us. Where things stand:',
  'status.done': 'Done since my last update:',
  'status.doneNone': 'Nothing new has been finished since my last update.',
  'status.progress': 'In progress:',
  'status.next': 'Next steps:',
  'status.waiting': 'What we need from you:',
  'status.overview': 'Where each point stands:',
  'status.item': '- {action}',
  'status.itemDue': '- {action} (by {date})',
  'status.nothingYet': '- [what has been done so far]',
  'status.overviewItem': '{statement}: {status}',
  'status.nextUpdate': "You'll get my next update by {date}, sooner if anything changes.",

  'escalation.subject': 'Escalation: {client}: {title}',
  'escalation.subjectUntitled': 'Escalation: {client}',
  'escalation.clientMissing': '[client]',
  'escalation.greeting': 'Hi,',
  'escalation.intro': 'I need your help with a client rescue that is beyond what I can resolve on my own.',
  'escalation.client': 'Client: {name} ({domain})',
  'escalation.contact': 'Contact: {name} <{email}>',
  'escalation.severity': 'Severity: {level}',
  'escalation.severityScored': 'Severity: {level} (score {score} of 100)',
  'escalation.opened': 'Open since: {date}, stage: {step}',
  'escalation.issues': 'Issues:',
  'escalation.issue': '{statement} ({status})',
  'escalation.evidence': '   Evidence: "{quote}"',
  'escalation.noIssues': '[the issues, in the client’s words]',
  'escalation.commitment': 'Client commitment once fixed: {text} ({status})',
  'escalation.plan': 'Plan: {done} of {total} actions done.',
  'escalation.history': 'Updates so far:',
  'escalation.historyItem': '- {date} ({channel}): {summary}',
  'escalation.historyNone': 'No updates logged yet.',
  'escalation.nextUpdate': 'Next client update due: {date}.',
  'escalation.nextUpdateOverdue': 'Next client update was due {date} and is overdue.',
  'escalation.needed': 'What I need from you: {needed}, by {date}.',
  'escalation.neededMissing': '[what you need from them]',

  'coach.excuse.why': 'This reads as an excuse: the client hears reasons instead of ownership.',
  'coach.excuse.suggestion': 'Drop the reason; say what went wrong, that it is on you, and what you will do.',
  'coach.defensive.why': 'This sounds defensive: it tells the client they missed something, which reads as a rebuke.',
  'coach.defensive.suggestion': 'Restate the point in full, plainly, without referring back to what was said before.',
  'coach.blame.why': 'This points a finger at the client or someone else, which makes an upset client angrier.',
  'coach.blame.suggestion': 'Take ownership: describe the problem and your next step, not whose fault it was.',
  'coach.overpromise.why': 'This commits to more than anyone can be sure of; a missed promise makes things worse.',
  'coach.overpromise.suggestion': 'Commit to the next concrete step and a date with some buffer instead.',
  'coach.no-acknowledgement.why': 'The reply does not acknowledge how the client feels or thank them for raising it.',
  'coach.no-acknowledgement.suggestion': 'Open by acknowledging the problem in their terms, e.g. "I\'m sorry, you\'re right to expect better."',
  'coach.unanswered-issue.why': 'The client raised this, and the reply does not mention it.',
  'coach.unanswered-issue.suggestion': 'Restate this point and say what you will do about it, or ask for an example.',
  'coach.no-date.why': 'The reply gives no date, so the client cannot tell when they will hear back.',
  'coach.no-date.suggestion': 'Say by when they will get a plan or the next update, with some buffer, e.g. "by Thursday 3 December".',
  'coach.placeholder.why': 'The draft still has a gap in square brackets; the client would read it as written.',
  'coach.placeholder.suggestion': 'Fill it in, or delete the line.',
} as const;

export type TextKey = keyof typeof EN;

export type TextParams = Record<string, string | number>;

/** Looks a text up and fills its `{name}` slots in one pass, so values that contain braces stay as they are. */
export function t(key: TextKey, params: TextParams = {}): string {
  return EN[key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : slot,
  );
}
