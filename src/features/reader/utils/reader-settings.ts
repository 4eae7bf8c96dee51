import * as v from 'valibot';
import { notArray } from '@/lib/schema-parts';

export const viewModes = ['both', 'ru', 'en', 'interleaved'] as const;
export const viewModeSchema = v.picklist(viewModes);
export type ViewMode = v.InferOutput<typeof viewModeSchema>;

export const fontSizes = [14, 16, 18, 20, 22, 24, 28] as const;
export const lineSpacings = ['compact', 'normal', 'relaxed'] as const;
export const themes = ['system', 'light', 'dark'] as const;

// Each field falls back on its own, so one damaged value does not reset the others.
export const readerSettingsSchema = notArray(
  v.object({
    view: v.fallback(viewModeSchema, 'both'),
    swapped: v.fallback(v.boolean(), false),
    fontSize: v.fallback(
      v.pipe(
        v.number(),
        v.check((size) => (fontSizes as readonly number[]).includes(size)),
      ),
      18,
    ),
    lineSpacing: v.fallback(v.picklist(lineSpacings), 'normal'),
    theme: v.fallback(v.picklist(themes), 'system'),
  }),
);
export type ReaderSettings = v.InferOutput<typeof readerSettingsSchema>;

export const defaultReaderSettings: ReaderSettings = v.parse(readerSettingsSchema, {});

/** `?view=` wins over the remembered mode, so a shared link opens as it was shared. */
export function viewFromSearch(search: string): ViewMode | undefined {
  const parsed = v.safeParse(viewModeSchema, new URLSearchParams(search).get('view'));
  return parsed.success ? parsed.output : undefined;
}

export const isSingleLanguage = (view: ViewMode): view is 'ru' | 'en' =>
  view === 'ru' || view === 'en';

export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = fontSizes.findIndex((size) => size >= current);
  const next =
    fontSizes[
      Math.min(
        fontSizes.length - 1,
        Math.max(0, (index < 0 ? fontSizes.length - 1 : index) + direction),
      )
    ];
  return next ?? current;
}
