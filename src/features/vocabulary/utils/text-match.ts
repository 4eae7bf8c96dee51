import { withoutStress } from '@/content/stress';

/** Case-, ё- and stress-insensitive form for matching Russian and English. */
export function foldForSearch(text: string): string {
  return withoutStress(text.normalize('NFC'))
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/\s+/g, ' ')
    .trim();
}
