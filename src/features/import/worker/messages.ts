import { z } from 'zod';
import { articleSchema, sides } from '@/content/article-schema';

/** Messages between the page and the alignment worker, parsed with zod on both ends. */
const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const jobId = z.number().int().nonnegative();

export const alignRequestSchema = z.object({
  type: z.literal('align'),
  id: jobId,
  ru: z.string(),
  en: z.string(),
  title: bilingual,
  date: z.string().optional(),
  glossary: z.array(z.object({ ru: z.array(z.string()), en: z.array(z.string()) })).optional(),
});
export type AlignRequest = z.infer<typeof alignRequestSchema>;

const issueSchema = z.object({
  paragraph: z.string().optional(),
  side: z.enum(sides).optional(),
  message: z.string(),
});

export const alignResultSchema = z.object({
  article: articleSchema,
  confidences: z.array(z.array(z.number().min(0).max(1))),
  warnings: z.array(issueSchema),
});
export type AlignResult = z.infer<typeof alignResultSchema>;

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), id: jobId, fraction: z.number().min(0).max(1) }),
  z.object({ type: z.literal('done'), id: jobId, result: alignResultSchema }),
  z.object({ type: z.literal('error'), id: jobId, message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
