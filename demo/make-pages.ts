/**
 * Writes the demo mailbox pages (demo/pages/*.html) from the mail below:
 *
 *   npx tsx demo/make-pages.ts
 *
 * The pages follow exactly the DOM structure of test/fixtures/pages/gmail-2025-*.html, which is what
 * lib/providers/gmail/selectors.ts reads (role=main, h2.hP[data-legacy-thread-id], div.adn[data-message-id]
 * with .kv collapsed / .h7 expanded, span.gD[email][name], span.g3[title], div.ii.gt > div.a3s.aiL, the
 * list's div[gh=tl] tr.zA rows, the side panel .bq9.WN9Ejb), dressed in CSS that looks like a mail
 * client so they serve as README screenshots. Extra elements are decoration only (avatars, badge).
 * All people, companies and mail are invented. The generated pages are committed; the demo serves them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = path.resolve(import.meta.dirname, 'pages');

interface Person {
  name: string;
  email: string;
  color: string;
}

interface Message {
  from: Person;
  to: Person[];
  /** Local wall-clock time of the demo, "2026-11-27T09:12". */
  at: string;
  /** Paragraphs; a paragraph's lines are joined with <br>. */
  body: string[];
  signature?: string[];
  /** An earlier message quoted under this one (Gmail's gmail_quote), itself possibly quoting. */
  quote?: Message;
  attachment?: string;
}

interface Thread {
  key: string;
  subject: string;
  label?: string;
  messages: Message[];
  unread: boolean;
}

const ME: Person = { name: 'Sam Carter', email: 'sam@harbourlight.agency', color: '#0b57d0' };
const DANIEL: Person = { name: 'Daniel Brooks', email: 'd.brooks@kestrel-health.com', color: '#b3261e' };
const AISHA: Person = { name: 'Aisha Rahman', email: 'aisha.rahman@fernwood-bank.co.uk', color: '#7b1fa2' };
const PRIYA: Person = { name: 'Priya Okafor', email: 'p.okafor@lumen-retail.com', color: '#e37400' };
const KENJI: Person = { name: 'Kenji Watanabe', email: 'kenji@orbit-logistics.com', color: '#137333' };
const ELENA: Person = { name: 'Elena Varga', email: 'elena@brightline.io', color: '#00796b' };
const LUKAS: Person = { name: 'Lukas Meyer', email: 'lukas@harbourlight.agency', color: '#5f6368' };
const DIGEST: Person = { name: 'SaaS Weekly', email: 'digest@saasweekly.example', color: '#5f6368' };

const aishaFirst: Message = {
  from: AISHA,
  to: [ME],
  at: '2026-11-19T10:05',
  body: [
    'Hi Sam,',
    'Confirming we are go for the account migration this weekend. Our branches close at 18:00 on Friday, so your team can start any time after that.',
    'Please make sure the rollback plan is ready in case anything looks wrong.',
    'Thanks,\nAisha',
  ],
};
const samReply: Message = {
  from: ME,
  to: [AISHA],
  at: '2026-11-20T16:12',
  body: [
    'Hi Aisha,',
    "All set for the weekend. The migration starts Saturday 06:00, and we have a tested rollback plan if anything looks wrong. I'll send a summary on Monday morning.",
    'Best,\nSam',
  ],
  quote: aishaFirst,
};

export const THREADS: Thread[] = [
  {
    key: 'escalation',
    subject: 'Patient portal – revised launch date',
    label: 'Clients',
    unread: true,
    messages: [
      {
        from: ME,
        to: [DANIEL],
        at: '2026-11-25T17:40',
        body: [
          'Hi Daniel,',
          "A quick update on the patient portal: the security review found two issues in the appointment booking flow, so we're moving the launch to early next month while we fix them. I'll send a detailed timeline this week.",
          'Best,\nSam',
        ],
      },
      {
        from: DANIEL,
        to: [ME],
        at: '2026-11-27T09:12',
        body: [
          'Sam,',
          'This is the third launch date you have missed. We told our board the patient portal would go live on the 1st, then the 15th, and now your team tells us "early next month" with no explanation. Frankly, this is unacceptable.',
          "Every week of delay costs us money and credibility with our clinics. Nobody from your side has given us a straight answer, and I'm tired of chasing you for updates.",
          "I want a call with your managing director by Friday and a written recovery plan with firm dates. If we don't have that, we will terminate the contract and our lawyers will be in touch about the fees already paid.",
          'Daniel',
        ],
        signature: ['Daniel Brooks', 'Chief Operating Officer, Kestrel Health', '+44 20 7946 0321'],
      },
    ],
  },
  {
    key: 'quoted',
    subject: 'Weekend data migration',
    label: 'Clients',
    unread: true,
    messages: [
      aishaFirst,
      samReply,
      {
        from: AISHA,
        to: [ME],
        at: '2026-11-27T08:47',
        body: [
          'Sam,',
          'The cutover on Saturday did not go to plan. Around 2,000 customer records were missing their account history on Monday morning and our call centre took complaints all day.',
          'I need to know by tomorrow what went wrong, how many customers are affected and when the missing records will be restored.',
          'Aisha',
        ],
        signature: ['Aisha Rahman', 'Head of Digital Channels, Fernwood Bank'],
        quote: samReply,
      },
    ],
  },
  {
    key: 'upset',
    subject: 'Weekly sales report is wrong',
    unread: true,
    messages: [
      {
        from: PRIYA,
        to: [ME],
        at: '2026-11-26T15:20',
        body: [
          'Hi Sam,',
          'The weekly sales report that came through this morning has the totals for the Leeds and Bristol stores doubled. My team spent half a day rebuilding the numbers by hand before our trading meeting.',
          "I'm disappointed, to be honest. Can you please find out what happened and let me know when a corrected report will be ready?",
          'Priya',
        ],
        signature: ['Priya Okafor', 'Commercial Finance Lead, Lumen Retail'],
        attachment: 'sales-report-week-47.xlsx',
      },
    ],
  },
  {
    key: 'concerned',
    subject: 'Driver app release – still on track?',
    unread: false,
    messages: [
      {
        from: ME,
        to: [KENJI],
        at: '2026-11-12T11:30',
        body: [
          'Hi Kenji,',
          'Status update for the driver app: sign-in and the delivery list are done, and the route screen is in testing now. Next build follows once it passes.',
          'Best,\nSam',
        ],
      },
      {
        from: KENJI,
        to: [ME],
        at: '2026-11-26T10:02',
        body: [
          'Hi Sam,',
          "Quick check on the driver app release. The last status update said the route screen was still in testing, and I haven't seen a new build this week. I'm a little worried about the date: our drivers start training on December 14, so a delay would be a problem for us.",
          'Could you send me a short update when you have a moment?',
          'Thanks,\nKenji',
        ],
      },
    ],
  },
  {
    key: 'calm',
    subject: 'Sprint review – thank you',
    unread: false,
    messages: [
      {
        from: ELENA,
        to: [ME],
        at: '2026-11-25T14:15',
        body: [
          'Hi Sam,',
          "Thanks for yesterday's sprint review. The team really liked the new onboarding flow, and the analytics dashboard looks great.",
          'Could we book thirty minutes next week to plan the next phase? Tuesday or Wednesday afternoon works for me.',
          'Best,\nElena',
        ],
      },
    ],
  },
];

/** Rows in the list without a thread page of their own: a colleague and a newsletter, as in any inbox. */
const OTHER_ROWS: { from: Person; subject: string; snippet: string; at: string }[] = [
  {
    from: LUKAS,
    subject: 'Design review moved to 3pm',
    snippet: 'Heads up: the design review for Brightline moved to 3pm today, same room.',
    at: '2026-11-27T08:05',
  },
  {
    from: DIGEST,
    subject: 'This week: 7 onboarding patterns that convert',
    snippet: 'Plus: pricing page teardown, and why annual plans churn less.',
    at: '2026-11-25T07:00',
  },
];

// ---------------------------------------------------------------------------------------------------
// Ids as Gmail makes them: the legacy hex id is the send time in ms shifted left 20 bits plus noise;
// the perm id is the same number in decimal.

function gmailIds(at: string, salt: string): { hex: string; dec: string } {
  // Deterministic noise from the salt, so every run (and every importer) draws the same ids.
  let noise = 0x3a5c7;
  for (const ch of salt) noise = (Math.imul(noise, 31) + ch.charCodeAt(0)) & 0xfffff;
  const n = (BigInt(Date.parse(`${at}:00Z`)) << 20n) | BigInt(noise);
  return { hex: n.toString(16), dec: n.toString(10) };
}
const messageIds = (m: Message) => gmailIds(m.at, `${m.from.email} ${m.at}`);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const TODAY = '2026-11-27';

function parts(at: string) {
  const d = new Date(`${at}:00Z`);
  const h = d.getUTCHours();
  const time = `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return { time, day, long: `${WEEKDAYS[d.getUTCDay()]}, ${day}, ${d.getUTCFullYear()}, ${time}`, today: at.startsWith(TODAY) };
}
const shortDate = (at: string) => (parts(at).today ? parts(at).time : parts(at).day);
const initials = (p: Person) => p.name.split(' ').map((w) => w[0]).join('').slice(0, 2);

function paragraphs(lines: string[]): string {
  return lines.map((p) => `<div>${p.split('\n').map(esc).join('<br>')}</div>`).join('<div><br></div>');
}

function quoteHtml(q: Message): string {
  const { long } = parts(q.at);
  return `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On ${esc(long.replace(/, (\d+:)/, ' at $1'))} ${esc(q.from.name)} &lt;<a href="mailto:${q.from.email}">${q.from.email}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${q.body.map((p) => p.split('\n').map(esc).join('<br>')).join('<br><br>')}</div>${q.quote ? quoteHtml(q.quote) : ''}</blockquote></div>`;
}

function bodyHtml(m: Message): string {
  const sig = m.signature
    ? `<br><div class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${m.signature.map(esc).join('<br>')}</div></div>`
    : '';
  return `<div dir="ltr">${paragraphs(m.body)}${sig}</div>${m.quote ? `<br>${quoteHtml(m.quote)}` : ''}`;
}

const snippetOf = (m: Message) => m.body.join(' ').replace(/\s+/g, ' ');

function senderSpan(p: Person, withAddress: boolean): string {
  return `<span email="${p.email}" name="${esc(p.name)}" data-hovercard-id="${p.email}" class="gD"><span>${esc(p.name)}</span></span>${
    withAddress ? ` <span class="go"><span aria-hidden="true">&lt;</span>${p.email}<span aria-hidden="true">&gt;</span></span>` : ''
  }`;
}

function avatar(p: Person): string {
  return `<div class="aju" aria-hidden="true"><span class="demo-avatar" style="background:${p.color}">${esc(initials(p))}</span></div>`;
}

function messageHtml(m: Message, expanded: boolean, n: number): string {
  const ids = messageIds(m);
  const { long } = parts(m.at);
  const shown = parts(m.at).today ? `${parts(m.at).time}` : `${parts(m.at).day}`;
  if (!expanded) {
    return `
       <div role="listitem" aria-expanded="false">
        <div class="adn kv" data-message-id="#msg-f:${ids.dec}" data-legacy-message-id="${ids.hex}" tabindex="-1">${avatar(m.from)}
         <div class="gs"><div class="gE iv gt"><table class="cf gJ" role="presentation"><tbody><tr class="acZ">
          <td class="gF gK"><table class="cf ix" role="presentation"><tbody><tr><td class="c2"><h3 class="iw"><span class="qu" tabindex="-1">${senderSpan(m.from, false)}</span></h3></td></tr></tbody></table></td>
          <td class="gH bAk"><div class="gK"><span class="g3" title="${long}" role="gridcell" tabindex="-1">${shown}</span></div></td></tr>
          <tr><td colspan="2"><span class="iA g6">${esc(snippetOf(m))}</span></td></tr></tbody></table></div></div>
        </div>
       </div>`;
  }
  const to = m.to.map((p) => `<span email="${p.email}" name="${p === ME ? 'me' : esc(p.name)}" data-hovercard-id="${p.email}" class="g2">${p === ME ? 'me' : esc(p.name)}</span>`).join(', ');
  const attachment = m.attachment
    ? `
          <div class="hq gt" id=":${n}p"><div class="aQH"><span class="aZo N5jrZb" download_url="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:${m.attachment}:https://mail.google.com/mail/u/0/?ui=2&amp;ik=5d2f0c9a1b&amp;attid=0.1&amp;disp=safe" tabindex="0" role="link"><span class="aV3 zzV0ie">${esc(m.attachment)}</span></span></div></div>`
    : '';
  return `
       <div role="listitem" aria-expanded="true">
        <div class="adn ads h7" data-message-id="#msg-f:${ids.dec}" data-legacy-message-id="${ids.hex}" tabindex="-1">${avatar(m.from)}
         <div class="gs"><div class="gE iv gt"><table class="cf gJ" role="presentation"><tbody><tr class="acZ">
          <td class="gF gK"><table class="cf ix" role="presentation"><tbody><tr><td class="c2"><h3 class="iw"><span class="qu" tabindex="-1">${senderSpan(m.from, true)}</span></h3></td></tr></tbody></table></td>
          <td class="gH bAk"><div class="gK"><span class="g3" title="${long}" alt="${long}" role="gridcell" tabindex="-1">${shown}</span></div></td>
          <td class="gH acX bAm" rowspan="2"><div class="T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3" role="button" tabindex="0" aria-label="Reply" data-tooltip="Reply"></div><div class="T-I J-J5-Ji aap T-I-awG T-I-ax7 L3" role="button" tabindex="0" aria-label="More message options" data-tooltip="More"></div></td></tr>
          <tr class="acZ xD"><td colspan="2"><table class="cf adz" role="presentation"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">to ${to}</span></div></td></tr></tbody></table></td></tr></tbody></table></div>
          <div class=""><div class="aHU hx"><div class="ii gt" id=":${n}m"><div id=":${n}n" class="a3s aiL ">${bodyHtml(m)}<div class="yj6qo"></div><div class="adL"></div></div></div><div class="hi"></div></div>${attachment}
         </div>
        </div>
       </div>`;
}

// ---------------------------------------------------------------------------------------------------

const CSS = `
:root{--bg:#f6f8fc;--card:#fff;--text:#1f1f1f;--muted:#5e5e5e;--line:#eceff1;--accent:#0b57d0;--sel:#d3e3fd;--chip:#e9eef6}
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;font:14px/1.45 "Google Sans",Roboto,"Liberation Sans",Arial,sans-serif;color:var(--text);background:var(--bg)}
a{color:var(--accent)}
svg{width:20px;height:20px}
.demo-app{display:flex;flex-direction:column;height:100vh;overflow:hidden}
header[role=banner]{display:flex;align-items:center;gap:12px;height:64px;padding:0 12px 0 8px;flex:none}
.gb_Nd{display:flex;align-items:center;gap:4px;width:240px;flex:none}
.gb_Ac{width:48px;height:48px;border-radius:50%;display:grid;place-items:center;cursor:pointer;background:linear-gradient(#444,#444) center 17px/18px 2px no-repeat,linear-gradient(#444,#444) center 23px/18px 2px no-repeat,linear-gradient(#444,#444) center 29px/18px 2px no-repeat}
.gb_Ac svg{display:none}
.gb_be{display:flex;align-items:center;gap:8px;text-decoration:none;color:#444}
.gb_be::before{content:"";width:30px;height:22px;border-radius:4px;background:linear-gradient(to top right,transparent 48%,#fff 49% 57%,transparent 58%) left top/50% 75% no-repeat,linear-gradient(to top left,transparent 48%,#fff 49% 57%,transparent 58%) right top/50% 75% no-repeat,#ea4335}
.gb_Uc{font-size:22px;color:#444}
.gb_xe{flex:0 1 720px;position:relative}
.gb_xe::before{content:"";position:absolute;left:18px;top:16px;width:11px;height:11px;border:2px solid #444;border-radius:50%}
.gb_xe::after{content:"";position:absolute;left:31px;top:29px;width:7px;height:2px;background:#444;transform:rotate(45deg)}
.gb_re{width:100%;height:48px;border:0;border-radius:24px;background:#e9eef6;padding:0 16px 0 52px;font:inherit;font-size:16px;color:var(--text)}
.gb_re:focus{background:#fff;box-shadow:0 1px 3px rgba(60,64,67,.3);outline:none}
.demo-badge{margin-left:8px;padding:4px 10px;border-radius:12px;background:#fef7e0;color:#7a4f01;font-size:12px;white-space:nowrap}
.gb_Kd{margin-left:auto;display:flex;align-items:center;gap:8px}
.gb_A.gb_Za{width:32px;height:32px;border-radius:50%;background:${ME.color};color:#fff;display:grid;place-items:center;text-decoration:none;font-size:13px;font-weight:600}
.gb_Od .gb_A{display:block;width:40px;height:40px;border-radius:50%;background:radial-gradient(circle,#5f6368 2px,transparent 2.5px) 0 0/10px 10px;background-position:5px 5px;background-clip:content-box;padding:5px}
.gb_Od svg{display:none}
.nH.bkK{display:flex;flex:1;min-height:0}
.nH.bkL{width:256px;flex:none;padding-right:16px;overflow:auto}
.T-I-KE{display:inline-flex;align-items:center;gap:12px;height:56px;padding:0 24px 0 18px;margin:4px 0 16px 8px;border-radius:16px;background:#c2e7ff;font-weight:500;cursor:pointer;box-shadow:0 1px 2px rgba(60,64,67,.15)}
.T-I-KE::before{content:"\\270E";font-size:18px}
.TK .aim{display:flex;align-items:center;height:32px;padding:0 12px 0 26px;border-radius:0 16px 16px 0}
.TK .aim:hover{background:#e8eaed}
.TK .aim.ain{background:var(--sel);font-weight:700}
.TK .aim a{color:inherit;text-decoration:none;flex:1}
.TK .bsU{font-size:12px;font-weight:700}
.demo-labels{margin:16px 0 0 26px;font-weight:500;color:var(--text)}
.demo-label{display:flex;align-items:center;gap:12px;height:32px;padding-left:26px}
.demo-label::before{content:"";width:10px;height:10px;border-radius:2px;background:var(--c)}
.nH.bkK.Bs{flex:1;min-width:0;display:flex}
div[role=main]{flex:1;min-width:0;background:var(--card);border-radius:16px;margin-bottom:16px;overflow:auto;position:relative}
.WN9Ejb{width:56px;flex:none}
.brC-brG{display:flex;flex-direction:column;align-items:center;gap:8px;padding-top:12px}
.bse-bvF-I{width:40px;height:40px;border-radius:50%;display:grid;place-items:center;cursor:pointer}
.bse-bvF-I::before{content:"";width:20px;height:20px;border-radius:5px;background:var(--c)}
.bse-bvF-I:hover{background:#e8eaed}
.G-atb{display:flex;align-items:center;gap:4px;height:48px;padding:0 16px;border-bottom:1px solid var(--line)}
.G-atb .T-I{width:40px;height:40px;border-radius:50%;display:grid;place-items:center;cursor:pointer;color:#444;font-size:18px}
.G-atb .T-I:hover{background:#f1f3f4}
.G-atb .lS::before{content:"\\2190"}
.G-atb .nX::before{content:"\\2193"}
.G-atb .nN::before{content:"\\2715";font-size:15px}
.G-atb .ns::before{content:"\\2709"}
.G-atb .demo-refresh::before{content:"\\21BB"}
.G-atb .Dj{margin-left:auto;color:var(--muted);font-size:12px}
.aKh{display:flex;border-bottom:1px solid var(--line)}
.aAy{flex:0 1 250px;height:56px;display:flex;align-items:center;padding-left:20px;color:var(--muted);font-weight:500;border-bottom:3px solid transparent;cursor:pointer}
.aAy[aria-selected=true]{color:var(--accent);border-bottom-color:var(--accent)}
table.F{width:100%;border-collapse:collapse;table-layout:fixed}
.F col.Ci{width:12px}.F col.y5{width:36px}.F col.WA{width:32px}.F col.yY{width:180px}.F col.xX{width:96px}
tr.zA{height:40px;border-bottom:1px solid var(--line);cursor:pointer}
tr.zA.yO{background:#f2f6fc}
tr.zA:hover{box-shadow:inset 1px 0 0 #dadce0,inset -1px 0 0 #dadce0,0 1px 2px 0 rgba(60,64,67,.3),0 1px 3px 1px rgba(60,64,67,.15);position:relative;z-index:1}
tr.zA td{padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.oZ-jc{width:16px;height:16px;border:2px solid #5f6368;border-radius:2px}
.T-KT::before{content:"\\2606";color:#5f6368;font-size:17px}
.yX .afn{display:none}
.yX .yW{overflow:hidden;text-overflow:ellipsis}
.zE .zF,.zE .bog b{font-weight:700}
.yP{color:#1f1f1f}
.bx0{color:var(--muted);font-size:12px;margin-left:4px}
.xS,.xT{display:flex;min-width:0;overflow:hidden}
.y6{flex:none;max-width:75%;overflow:hidden;text-overflow:ellipsis}
.bog a{color:inherit;text-decoration:none}
.y2{color:var(--muted);overflow:hidden;text-overflow:ellipsis}
td.xW{text-align:right;padding-right:16px;font-size:12px}
.zE td.xW{font-weight:700}
.demo-empty{padding:16px 24px;color:var(--muted);font-size:12px}
.ha{display:flex;align-items:center;gap:12px;padding:20px 16px 8px 72px}
h2.hP{font-size:22px;font-weight:400;margin:0}
.ar.as .av{background:#ddd;border-radius:4px;padding:0 6px;font-size:12px;color:#444}
.hx[role=list]>[role=listitem]{border-bottom:1px solid var(--line)}
.adn{position:relative;padding:12px 16px 12px 72px}
.aju{position:absolute;left:16px;top:12px}
.demo-avatar{width:40px;height:40px;border-radius:50%;display:grid;place-items:center;color:#fff;font-weight:600}
.kv{cursor:pointer}
.kv .aju{top:10px}.kv .demo-avatar{width:36px;height:36px;font-size:13px}
table.cf{width:100%;border-collapse:collapse}
table.gJ{table-layout:fixed}
.gF{vertical-align:top}
h3.iw{margin:0;font-size:14px;font-weight:400}
.gD{font-weight:700}
.go{color:var(--muted);font-size:12px}
td.gH{text-align:right;vertical-align:top;white-space:nowrap;color:var(--muted);font-size:12px;width:96px}
td.gH.acX{width:84px}
.acX .T-I{display:inline-block;width:32px;height:32px;border-radius:50%;cursor:pointer;margin-left:4px;vertical-align:middle;text-align:center;line-height:32px;color:#444;font-size:16px}
.acX .T-I:hover{background:#f1f3f4}
.acX .aaq::before{content:"\\21A9"}
.acX .aap::before{content:"\\22EE"}
.hb{color:var(--muted);font-size:12px}
.kv .iA.g6{display:block;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%}
.kv .ii,.kv .hq{display:none}
.a3s{padding:16px 0 8px;font-size:14px;line-height:1.5;max-width:760px}
.gmail_signature,.gmail_attr{color:var(--muted)}
blockquote.gmail_quote{color:#5e5e5e}
.aQH{display:flex;gap:8px;padding:8px 0}
.aZo{display:inline-flex;align-items:center;gap:8px;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;font-size:13px;cursor:pointer}
.aZo::before{content:"";width:16px;height:20px;border-radius:2px;background:#188038}
.amn{display:flex;gap:12px;padding:16px 16px 16px 72px}
.ams{display:inline-flex;align-items:center;gap:8px;border:1px solid #747775;border-radius:18px;padding:7px 20px;color:#444;font-weight:500;cursor:pointer}
.ams:hover{background:#f1f3f4}
.bkH::before{content:"\\21A9"}.bkI::before{content:"\\21A9\\21A9";letter-spacing:-4px}.bkG::before{content:"\\21AA"}
.ip.iq{padding:0 16px 16px 72px}
.M9{border-radius:8px;box-shadow:0 1px 3px rgba(60,64,67,.3),0 4px 8px 3px rgba(60,64,67,.15);overflow:hidden}
.M9 .Am{padding:12px 16px;outline:none}
.btC{padding:8px 16px 12px}
.btC .T-I{display:inline-block;background:var(--accent);color:#fff;border-radius:18px;padding:8px 24px;font-weight:500;cursor:pointer}
`;

function shell(title: string, unreadCount: number, mainHtml: string, extra = ''): string {
  return `<!DOCTYPE html>
<!--
  Client Rescue demo mailbox. Generated by demo/make-pages.ts: edit that file, not this one.
  Structure: exactly test/fixtures/pages/gmail-2025-*.html (what lib/providers/gmail/selectors.ts reads);
  the look is the demo's own CSS. All people, companies and mail are invented.
  Served by \`npm run demo\` at https://mail.google.com/mail/u/0/?fixture=<name>#inbox[/<thread id>].
-->
<html lang="en" class="aAX"><head><meta charset="utf-8"><title>${esc(title)} - ${ME.email} - Harbourlight Mail</title>
<style>${CSS}</style></head>
<body class="aAU" jscontroller="kZ5Nwc" jsaction="rcuQ6b:npT2md">
<div class="nH demo-app" id=":1" style="width:100%">
 <header class="gb_ya gb_Xa gb_4a" role="banner" id="gb">
  <div class="gb_Nd gb_Fd"><div class="gb_Ac" role="button" tabindex="0" aria-label="Main menu"><svg focusable="false" viewBox="0 0 24 24"></svg></div><a class="gb_be" href="?fixture=demo-inbox#inbox" aria-label="Gmail" title="Gmail"><span class="gb_Uc">Gmail</span></a></div>
  <form class="gb_xe" role="search" aria-label="Search mail"><input class="gb_re" name="q" type="text" aria-label="Search mail" placeholder="Search mail"></form>
  <span class="demo-badge" title="A local page served by npm run demo">Demo mailbox · invented mail</span>
  <div class="gb_Kd gb_1c"><div class="gb_Od"><a class="gb_A" aria-label="Google apps" href="#apps" role="button" tabindex="0"><svg class="gb_G" focusable="false" viewBox="0 0 24 24"></svg></a></div>
   <div class="gb_Ta gb_wd"><a class="gb_A gb_Za gb_0" aria-label="Google Account: ${ME.name}  &#10;(${ME.email})" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://mail.google.com/mail/u/0/&amp;service=mail" role="button" tabindex="0"><span class="gb_Ad" aria-hidden="true">${initials(ME)}</span></a></div></div>
 </header>
 <div class="nH bkK">
  <div class="nH bkL" role="navigation" aria-label="Labels">
   <div class="T-I T-I-KE L3" role="button" tabindex="0" jscontroller="eIu7Db" gh="cm">Compose</div>
   <div class="TK"><div class="aim ain"><a href="?fixture=demo-inbox#inbox" class="J-Ke n0" aria-label="Inbox ${unreadCount} unread" title="Inbox">Inbox</a><span class="bsU">${unreadCount}</span></div>
    <div class="aim"><a href="#starred" class="J-Ke n0" title="Starred">Starred</a></div><div class="aim"><a href="#snoozed" class="J-Ke n0" title="Snoozed">Snoozed</a></div><div class="aim"><a href="#sent" class="J-Ke n0" title="Sent">Sent</a></div><div class="aim"><a href="#drafts" class="J-Ke n0" title="Drafts">Drafts</a></div></div>
   <div class="demo-labels" aria-hidden="true">Labels</div>
   <div class="demo-label" style="--c:#e37400" aria-hidden="true">Clients</div><div class="demo-label" style="--c:#137333" aria-hidden="true">Projects</div><div class="demo-label" style="--c:#7b1fa2" aria-hidden="true">Internal</div>
  </div>
  <div class="nH bkK Bs">
   <div class="nH" role="main" jscontroller="DUNnfe" jsaction="JIbuQc:aj0Jcf">
${mainHtml}
   </div>
  </div>
  <div class="nH bq9 WN9Ejb" jscontroller="MYy3ef"><div class="brC-aT5-aOt-Jw" role="complementary" aria-label="Side panel"><div class="brC-brG"><div class="bse-bvF-I aT5-aOt-I" style="--c:#1a73e8" role="tab" aria-label="Calendar" data-tooltip="Calendar" tabindex="0"></div><div class="bse-bvF-I aT5-aOt-I" style="--c:#fbbc04" role="tab" aria-label="Keep" data-tooltip="Keep" tabindex="-1"></div><div class="bse-bvF-I aT5-aOt-I" style="--c:#4285f4" role="tab" aria-label="Tasks" data-tooltip="Tasks" tabindex="-1"></div></div></div></div>
 </div>
</div>${extra}
</body></html>
`;
}

const threadHref = (t: Thread) => `?fixture=demo-thread-${t.key}#inbox/${gmailIdsFor(t).thread.hex}`;

/** As in Gmail, a conversation's id is its first message's id. */
const gmailIdsFor = (t: Thread) => ({ thread: messageIds(t.messages[0]) });

interface Row {
  from: Person;
  also?: Person;
  count?: number;
  subject: string;
  snippet: string;
  at: string;
  unread: boolean;
  ids: { hex: string; dec: string };
  href?: string;
}

function rowHtml(r: Row, i: number): string {
  const cls = r.unread ? 'zF' : 'yP';
  const subject = r.href ? `<a href="${r.href}" tabindex="-1">${esc(r.subject)}</a>` : esc(r.subject);
  const also = r.also ? `, <span class="bA4"><span email="${r.also.email}" name="me" data-hovercard-id="${r.also.email}" class="yP">me</span></span>` : '';
  const count = r.count ? `<span class="bx0">${r.count}</span>` : '';
  return `
        <tr class="zA ${r.unread ? 'zE' : 'yO'}" role="row" tabindex="-1" jscontroller="ZdOxDb" jsaction="jlBbF:Vg4Y9d" id=":2${i}" draggable="false">
         <td class="PF xY PE"></td><td class="oZ-x3 xY" role="gridcell"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false" tabindex="-1"></div></td>
         <td class="apU xY" role="gridcell"><span class="T-KT" role="button" aria-label="Not starred" title="Not starred"></span></td>
         <td class="yX xY" role="gridcell"><div class="afn">${esc(r.from.name)}, </div><div class="yW"><span class="bA4"><span email="${r.from.email}" name="${esc(r.from.name)}" data-hovercard-id="${r.from.email}" class="${cls}">${esc(r.from.name)}</span></span>${also}${count}</div></td>
         <td tabindex="-1" class="xY a4W" role="gridcell"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span data-thread-id="#thread-f:${r.ids.dec}" data-legacy-last-message-id="${r.ids.hex}" data-legacy-thread-id="${r.ids.hex}" class="bqe">${r.unread ? `<b>${subject}</b>` : subject}</span></span></div><span class="y2"><span class="Zt">&nbsp;-&nbsp;</span>${esc(r.snippet)}</span></div></div></td>
         <td class="xW xY" role="gridcell"><span title="${parts(r.at).long}" aria-label="${parts(r.at).long}"><span>${shortDate(r.at)}</span></span></td>
        </tr>`;
}

/** Page script, demo only: a click on a row opens its thread page, as Gmail opens a row on click. */
const LIST_SCRIPT = `
<script>
  // Demo only: Gmail opens a conversation on a click anywhere on its row (the extension's attention
  // list presses the row too). Rows without a page of their own stay put.
  document.addEventListener('click', function (e) {
    var row = e.target.closest && e.target.closest('tr.zA');
    if (!row || e.defaultPrevented) return;
    var link = row.querySelector('.bqe a[href]');
    if (link && !e.target.closest('a')) location.href = link.href;
  });
</script>`;

function listPage(): string {
  const rows: Row[] = [
    ...THREADS.map((t) => {
      const last = t.messages[t.messages.length - 1];
      const participants = new Set(t.messages.map((m) => m.from));
      return {
        from: last.from,
        also: participants.has(ME) && last.from !== ME ? ME : undefined,
        count: t.messages.length > 1 ? t.messages.length : undefined,
        subject: t.messages.length > 1 && t.messages[0].from !== last.from ? `Re: ${t.subject}` : t.subject,
        snippet: snippetOf(last),
        at: last.at,
        unread: t.unread,
        ids: gmailIdsFor(t).thread,
        href: threadHref(t),
      };
    }),
    ...OTHER_ROWS.map((o) => ({ ...o, unread: false, ids: gmailIds(o.at, o.subject) })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const unread = rows.filter((r) => r.unread).length;
  const main = `    <div class="G-atb" gh="mtb" role="toolbar" aria-label="List actions"><div class="T-I J-J5-Ji oZ-x3" role="button" tabindex="0" aria-label="Select" data-tooltip="Select"><div class="oZ-jc"></div></div><div class="T-I J-J5-Ji demo-refresh" role="button" tabindex="0" aria-label="Refresh" data-tooltip="Refresh"></div><span class="Dj"><span class="ts">1</span>–<span class="ts">${rows.length}</span> of <span class="ts">${rows.length}</span></span></div>
    <div class="aKh" role="tablist" aria-label="Inbox categories"><div class="aAy aIf-aLe" role="tab" aria-selected="true" tabindex="0">Primary</div><div class="aAy" role="tab" aria-selected="false" tabindex="-1">Promotions</div><div class="aAy" role="tab" aria-selected="false" tabindex="-1">Updates</div></div>
    <div class="aeF"><div class="Cp"><div gh="tl" class="UI"><div class="ae4 UI" role="presentation"><div class="Cp"><table cellpadding="0" id=":2q" class="F cf zt" role="grid" aria-readonly="true"><colgroup><col class="Ci"><col class="y5"><col class="WA"><col class="yY"><col><col class="xX"></colgroup><tbody>${rows.map(rowHtml).join('')}
       </tbody></table></div></div></div></div></div>
    <p class="demo-empty">Demo mailbox: every person, company and message here is invented. Open a message to see Client Rescue read it.</p>`;
  return shell(`Inbox (${unread})`, unread, main, LIST_SCRIPT);
}

const THREAD_SCRIPT = `
<template id="fixture-reply-box">
 <div class="M9" role="region" aria-label="Reply"><div class="aoP aoC bvf"><div class="Ar Au Ao"><div class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" style="direction:ltr;min-height:120px"><br></div></div></div>
  <div class="btC"><div class="dC"><div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1" aria-label="Send">Send</div></div></div></div>
</template>
<script>
  // Demo only: a Reply control opens an inline reply box under the conversation, once, as Gmail does.
  // Trusted Types forbid HTML strings, so the box is cloned from the template.
  document.addEventListener('click', function (e) {
    if (!e.target.closest) return;
    if (e.target.closest('[aria-label="Back to Inbox"]')) { location.href = '?fixture=demo-inbox#inbox'; return; }
    if (!e.target.closest('.ams.bkH, [role="button"][data-tooltip="Reply"]')) return;
    if (document.querySelector('[g_editable="true"]')) return;
    var slot = document.querySelector('.ip.iq') || document.querySelector('.nH.if');
    slot.appendChild(document.importNode(document.getElementById('fixture-reply-box').content, true));
  });
</script>`;

function threadPage(t: Thread, unreadCount: number): string {
  const ids = gmailIdsFor(t).thread;
  const messages = t.messages.map((m, i) => messageHtml(m, i === t.messages.length - 1, i + 2)).join('');
  const subject = t.messages.length > 1 && t.messages[0].from !== t.messages[t.messages.length - 1].from ? `Re: ${t.subject}` : t.subject;
  const main = `    <div class="aeF" style="display:none"><div class="Cp"><div gh="tl" class="UI" style="display:none"></div></div></div>
    <div class="nH a98 iY" id="fixture-thread-pane">
     <div class="G-atb" gh="mtb" role="toolbar" aria-label="Conversation actions">
      <div class="T-I J-J5-Ji lS" role="button" tabindex="0" aria-label="Back to Inbox" data-tooltip="Back to Inbox"></div>
      <div class="T-I J-J5-Ji nX" role="button" tabindex="0" aria-label="Archive" data-tooltip="Archive"></div>
      <div class="T-I J-J5-Ji nN" role="button" tabindex="0" aria-label="Delete" data-tooltip="Delete"></div>
      <div class="T-I J-J5-Ji ns" role="button" tabindex="0" aria-label="Mark as unread" data-tooltip="Mark as unread"></div>
     </div>
     <div class="nH if">
      <div class="nH V8djrc byY"><div class="ha"><h2 class="hP" jsname="r4nke" tabindex="-1" data-thread-perm-id="thread-f:${ids.dec}" data-legacy-thread-id="${ids.hex}">${esc(subject)}</h2><div class="J-J5-Ji ahR"><span class="ahS"><div class="ar as" data-tooltip="Search for all messages with label Inbox"><div class="av">Inbox</div></div></span></div></div></div>
      <div class="Bu bAn"><div class="nH hx" role="list">${messages}
      </div></div>
      <div class="amn" role="toolbar"><span class="ams bkH" role="link" tabindex="0">Reply</span>${t.messages[0].to.length > 1 ? '<span class="ams bkI" role="link" tabindex="0">Reply all</span>' : ''}<span class="ams bkG" role="link" tabindex="0">Forward</span></div>
      <div class="ip iq" id="fixture-reply-slot"></div>
     </div>
    </div>`;
  return shell(subject, unreadCount, main, THREAD_SCRIPT);
}

/** Writes the inbox and thread pages; they are generated, never committed (demo/pages is ignored). */
export function writeDemoPages(outDir = OUT): string {
  mkdirSync(outDir, { recursive: true });
  const unread = THREADS.filter((t) => t.unread).length;
  writeFileSync(path.join(outDir, 'demo-inbox.html'), listPage());
  for (const t of THREADS) writeFileSync(path.join(outDir, `demo-thread-${t.key}.html`), threadPage(t, unread));
  return outDir;
}

function main(): void {
  const out = writeDemoPages();
  console.log(`wrote ${THREADS.length + 1} pages to ${path.relative(process.cwd(), out)}`);
}

/** Thread page URLs by key, for the demo script and tests. */
export function demoThreadPath(key: string): string {
  const t = THREADS.find((x) => x.key === key);
  if (!t) throw new Error(`no demo thread ${key}`);
  return `/mail/u/0/${threadHref(t)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
