import { z } from 'zod';

/** A generated training document about a claim. */
export const GeneratedDocumentSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  /** Kind of document ("news article", "forum post", ...). */
  docType: z.string(),
  /** The idea the document was written from (LLM pipeline), if any. */
  idea: z.string().optional(),
  text: z.string(),
  source: z.enum(['template', 'llm']),
});
export type GeneratedDocument = z.infer<typeof GeneratedDocumentSchema>;
