/**
 * Das deutsche Auskunftsersuchen nach Art. 15 DSGVO, in der Sie-Form. Eigene Formulierung (MIT)
 * nach signals.md §6.5.
 */
import type { LetterText } from './letter-text';

export const TEXT_DE: LetterText = {
  locale: 'de-DE',
  subject: (name) => `Auskunftsersuchen nach Art. 15 DSGVO – ${name}`,
  to: (name, site) => `An: ${name}${site ? ` (${site})` : ''}`,
  contact: (contact) => `Datenschutzkontakt: ${contact}`,
  policy: (url) => `Datenschutzerklärung: ${url}`,
  dated: (date) => `Datum: ${date}`,
  title: 'Auskunftsersuchen nach Art. 15 DSGVO',
  greeting: 'Sehr geehrte Damen und Herren,',
  intro:
    'hiermit mache ich mein Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) ' +
    'geltend. Bitte bestätigen Sie mir, ob Sie personenbezogene Daten verarbeiten, die mich betreffen.',
  asksIntro: 'Falls ja, bitte ich Sie um:',
  asks: [
    'eine Kopie aller personenbezogenen Daten, die Sie über mich gespeichert haben (Art. 15 Abs. 1 und 3 ' +
      'DSGVO), ausdrücklich auch pseudonymer Daten, die mit Cookie-IDs, Werbe-IDs, Gerätekennungen oder ' +
      'gehashten E-Mail-Adressen verknüpft sind, etwa mit den unten genannten Kennungen;',
    'die Verarbeitungszwecke und die Rechtsgrundlage für jeden Zweck;',
    'die Kategorien der verarbeiteten personenbezogenen Daten;',
    'die Empfänger, gegenüber denen meine Daten offengelegt worden sind oder noch offengelegt werden, ' +
      'jeweils namentlich und nicht nur als Kategorie, einschließlich Werbe-, Analyse- und Datenpartnern;',
    'die geplante Speicherdauer je Datenkategorie oder, falls das nicht möglich ist, die Kriterien für ' +
      'ihre Festlegung;',
    'soweit die Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über ihre Herkunft;',
    'das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO) ' +
      'sowie aussagekräftige Informationen über die involvierte Logik und die Tragweite und die ' +
      'angestrebten Auswirkungen für mich;',
    'bei einer Übermittlung in ein Land außerhalb der EU/des EWR die geeigneten Garantien nach Art. 46 ' +
      'DSGVO;',
    'die Daten, die ich Ihnen bereitgestellt habe, einschließlich der Daten, die Sie bei der Nutzung ' +
      'Ihrer Dienste über mich beobachtet haben, in einem strukturierten, gängigen und maschinenlesbaren ' +
      'Format (Art. 20 DSGVO).',
  ],
  specificIntro: 'Bitte geben Sie insbesondere an:',
  specificAsks: [
    'die Segmente, Zielgruppen, Interessen- und Affinitätswerte sowie alle anderen Schlüsse, die Sie ' +
      'über mich gezogen haben;',
    'die A/B-Tests und Experimente, denen Sie mich zugeordnet haben, mit der Variante, die ich gesehen ' +
      'habe;',
    'ob und wie die Preise, Rabatte oder Angebote, die Sie mir zeigen, personalisiert werden, und nach ' +
      'welcher Logik;',
    'alle Partner, die meine E-Mail-Adresse oder Telefonnummer erhalten haben, auch in gehashter Form ' +
      '(z. B. SHA-256), jeweils mit Datum.',
  ],
  observedHeading: {
    shop: 'Was ich auf Ihrer Website beobachtet habe',
    company: 'Was nach meinen Beobachtungen an Sie übermittelt wurde',
  },
  observedIntro: {
    shop: 'Mit der Browsererweiterung Glass Customer habe ich in meinem eigenen Browser Folgendes festgehalten:',
    company:
      'Mit der Browsererweiterung Glass Customer habe ich in meinem eigenen Browser festgehalten, dass ' +
      'von mir besuchte Websites Folgendes an Ihre Dienste gesendet haben:',
  },
  seen: (first, last) => {
    if (first && last && first !== last) return `zuerst am ${first}, zuletzt am ${last}`;
    const only = last ?? first;
    return only ? `am ${only}` : '';
  },
  item: (category, description, seen) =>
    `- ${category ? `${category}: ` : ''}${description}${seen ? ` (${seen})` : ''}`,
  moreItems: (count) => `- und ${count} ${count === 1 ? 'weiterer Eintrag' : 'weitere Einträge'}`,
  recipientsIntro:
    'Ihre Seiten haben Daten an folgende Unternehmen gesendet; bitte teilen Sie mir mit, was jedes ' +
    'davon über mich erhalten hat und auf welcher Rechtsgrundlage:',
  sourcesIntro: 'Die Daten kamen von Seiten dieser Websites:',
  identifiersIntro:
    'Folgende Kennungen waren in meinem Browser gespeichert; bitte nutzen Sie sie, um meine Daten zu finden:',
  identify:
    'Sollten Sie weitere Angaben benötigen, um mich zu identifizieren, teilen Sie mir bitte genau mit, welche.',
  deadline:
    'Bitte antworten Sie unverzüglich, spätestens aber innerhalb eines Monats nach Eingang dieses ' +
    'Schreibens (Art. 12 Abs. 3 DSGVO). Die erste Kopie meiner Daten ist unentgeltlich (Art. 15 Abs. 3 ' +
    'DSGVO).',
  closing: 'Mit freundlichen Grüßen',
  compactIntro:
    'hiermit verlange ich Auskunft nach Art. 15 DSGVO: Bitte bestätigen Sie, ob Sie Daten ' +
    'über mich verarbeiten, und senden Sie mir eine Kopie, auch zu Cookie- und Werbe-IDs, ' +
    'mit Zwecken, Kategorien, namentlich genannten Empfängern, Speicherdauer, Herkunft, ' +
    'etwaigem Profiling samt Logik, Drittlandgarantien und einer maschinenlesbaren Kopie ' +
    '(Art. 20). Bitte nennen Sie auch abgeleitete Segmente und Werte, A/B-Test-Zuordnungen, ' +
    'Preispersonalisierung und die Partner, die meine gehashte E-Mail-Adresse erhielten.',
  compactDeadline:
    'Bitte antworten Sie innerhalb eines Monats (Art. 12 Abs. 3 DSGVO); die erste Kopie ist ' +
    'unentgeltlich.',
  categories: {
    identity: 'Identität',
    contact: 'Kontakt & Adresse',
    location: 'Ort',
    browsing: 'Surfverhalten',
    purchases: 'Käufe',
    interests: 'Interessen',
    device: 'Gerät',
    financial: 'Finanzielles',
    household: 'Haushalt & Demografie',
    recording: 'Verhaltensaufzeichnung',
  },
  listSeparator: ', ',
  fullStop: '.',
};
