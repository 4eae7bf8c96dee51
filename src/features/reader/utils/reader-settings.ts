import * as z from 'zod/mini';

export const viewModes = ['both', 'ru', 'en', 'interleaved'] as const;
export const viewModeSchema = z.enum(viewModes);
export type ViewMode = z.infer<typeof viewModeSchema>;

export const fontSizes = [14, 16, 18, 20, 22, 24, 28] as const;
export const lineSpacings = ['compact', 'normal', 'relaxed'] as const;
export const themes = ['system', 'light', 'dark'] as const;

// Each field falls back on its own, so one damaged value does not reset the others.
export const readerSettingsSchema = z.object({
  view: z.catch(viewModeSchema, 'both'),
  swapped: z.catch(z.boolean(), false),
  fontSize: z.catch(
    z.number().check(z.refine((size) => (fontSizes as readonly number[]).includes(size))),
    18,
  ),
  lineSpacing: z.catch(z.enum(lineSpacings), 'normal'),
  theme: z.catch(z.enum(themes), 'system'),
});
export type ReaderSettings = z.infer<typeof readerSettingsSchema>;

export const defaultReaderSettings: ReaderSettings = readerSettingsSchema.parse({});

/** `?view=` wins over the remembered mode, so a shared link opens as it was shared. */
export function viewFromSearch(search: string): ViewMode | undefined {
  const parsed = viewModeSchema.safeParse(new URLSearchParams(search).get('view'));
  return parsed.success ? parsed.data : undefined;
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
