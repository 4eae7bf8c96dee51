/** A stretch of direct speech in one paragraph, and the reporting clause that goes with it. */
export type SpeechSegment = {
  start: number;
  end: number;
  /** The reporting clause ("подчеркнула посол", "she noted"), if this segment has one. */
  attribution?: { start: number; end: number };
};

/** [start, end) of `text` without the whitespace at either end. */
export function trimmed(text: string, start: number, end: number) {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text.charAt(from))) from++;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return { start: from, end: to };
}

const reportingVerbs = {
  ru: /(?:сказал|заявил|отметил|подчеркнул|добавил|пояснил|ответил|спросил|сообщил|уточнил|рассказал|заметил|признал|напомнил|констатировал|продолжил|считает|говорит|добавляет|отмечает|подчеркивает|уверен|полагает|резюмировал|сказала|заявила|указал|предупредил|призвал|возразил|пошутил|признал|объяснил|написал|процитировал|переда[её]т|цитирует|уточняет|сообщает|пишет|говорит|заключил|парировал|посетовал|выразил|подытожил|указывает|заверил|пообещал)/iu,
  en: /\b(?:said|says|told|added|adds|noted|notes|stressed|asked|replied|explained|continued|remarked|insisted|argued|warned|recalled|acknowledged|emphasized|emphasised|declared|concluded|answered|observed|believes|stated|states|affirmed|announced|commented|wrote|writes|underlined|underscored|urged|admitted|assured|claimed|maintained|suggested|reiterated|pointed out|confirmed|recalls|quipped)\b/iu,
};

/** Whether a clause reads as a reporting clause: short and built on a verb of saying. */
export function isReportingClause(clause: string, language: 'ru' | 'en'): boolean {
  const words = clause.trim().split(/\s+/).length;
  return words > 0 && words <= 16 && reportingVerbs[language].test(clause);
}
