/**
 * Language patterns for quoted history, shared by the HTML and the plain-text paths.
 * Mail clients write these lines in the sender's UI language, so every rule lists the
 * common European variants; an English-only list would score a French client's own
 * quoted history as their new message.
 */

/** "On Mon, 2 Apr 2012, Megan <x@y> wrote:" and its translations; may wrap over two lines. */
const WROTE_LINE = [
  String.raw`^\s*On\b.{3,200}\bwrote\s*:\s*$`, // en
  String.raw`^\s*Le\b.{3,200}\ba\s+écrit\s*:\s*$`, // fr
  String.raw`^\s*Am\b.{3,200}\bschrieb\b.{0,100}:\s*$`, // de
  String.raw`^\s*El\b.{3,200}\bescribió\s*:\s*$`, // es
  String.raw`^\s*Il\b.{3,200}\bha\s+scritto\s*:\s*$`, // it
  String.raw`^\s*Op\b.{3,200}\bschreef\b.{0,100}:\s*$`, // nl
  String.raw`^\s*(?:Em|No\s+dia)\b.{3,200}\bescreveu\s*:\s*$`, // pt
  String.raw`^\s*Den\b.{3,200}\bskrev\b.{0,100}:\s*$`, // sv, da, no
  String.raw`^\s*W\s+dniu\b.{3,200}\bnapisał[a]?(?:\s.{0,100})?:\s*$`, // pl
  String.raw`^.{3,200}\bkirjoitti\s*:\s*$`, // fi
  // JS \b is ASCII-only even with /u, so Cyrillic words are bounded by whitespace.
  String.raw`^.{3,200}\s(?:пишет|написал[а]?)\s*:\s*$`, // ru
  String.raw`^.{3,200}\sот\s.{0,200}@.{0,100}:\s*$`, // ru (mail.ru: "<date> от Name <addr>:")
];
export const WROTE_RE = new RegExp(WROTE_LINE.join('|'), 'iu');

/**
 * A line that ends in ":" and carries an address or a date is an attribution in any language
 * ("26.06.2014, 14:41, "Alexander L" <abc@example.com>:"). Only used right before quoted text.
 */
export const GENERIC_ATTRIBUTION_RE =
  /^.{0,200}(?:<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b).{0,80}:\s*$/u;

/** Header labels of a quoted or forwarded header block ("From: … Sent: … To: … Subject: …"). */
export const FROM_LABELS = ['From', 'Von', 'De', 'Da', 'Van', 'Från', 'Fra', 'Od', 'Lähettäjä', 'От', 'Kimden'];
export const DATE_LABELS = ['Sent', 'Date', 'Gesendet', 'Datum', 'Envoyé', 'Date d’envoi', 'Enviado', 'Fecha', 'Inviato', 'Data', 'Verzonden', 'Skickat', 'Sendt', 'Wysłano', 'Lähetetty', 'Отправлено', 'Дата'];
export const TO_LABELS = ['To', 'An', 'À', 'Para', 'A', 'Aan', 'Till', 'Til', 'Do', 'Vastaanottaja', 'Кому', 'Cc'];
export const SUBJECT_LABELS = ['Subject', 'Betreff', 'Objet', 'Asunto', 'Oggetto', 'Onderwerp', 'Ämne', 'Emne', 'Assunto', 'Temat', 'Aihe', 'Тема'];

const alt = (labels: string[]) => labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const labelLine = (labels: string[]) => new RegExp(`^\\s*\\*?(?:${alt(labels)})\\s*\\*?\\s*:`, 'iu');

export const FROM_LINE_RE = labelLine(FROM_LABELS);
export const DATE_LINE_RE = labelLine(DATE_LABELS);
export const TO_LINE_RE = labelLine(TO_LABELS);
export const SUBJECT_LINE_RE = labelLine(SUBJECT_LABELS);

/** "-----Original Message-----" and translations: Outlook desktop's reply separator. */
export const ORIGINAL_MESSAGE_RE =
  /^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Ursprungligt meddelande|Mensagem original|Alkuperäinen viesti|Исходное сообщение)\s*-{2,}\s*$/iu;

/** Forward markers: Gmail ("---------- Forwarded message ---------"), Apple Mail, Thunderbird. */
export const FORWARD_MARKER_RE = new RegExp(
  String.raw`^\s*(?:-{2,}\s*)?(?:` +
    [
      'Forwarded message',
      'Original Message Follows',
      'Weitergeleitete Nachricht',
      'Message transféré',
      'Mensaje reenviado',
      'Messaggio inoltrato',
      'Doorgestuurd bericht',
      'Vidarebefordrat meddelande',
      'Videresendt melding',
      'Videresendt meddelelse',
      'Mensagem encaminhada',
      'Przekazana wiadomość',
      'Välitetty viesti',
      'Пересылаемое сообщение',
      'Begin forwarded message:',
      'Début du message réexpédié :',
      'Anfang der weitergeleiteten Nachricht:',
      'Inicio del mensaje reenviado:',
      'Inizio messaggio inoltrato:',
      'Begin doorgestuurd bericht:',
    ]
      .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    String.raw`)\s*(?:-{2,})?\s*$`,
  'iu',
);

/** Subject prefixes that mean "forwarded" in the common mail clients and languages. */
export const FORWARD_SUBJECT_RE = /^\s*(?:fwd?|wg|tr|rv|i|doorst|vb|vs|enc|pd|fs)\s*:/iu;

/** "-- " on its own line (RFC 3676 signature separator); some clients drop the trailing space. */
export const SIGNATURE_DELIMITER_RE = /^-- ?$/;

/** Gmail's clipping notice for messages over ~102 KB. */
export const CLIPPED_RE = /\[(?:Message clipped|Nachricht gekürzt|Message tronqué|Mensaje recortado|Messaggio troncato|Bericht ingekort|Mensagem cortada|Meddelandet har klippts)\]/iu;
